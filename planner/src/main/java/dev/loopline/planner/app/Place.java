package dev.loopline.planner.app;

import dev.loopline.osm.LatLon;
import java.util.List;

/**
 * Where a trip starts or ends, as the rider named it: a point typed as {@code LAT,LON}, or the stops a name, id or
 * code stands for ({@link NetworkInfoService#place}).
 *
 * @param point where the trip is planned from (or to): the point typed, the stop's position, or the middle of the
 *              same-named stops of one station
 * @param stops the stops the text named, empty for a typed point
 */
public record Place(LatLon point, List<StopMatch> stops) {
  public Place {
    stops = List.copyOf(stops);
  }

  /** How the place is printed: the coordinates, or the stop's name (in English when asked) and its ids. */
  public String label(boolean english) {
    if (stops.isEmpty()) {
      return point.toString();
    }
    StopMatch first = stops.get(0);
    String name = english && first.nameEn() != null ? first.nameEn() : first.name();
    return name + " (" + String.join(", ", stops.stream().map(StopMatch::id).toList()) + ")";
  }
}
