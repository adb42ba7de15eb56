package dev.loopline.osm;

import java.util.List;

/**
 * A walking route for an itinerary leg: from the given origin, off-road to the street, along walkable ways, and
 * off-road to the destination.
 *
 * @param geometry origin, the street path, destination (empty when failed)
 * @param meters total walking distance including both off-road legs
 * @param seconds total walking time at the configured speed
 * @param failure why there is no path (a point did not snap, or the two points are not connected); null when ok
 */
public record WalkPath(List<LatLon> geometry, double meters, double seconds, String failure) {
  public WalkPath {
    geometry = List.copyOf(geometry);
  }

  public static WalkPath failed(String reason) {
    return new WalkPath(List.of(), Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, reason);
  }

  public boolean ok() {
    return failure == null;
  }
}
