package dev.loopline.gtfs.merge;

import dev.loopline.gtfs.GtfsException;

/**
 * How to merge.
 *
 * @param brandName            the unified network's name (networks.txt and feed_info's publisher)
 * @param brandNameEn          its English name, published as a translations.txt entry; blank for none
 * @param dedupDistanceMeters  twin stops farther apart than this are never merged
 * @param linkDistanceMeters   stops of different feeds up to this far apart that are not merged get transfers
 * @param repair               drop or mend what would make the output invalid instead of stopping
 * @param brandUrl             feed_info's publisher URL; {@code null} takes the URL of the agency with the smallest
 *                             namespaced id
 */
public record MergeOptions(String brandName, String brandNameEn, double dedupDistanceMeters,
                           double linkDistanceMeters, boolean repair, String brandUrl) {
  public static final String DEFAULT_BRAND = "西部(重庆)科学城一体化公交";
  public static final String DEFAULT_BRAND_EN = "Science City Integrated Bus";
  public static final double DEFAULT_DEDUP_METERS = 30;
  public static final double DEFAULT_LINK_METERS = 150;

  public MergeOptions {
    if (brandName == null || brandName.isBlank()) {
      throw new GtfsException("the brand name must not be empty");
    }
    if (!(dedupDistanceMeters >= 0) || !(linkDistanceMeters >= 0)) {
      throw new GtfsException("the dedup and link distances must be zero or more metres");
    }
    if (dedupDistanceMeters > 1000) {
      throw new GtfsException("a dedup distance of " + dedupDistanceMeters + " m would merge different stops;"
          + " twin stops are metres apart (default " + DEFAULT_DEDUP_METERS + " m)");
    }
    brandNameEn = brandNameEn == null || brandNameEn.isBlank() ? null : brandNameEn;
    brandUrl = brandUrl == null || brandUrl.isBlank() ? null : brandUrl;
  }

  /** The same without a publisher URL of its own. */
  public MergeOptions(String brandName, String brandNameEn, double dedupDistanceMeters, double linkDistanceMeters,
                      boolean repair) {
    this(brandName, brandNameEn, dedupDistanceMeters, linkDistanceMeters, repair, null);
  }

  public static MergeOptions defaults() {
    return new MergeOptions(DEFAULT_BRAND, DEFAULT_BRAND_EN, DEFAULT_DEDUP_METERS, DEFAULT_LINK_METERS, false, null);
  }

  public MergeOptions withBrand(String name, String nameEn) {
    return new MergeOptions(name, nameEn, dedupDistanceMeters, linkDistanceMeters, repair, brandUrl);
  }

  public MergeOptions withBrandUrl(String url) {
    return new MergeOptions(brandName, brandNameEn, dedupDistanceMeters, linkDistanceMeters, repair, url);
  }

  public MergeOptions withDedupDistance(double meters) {
    return new MergeOptions(brandName, brandNameEn, meters, Math.max(meters, linkDistanceMeters), repair, brandUrl);
  }

  public MergeOptions withLinkDistance(double meters) {
    return new MergeOptions(brandName, brandNameEn, dedupDistanceMeters, meters, repair, brandUrl);
  }

  public MergeOptions withRepair(boolean on) {
    return new MergeOptions(brandName, brandNameEn, dedupDistanceMeters, linkDistanceMeters, on, brandUrl);
  }
}
