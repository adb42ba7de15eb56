package dev.loopline.osm;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to import and how to walk. Changing the OSM file content or {@link #walkSpeedMps} gives a different cache key
 * and so a fresh import; {@link #maxSnapDistanceMeters} and {@link #linkRadiusMeters} only affect queries.
 *
 * @param osmFile OSM extract, {@code .osm.pbf}, {@code .pbf} or {@code .osm} (XML, optionally gzip)
 * @param cacheDir folder for imported graphs; each import lives in its own sub-folder keyed by content and settings
 * @param walkSpeedMps walking speed in metres per second, used on every walkable way and for off-road legs
 * @param maxSnapDistanceMeters how far a point may be from the nearest usable road and still count as on it; a
 *     walking point farther away is <em>linked</em> to that road by a straight line (see {@link Snap#linked()}), a
 *     bus stop farther away fails to snap
 * @param linkRadiusMeters how far a walking point may be from the nearest walkable way at all; farther points fail
 *     to snap ({@link SnapFailure#TOO_FAR}). Never below {@code maxSnapDistanceMeters}.
 */
public record StreetConfig(Path osmFile, Path cacheDir, double walkSpeedMps, double maxSnapDistanceMeters,
                           double linkRadiusMeters) {
  /** 1.3 m/s (4.7 km/h): a common planning value for an adult pedestrian including short waits at crossings. */
  public static final double DEFAULT_WALK_SPEED_MPS = 1.3;
  /** 500 m: farther than this, a stop or origin is not really "on" the street network and should be looked at. */
  public static final double DEFAULT_MAX_SNAP_DISTANCE_METERS = 500;
  /**
   * 2 km: a stop or a home this far from any mapped way is still walked to, across the unmapped ground (a new
   * estate, a station outside a filtered extract, a park), rather than dropped; farther than this the point is
   * most likely outside the extract or wrong, and is reported.
   */
  public static final double DEFAULT_LINK_RADIUS_METERS = 2_000;

  public StreetConfig {
    Objects.requireNonNull(osmFile, "osmFile");
    Objects.requireNonNull(cacheDir, "cacheDir");
    if (!(walkSpeedMps > 0.1 && walkSpeedMps < 10)) {
      throw new IllegalArgumentException("walking speed must be between 0.1 and 10 m/s, was " + walkSpeedMps);
    }
    if (!(maxSnapDistanceMeters > 0) || Double.isInfinite(maxSnapDistanceMeters)) {
      throw new IllegalArgumentException("max snap distance must be positive and finite, was " + maxSnapDistanceMeters);
    }
    if (!(linkRadiusMeters >= maxSnapDistanceMeters) || Double.isInfinite(linkRadiusMeters)) {
      throw new IllegalArgumentException("link radius must be finite and at least the snap distance ("
          + maxSnapDistanceMeters + " m), was " + linkRadiusMeters);
    }
  }

  /** Defaults: 1.3 m/s walking, 500 m snapping limit, 2 km link radius. */
  public static StreetConfig of(Path osmFile, Path cacheDir) {
    return new StreetConfig(osmFile, cacheDir, DEFAULT_WALK_SPEED_MPS, DEFAULT_MAX_SNAP_DISTANCE_METERS,
        DEFAULT_LINK_RADIUS_METERS);
  }

  public StreetConfig withWalkSpeed(double mps) {
    return new StreetConfig(osmFile, cacheDir, mps, maxSnapDistanceMeters, linkRadiusMeters);
  }

  /** The snapping limit; the link radius is raised to it when it was smaller. */
  public StreetConfig withMaxSnapDistance(double meters) {
    return new StreetConfig(osmFile, cacheDir, walkSpeedMps, meters, Math.max(meters, linkRadiusMeters));
  }

  public StreetConfig withLinkRadius(double meters) {
    return new StreetConfig(osmFile, cacheDir, walkSpeedMps, maxSnapDistanceMeters, meters);
  }
}
