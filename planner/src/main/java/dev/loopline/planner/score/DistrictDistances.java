package dev.loopline.planner.score;

import dev.loopline.osm.LatLon;
import dev.loopline.osm.district.PathLengths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Vehicle-metres per district, added up path by path: each path's driven distance (GraphHopper's, or a shape's) is
 * divided in the proportions its geometry runs through the districts, segment by segment, and multiplied by the
 * times it is driven. Metres outside every district go to the operator's home district. The parts always add up to
 * the vehicle distance: {@link #byDistrict} checks it.
 */
final class DistrictDistances {
  private final DistrictLengths lengths;
  private final Map<String, Double> meters = new TreeMap<>();
  private double outside;
  private double total;

  DistrictDistances(DistrictLengths lengths) {
    this.lengths = lengths;
  }

  /**
   * Adds {@code times} runs of a path.
   *
   * @param pathMeters the distance one run counts for (the routed distance); the geometry gives the proportions
   */
  void add(List<LatLon> geometry, double pathMeters, double times) {
    add(geometry.size() < 2 ? new PathLengths(Map.of(), 0) : lengths.along(geometry), pathMeters, times);
  }

  /** Adds {@code times} runs of a path already measured. */
  void add(PathLengths measured, double pathMeters, double times) {
    if (times <= 0 || pathMeters <= 0) {
      return;
    }
    double geometric = measured.totalMeters();
    total += pathMeters * times;
    if (!(geometric > 0)) {
      outside += pathMeters * times;
      return;
    }
    double scale = pathMeters / geometric * times;
    measured.byDistrict().forEach((d, m) -> meters.merge(d, m * scale, Double::sum));
    outside += measured.outsideMeters() * scale;
  }

  /** The district the paths run longest in (the first id of equals), if they enter any. */
  java.util.Optional<String> longest() {
    String best = null;
    for (Map.Entry<String, Double> e : meters.entrySet()) {
      if (best == null || e.getValue() > meters.get(best)) {
        best = e.getKey();
      }
    }
    return java.util.Optional.ofNullable(best);
  }

  /** Vehicle-metres driven over all paths added. */
  double totalMeters() {
    return total;
  }

  /**
   * Vehicle-metres per district, with the part outside every district given to {@code home}.
   *
   * @throws IllegalStateException if the parts do not add up to the total (they always should)
   */
  Map<String, Double> byDistrict(String home) {
    Map<String, Double> out = new TreeMap<>(meters);
    if (outside > 0) {
      out.merge(home, outside, Double::sum);
    }
    double sum = out.values().stream().mapToDouble(Double::doubleValue).sum();
    if (Math.abs(sum - total) > 1e-6 * Math.max(1, total)) {
      throw new IllegalStateException("district distances add up to " + sum + " m, not the " + total + " m driven");
    }
    return out;
  }
}
