package dev.loopline.planner.score;

import dev.loopline.osm.LatLon;
import java.util.List;
import java.util.Map;

/**
 * How many metres of a path run inside each district (the path clipped to the district polygons). Paths outside
 * every district contribute to no entry.
 */
@FunctionalInterface
public interface DistrictLengths {
  Map<String, Double> metersByDistrict(List<LatLon> path);
}
