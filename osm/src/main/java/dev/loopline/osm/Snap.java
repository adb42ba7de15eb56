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
 * @param limitMeters the snapping limit in force, for the message
 * @param anchor the graph position, null when the snap failed
 */
public record Snap(LatLon point, StreetMode mode, LatLon snapped, double distanceMeters, SnapFailure failure,
    double limitMeters, EdgeAnchor anchor) {

  public Snap {
    if ((failure == null) != (anchor != null)) {
      throw new IllegalArgumentException("a snap has an anchor exactly when it succeeded");
    }
  }

  /** True when the point is on the network and may be used for routing. */
  public boolean ok() {
    return failure == null;
  }

  /** One sentence saying why the snap failed, or null when it succeeded. */
  public String failureReason() {
    if (failure == null) {
      return null;
    }
    String road = mode == StreetMode.BUS ? "bus road" : "walkable way";
    return switch (failure) {
      case TOO_FAR -> String.format(java.util.Locale.ROOT,
          "point %s is %.0f m from the nearest %s (limit %.0f m)", point, distanceMeters, road, limitMeters);
      case NO_ROAD -> "no " + road + " found near point " + point;
    };
  }
}
