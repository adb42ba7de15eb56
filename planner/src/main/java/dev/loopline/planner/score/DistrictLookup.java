package dev.loopline.planner.score;

/**
 * Which district a point lies in: the district id, or {@code null} outside every district. Scores take this rather
 * than the district polygons so that they can be tested on hand-drawn districts.
 */
@FunctionalInterface
public interface DistrictLookup {
  String districtAt(double lat, double lon);
}
