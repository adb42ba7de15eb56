package dev.loopline.osm;

/**
 * A point put on the street network, or the reason it could not be. A failed snap has no {@link #anchor()}, so it can
 * never be used as if it were on a road: a point 2 km into a field is reported as {@link SnapFailure#TOO_FAR}, not
 * silently routed from the nearest motorway.
 *
 * @param point the point as given
 * @param mode the network it was snapped to
 * @param snapped the nearest position on a usable road; for {@link SnapFailure#TOO_FAR} the rejected candidate (for
 *     the message), for {@link SnapFailure#NO_ROAD} null
 * @param distanceMeters straight-line distance from {@code point} to {@code snapped} (the off-road leg); infinite for
 *     {@link SnapFailure#NO_ROAD}
 * @param failure null when the snap succeeded
 * @param limitMeters the snapping limit in force: an off-road leg up to this long is walked as it is; a longer one
 *     makes the snap {@link #linked()}
 * @param linkMeters the longest off-road leg accepted at all (the link radius; equal to {@code limitMeters} for
 *     bus snaps), for the message
 * @param anchor the graph position, null when the snap failed
 */
public record Snap(LatLon point, StreetMode mode, LatLon snapped, double distanceMeters, SnapFailure failure,
    double limitMeters, double linkMeters, EdgeAnchor anchor) {
  /**
   * Walking across unmapped ground is longer than the straight line: 1.3 is a usual ratio of network to
   * straight-line distance for walks in cities, so the part of an off-road leg beyond the snapping limit counts
   * 1.3 times its length (the part within it, a forecourt or a square, counts as it is).
   */
  public static final double STRAIGHT_LINE_DETOUR = 1.3;

  public Snap {
    if ((failure == null) != (anchor != null)) {
      throw new IllegalArgumentException("a snap has an anchor exactly when it succeeded");
    }
  }

  /** True when the point is on the network and may be used for routing. */
  public boolean ok() {
    return failure == null;
  }

  /**
   * True when the point is usable but farther than the snapping limit from its way: it is linked to the street
   * network by a straight line across unmapped ground, priced with {@link #STRAIGHT_LINE_DETOUR}.
   */
  public boolean linked() {
    return ok() && distanceMeters > limitMeters;
  }

  /** The walking length of the off-road leg between the point and its way (see {@link #offRoadMeters(double, double)}). */
  public double offRoadMeters() {
    return offRoadMeters(distanceMeters, limitMeters);
  }

  /**
   * The walking length of a straight-line walk of {@code straightMeters} where only the first {@code limitMeters}
   * are taken as they are and the rest counts {@link #STRAIGHT_LINE_DETOUR} times (continuous in the distance).
   */
  public static double offRoadMeters(double straightMeters, double limitMeters) {
    return straightMeters <= limitMeters ? straightMeters
        : limitMeters + (straightMeters - limitMeters) * STRAIGHT_LINE_DETOUR;
  }

  /** One sentence saying why the snap failed, or null when it succeeded. */
  public String failureReason() {
    if (failure == null) {
      return null;
    }
    String road = mode == StreetMode.BUS ? "bus road" : "walkable way";
    return switch (failure) {
      case TOO_FAR -> String.format(java.util.Locale.ROOT,
          "point %s is %.0f m from the nearest %s (limit %.0f m)", point, distanceMeters, road, linkMeters);
      case NO_ROAD -> "no " + road + " found near point " + point;
    };
  }
}
