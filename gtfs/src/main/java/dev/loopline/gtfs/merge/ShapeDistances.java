package dev.loopline.gtfs.merge;

import dev.loopline.gtfs.geo.Geo;
import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.validate.FeedValidator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code --repair} of {@code shape_dist_traveled} along shapes. A shape whose distances decrease, or stay the same
 * between two points more than a metre apart, has them measured again from its points' positions. The feed's unit
 * is kept (metres, kilometres, feet: whatever the stop times use too): the new distances run from the shape's
 * smallest declared distance to its largest, in proportion to the length along the points, so a stop distance that
 * was within the shape stays within it. When the declared distances span nothing (all equal, typically all zero),
 * the unit cannot be told: the shape is measured in metres and the stop distances of its trips must be cleared.
 */
final class ShapeDistances {
  /** A mended shape: the index (in the list given) of its first faulty point and what was done. */
  record Fix(int index, String reason) {}

  /** The points with the mended distances, the fixes, and the shapes whose unit could not be told. */
  record Repaired(List<ShapePoint> points, List<Fix> fixes, Set<String> unitUnknown) {}

  /** Where a shape ends: its largest distance and the point that has it. */
  record End(double distance, double lat, double lon) {
    /** A shape measured again in metres, of which the stop distances' unit is unknown. */
    static final End UNKNOWN = new End(Double.NaN, Double.NaN, Double.NaN);

    /**
     * Why a trip ending at stop distance {@code d} at {@code lastStop} cannot keep its stop distances on this shape,
     * or {@code null} when it can. Past the end by less than the validator's tolerance is rounding, and kept.
     */
    String excess(double d, Stop lastStop) {
      if (this == UNKNOWN) {
        return "has stop distances along a shape whose distances were measured again in metres (its own spanned"
            + " nothing), so their unit is unknown";
      }
      if (d <= distance || lastStop == null || !lastStop.hasCoordinates()) {
        return null;
      }
      double meters = Geo.distanceMeters(lat, lon, lastStop.lat(), lastStop.lon());
      if (meters <= FeedValidator.END_TOLERANCE_METERS) {
        return null;
      }
      return "ends at shape_dist_traveled " + BigDecimal.valueOf(d).toPlainString() + ", past the end of its shape ("
          + BigDecimal.valueOf(distance).toPlainString() + "), " + Math.round(meters) + " m from it";
    }
  }

  private ShapeDistances() {}

  static Repaired repair(List<ShapePoint> points) {
    List<ShapePoint> out = new ArrayList<>(points);
    List<Fix> fixes = new ArrayList<>();
    Set<String> unknown = new TreeSet<>();
    for (Map.Entry<String, List<Integer>> e : ShapePoint.byShape(points).entrySet()) {
      List<Integer> order = e.getValue();
      int firstFault = -1;
      int faults = 0;
      boolean decreasing = false;
      for (int k = 1; k < order.size(); k++) {
        ShapePoint prev = points.get(order.get(k - 1));
        ShapePoint here = points.get(order.get(k));
        if (Double.isNaN(prev.distTraveled()) || Double.isNaN(here.distTraveled())) {
          continue;
        }
        boolean down = here.distTraveled() < prev.distTraveled();
        boolean stuck = here.distTraveled() == prev.distTraveled() && meters(prev, here)
            >= FeedValidator.SAME_POINT_METERS;
        if (down || stuck) {
          faults++;
          decreasing |= down;
          firstFault = firstFault < 0 ? order.get(k) : firstFault;
        }
      }
      if (faults == 0) {
        continue;
      }
      double[] along = new double[order.size()];
      for (int k = 1; k < order.size(); k++) {
        along[k] = along[k - 1] + meters(points.get(order.get(k - 1)), points.get(order.get(k)));
      }
      double length = along[along.length - 1];
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int i : order) {
        double d = points.get(i).distTraveled();
        if (!Double.isNaN(d)) {
          min = Math.min(min, d);
          max = Math.max(max, d);
        }
      }
      boolean keepUnit = length > 0 && max > min;
      double perMeter = keepUnit ? (max - min) / length : 1;
      double start = keepUnit ? min : 0;
      // Rounded to a hundredth of a metre in the feed's unit: points a metre apart still differ.
      int scale = Math.max(0, Math.min(12, (int) -Math.floor(Math.log10(perMeter * 0.01))));
      for (int k = 0; k < order.size(); k++) {
        ShapePoint p = points.get(order.get(k));
        double d = k == order.size() - 1 && keepUnit ? max
            : BigDecimal.valueOf(start + perMeter * along[k]).setScale(scale, RoundingMode.HALF_UP).doubleValue();
        out.set(order.get(k), new ShapePoint(p.shapeId(), p.lat(), p.lon(), p.sequence(), d, p.extras()));
      }
      String what = faults + (faults == 1 ? " time" : " times") + " (" + (decreasing ? "decreasing" : "equal for points"
          + " more than " + FeedValidator.SAME_POINT_METERS + " m apart") + ")";
      if (keepUnit) {
        fixes.add(new Fix(firstFault, "shape '" + e.getKey() + "': shape_dist_traveled did not increase " + what
            + "; measured again along its points, in the feed's unit (" + BigDecimal.valueOf(perMeter)
            .round(new java.math.MathContext(4)).toPlainString() + " per metre, from " + plain(min) + " to "
            + plain(max) + ")"));
      } else {
        unknown.add(e.getKey());
        fixes.add(new Fix(firstFault, "shape '" + e.getKey() + "': shape_dist_traveled did not increase " + what
            + " and spans nothing, so its unit cannot be told; measured again along its points in metres (the"
            + " stop distances of its trips are cleared)"));
      }
    }
    return new Repaired(out, List.copyOf(fixes), Set.copyOf(unknown));
  }

  /** Each shape's end: its largest declared distance and that point. */
  static Map<String, End> ends(List<ShapePoint> points) {
    Map<String, End> out = new HashMap<>();
    for (ShapePoint p : points) {
      if (Double.isNaN(p.distTraveled())) {
        continue;
      }
      End e = out.get(p.shapeId());
      if (e == null || p.distTraveled() > e.distance()) {
        out.put(p.shapeId(), new End(p.distTraveled(), p.lat(), p.lon()));
      }
    }
    return out;
  }


  private static double meters(ShapePoint a, ShapePoint b) {
    return Geo.distanceMeters(a.lat(), a.lon(), b.lat(), b.lon());
  }

  private static String plain(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
