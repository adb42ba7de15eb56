package dev.loopline.planner.score;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.osm.LatLon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Routes of a feed as map paths — the rail lines, or the routes a scenario touches: per route, its longest trip (by
 * its shape, else by its stops).
 */
public final class RailLines {
  private RailLines() {}

  public static List<MapLine> of(Feed feed) {
    return of(feed, Route::isRail);
  }

  /** The given routes of a feed as map paths (its longest trip each), in route id order. */
  public static List<MapLine> routes(Feed feed, java.util.Set<String> routeIds) {
    return of(feed, r -> routeIds.contains(r.id()));
  }

  private static List<MapLine> of(Feed feed, java.util.function.Predicate<Route> which) {
    return new ArrayList<>(byRoute(feed, which).values());
  }

  /** Every route the predicate accepts and some trip runs, by route id (in id order), as a map path. */
  public static Map<String, MapLine> byRoute(Feed feed, java.util.function.Predicate<Route> which) {
    FeedIndex index = new FeedIndex(feed);
    StopTimes st = feed.stopTimes();
    Map<String, Integer> longest = new TreeMap<>();
    for (int t = 0; t < st.tripIds().size(); t++) {
      Trip trip = index.trip(st.tripIds().get(t));
      Route r = trip == null ? null : index.route(trip.routeId());
      if (r == null || !which.test(r)) {
        continue;
      }
      Integer best = longest.get(r.id());
      if (best == null || st.rowCountOfTrip(t) > st.rowCountOfTrip(best)) {
        longest.put(r.id(), t);
      }
    }
    Map<String, MapLine> out = new java.util.LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : longest.entrySet()) {
      Route r = index.route(e.getKey());
      Trip trip = index.trip(st.tripIds().get(e.getValue()));
      List<LatLon> path = new ArrayList<>();
      if (trip.shapeId() != null) {
        for (ShapePoint p : index.shape(trip.shapeId())) {
          path.add(new LatLon(p.lat(), p.lon()));
        }
      }
      if (path.size() < 2) {
        path.clear();
        int first = st.firstRowOfTrip(e.getValue());
        for (int row = first; row < first + st.rowCountOfTrip(e.getValue()); row++) {
          Stop s = index.stop(st.stopId(row));
          if (s != null && s.hasCoordinates()) {
            path.add(new LatLon(s.lat(), s.lon()));
          }
        }
      }
      String color = r.color() != null && r.color().matches("[0-9A-Fa-f]{6}") ? "#" + r.color() : "#555555";
      out.put(r.id(), new MapLine(StopGraph.lineName(r), color, path));
    }
    return out;
  }
}
