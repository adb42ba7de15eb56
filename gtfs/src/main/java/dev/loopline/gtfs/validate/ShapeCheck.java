package dev.loopline.gtfs.validate;

import static dev.loopline.gtfs.validate.ValidationContext.SHAPES;
import static dev.loopline.gtfs.validate.ValidationContext.STOP_TIMES;

import dev.loopline.gtfs.geo.Geo;
import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Distances along shapes, by the rules of MobilityData's validator: {@code shape_dist_traveled} never decreases
 * along a shape and never stays the same between two points more than
 * {@value FeedValidator#SAME_POINT_METERS} m apart; the last stop of a trip lies no farther along than its shape
 * ends, unless it is within {@value FeedValidator#END_TOLERANCE_METERS} m of the shape's last measured point (a
 * rounding difference, a WARNING there too).
 */
final class ShapeCheck {
  private ShapeCheck() {}

  static void run(ValidationContext ctx) {
    Map<String, List<Integer>> shapes = ShapePoint.byShape(ctx.feed.shapePoints());
    List<ShapePoint> points = ctx.feed.shapePoints();
    Map<String, Integer> farthest = new LinkedHashMap<>();
    for (Map.Entry<String, List<Integer>> e : shapes.entrySet()) {
      List<Integer> order = e.getValue();
      for (int k = 1; k < order.size(); k++) {
        ShapePoint prev = points.get(order.get(k - 1));
        ShapePoint here = points.get(order.get(k));
        if (Double.isNaN(prev.distTraveled()) || Double.isNaN(here.distTraveled())) {
          continue;
        }
        long line = ctx.line(SHAPES, order.get(k));
        if (here.distTraveled() < prev.distTraveled()) {
          ctx.error("decreasing_shape_distance", SHAPES, line, "shape_dist_traveled", "shape '" + e.getKey()
              + "': shape_dist_traveled " + here.distTraveled() + " is less than the previous point's "
              + prev.distTraveled());
        } else if (here.distTraveled() == prev.distTraveled()
            && Geo.distanceMeters(prev.lat(), prev.lon(), here.lat(), here.lon()) >= FeedValidator.SAME_POINT_METERS) {
          ctx.error("equal_shape_distance_diff_coordinates", SHAPES, line, "shape_dist_traveled", "shape '"
              + e.getKey() + "': shape_dist_traveled " + here.distTraveled() + " equals the previous point's, "
              + "which lies " + Math.round(Geo.distanceMeters(prev.lat(), prev.lon(), here.lat(), here.lon()))
              + " m away");
        }
      }
      int best = -1;
      for (int i : order) {
        double d = points.get(i).distTraveled();
        if (!Double.isNaN(d) && (best < 0 || d > points.get(best).distTraveled())) {
          best = i;
        }
      }
      if (best >= 0) {
        farthest.put(e.getKey(), best);
      }
    }
    tripsWithinTheirShapes(ctx, farthest);
  }

  private static void tripsWithinTheirShapes(ValidationContext ctx, Map<String, Integer> farthest) {
    StopTimes st = ctx.feed.stopTimes();
    for (Trip t : ctx.feed.trips()) {
      Integer end = t.shapeId() == null ? null : farthest.get(t.shapeId());
      int ti = end == null ? -1 : st.indexOfTrip(t.id());
      if (ti < 0) {
        continue;
      }
      int last = st.firstRowOfTrip(ti) + st.rowCountOfTrip(ti) - 1;
      double d = st.shapeDistTraveled(last);
      ShapePoint p = ctx.feed.shapePoints().get(end);
      Stop stop = ctx.stops.get(st.stopId(last));
      if (Double.isNaN(d) || d <= p.distTraveled() || stop == null || !stop.hasCoordinates()) {
        continue;
      }
      double meters = Geo.distanceMeters(p.lat(), p.lon(), stop.lat(), stop.lon());
      if (meters > FeedValidator.END_TOLERANCE_METERS) {
        ctx.error("trip_distance_exceeds_shape_distance", STOP_TIMES, st.line(last), "shape_dist_traveled",
            "trip '" + t.id() + "' ends at shape_dist_traveled " + d + ", past the end of shape '" + t.shapeId()
                + "' (" + p.distTraveled() + "), " + Math.round(meters) + " m from its last measured point");
      }
    }
  }

}
