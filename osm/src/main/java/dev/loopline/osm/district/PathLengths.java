package dev.loopline.osm.district;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a path's length divides between the districts it runs through (see {@link Districts#lengthsAlong}).
 *
 * @param byDistrict metres inside each district it enters, keyed by district id in file order
 * @param outsideMeters metres outside every district
 */
public record PathLengths(Map<String, Double> byDistrict, double outsideMeters) {
  public PathLengths {
    byDistrict = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byDistrict));
  }

  /** Everything: the parts inside districts plus the part outside, i.e. the path's length. */
  public double totalMeters() {
    return byDistrict.values().stream().mapToDouble(Double::doubleValue).sum() + outsideMeters;
  }
}
