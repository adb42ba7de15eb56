package dev.loopline.planner.score;

import dev.loopline.osm.LatLon;
import dev.loopline.osm.district.PathLengths;
import java.util.List;

/**
 * How many metres of a path run inside each district, segment by segment (so a street driven twice counts twice),
 * and how many outside every district.
 */
@FunctionalInterface
public interface DistrictLengths {
  PathLengths along(List<LatLon> path);
}
