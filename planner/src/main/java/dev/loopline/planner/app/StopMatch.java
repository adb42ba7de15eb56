package dev.loopline.planner.app;

/**
 * A stop found by {@link NetworkInfoService#searchStops}.
 *
 * @param id       stop id in the unified feed
 * @param code     the stop code riders see, or {@code null}
 * @param name     the feed's name (Chinese in the sample)
 * @param nameEn   the English name from {@code translations.txt}, or {@code null}
 * @param lat      WGS84 latitude
 * @param lon      WGS84 longitude
 * @param district id of the district the stop lies in, or {@code null}
 */
public record StopMatch(String id, String code, String name, String nameEn, double lat, double lon,
                        String district) {
  /** What a search looks in: the names, the id and the code, lower-cased, one per line. */
  String searchKey() {
    return String.join("\n", lower(name), lower(nameEn), lower(id), lower(code));
  }

  private static String lower(String s) {
    return s == null ? "" : s.toLowerCase(java.util.Locale.ROOT);
  }
}
