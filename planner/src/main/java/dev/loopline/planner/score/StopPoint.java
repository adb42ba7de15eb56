package dev.loopline.planner.score;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A stop as coverage sees it: a position, and whether buses and/or trains serve it (a rail station that the new
 * bus line calls at becomes a bus stop too, and so covers 500 m by bus).
 */
public record StopPoint(String stopId, double lat, double lon, boolean bus, boolean rail) {

  /** Every stop some trip of the feed serves, by the kinds of route serving it; sorted by id. */
  public static List<StopPoint> of(Feed feed) {
    FeedIndex index = new FeedIndex(feed);
    StopTimes st = feed.stopTimes();
    Map<String, int[]> kinds = new TreeMap<>();
    List<String> tripIds = st.tripIds();
    for (int t = 0; t < tripIds.size(); t++) {
      Trip trip = index.trip(tripIds.get(t));
      Route route = trip == null ? null : index.route(trip.routeId());
      if (route == null) {
        continue;
      }
      int bit = route.isRail() ? 2 : 1;
      int first = st.firstRowOfTrip(t);
      for (int r = first; r < first + st.rowCountOfTrip(t); r++) {
        kinds.computeIfAbsent(st.stopId(r), k -> new int[1])[0] |= bit;
      }
    }
    List<StopPoint> out = new ArrayList<>();
    for (Map.Entry<String, int[]> e : kinds.entrySet()) {
      Stop s = index.stop(e.getKey());
      if (s != null && s.hasCoordinates()) {
        out.add(new StopPoint(s.id(), s.lat(), s.lon(), (e.getValue()[0] & 1) != 0, (e.getValue()[0] & 2) != 0));
      }
    }
    return out;
  }
}
