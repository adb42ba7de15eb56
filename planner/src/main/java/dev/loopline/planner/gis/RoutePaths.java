package dev.loopline.planner.gis;

import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Where each route runs: the distinct paths of its trips (a trip's shape, or the line through its stops when it has
 * none), merged into one lon/lat geometry in which a street run in both directions counts once.
 */
final class RoutePaths {
  private RoutePaths() {}

  /** Route id → its paths unioned (route ids sorted); routes without any trip of two located stops are absent. */
  static Map<String, Geometry> of(FeedIndex index) {
    StopTimes st = index.feed().stopTimes();
    Map<String, Map<String, LineString>> byRoute = new TreeMap<>();
    for (int t = 0; t < st.tripIds().size(); t++) {
      Trip trip = index.trip(st.tripIds().get(t));
      if (trip == null) {
        continue;
      }
      Map<String, LineString> paths = byRoute.computeIfAbsent(trip.routeId(), k -> new LinkedHashMap<>());
      String key = trip.shapeId() != null && index.shape(trip.shapeId()).size() >= 2 ? "shape:" + trip.shapeId()
          : "stops:" + stopKey(st, t);
      if (!paths.containsKey(key)) {
        LineString line = key.startsWith("shape:") ? shapeLine(index.shape(trip.shapeId())) : stopLine(index, st, t);
        if (line != null) {
          paths.put(key, line);
        }
      }
    }
    Map<String, Geometry> out = new TreeMap<>();
    byRoute.forEach((route, paths) -> {
      if (!paths.isEmpty()) {
        out.put(route, GeometryType.FACTORY.createMultiLineString(paths.values().toArray(new LineString[0])).union());
      }
    });
    return out;
  }

  private static String stopKey(StopTimes st, int trip) {
    StringBuilder b = new StringBuilder();
    int first = st.firstRowOfTrip(trip);
    for (int row = first; row < first + st.rowCountOfTrip(trip); row++) {
      b.append(st.stopId(row)).append('\u0000');
    }
    return b.toString();
  }

  private static LineString shapeLine(List<ShapePoint> shape) {
    List<Coordinate> c = new ArrayList<>();
    for (ShapePoint p : shape) {
      c.add(new Coordinate(p.lon(), p.lat()));
    }
    return line(c);
  }

  private static LineString stopLine(FeedIndex index, StopTimes st, int trip) {
    List<Coordinate> c = new ArrayList<>();
    int first = st.firstRowOfTrip(trip);
    for (int row = first; row < first + st.rowCountOfTrip(trip); row++) {
      Stop s = index.stop(st.stopId(row));
      if (s != null && s.hasCoordinates()) {
        c.add(new Coordinate(s.lon(), s.lat()));
      }
    }
    return line(c);
  }

  private static LineString line(List<Coordinate> coords) {
    List<Coordinate> distinct = new ArrayList<>();
    for (Coordinate c : coords) {
      if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).equals2D(c)) {
        distinct.add(c);
      }
    }
    return distinct.size() < 2 ? null : GeometryType.FACTORY.createLineString(distinct.toArray(new Coordinate[0]));
  }
}
