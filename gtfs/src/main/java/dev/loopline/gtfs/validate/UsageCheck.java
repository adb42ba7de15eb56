package dev.loopline.gtfs.validate;

import static dev.loopline.gtfs.validate.ValidationContext.SHAPES;
import static dev.loopline.gtfs.validate.ValidationContext.STOPS;
import static dev.loopline.gtfs.validate.ValidationContext.blank;

import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Things published but never used: stops no trip serves, stations with no platform, shapes no trip follows. They
 * are harmless to routing but usually mean a stale export, so they are WARNINGs, one per entity.
 */
final class UsageCheck {
  private UsageCheck() {}

  static void run(ValidationContext ctx) {
    StopTimes st = ctx.feed.stopTimes();
    Set<String> served = new HashSet<>(st.stopIds());
    Set<String> parents = new HashSet<>();
    for (Stop s : ctx.feed.stops()) {
      if (!blank(s.parentStation())) {
        parents.add(s.parentStation());
      }
    }
    List<Stop> stops = ctx.feed.stops();
    for (int i = 0; i < stops.size(); i++) {
      Stop s = stops.get(i);
      if (s.isBoardable() && !served.contains(s.id()) && !parents.contains(s.id())) {
        ctx.warning("unused_stop", STOPS, ctx.line(STOPS, i), "stop_id",
            "stop '" + s.id() + "' is served by no trip");
      } else if (s.locationTypeOrDefault() == Stop.STATION && !parents.contains(s.id())) {
        ctx.warning("unused_parent_station", STOPS, ctx.line(STOPS, i), "stop_id",
            "station '" + s.id() + "' has no stops, entrances or nodes inside it");
      }
    }
    Set<String> usedShapes = new HashSet<>();
    for (Trip t : ctx.feed.trips()) {
      if (!blank(t.shapeId())) {
        usedShapes.add(t.shapeId());
      }
    }
    Set<String> reported = new HashSet<>();
    List<ShapePoint> points = ctx.feed.shapePoints();
    for (int i = 0; i < points.size(); i++) {
      String id = points.get(i).shapeId();
      if (!blank(id) && !usedShapes.contains(id) && reported.add(id)) {
        ctx.warning("unused_shape", SHAPES, ctx.line(SHAPES, i), "shape_id",
            "shape '" + id + "' is used by no trip");
      }
    }
  }
}
