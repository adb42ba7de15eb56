package dev.loopline.planner.score;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * An operator's home district: the district where most of the stops its routes serve lie. Each district runs its
 * own buses, so this is the district whose bus company the agency is; the cross-district subsidy pays for
 * vehicle-km outside it. Derived from the feed rather than configured, so it holds for any network.
 */
public final class HomeDistricts {
  private HomeDistricts() {}

  /** Agency id to home district id (agencies whose stops lie outside every district are left out). */
  public static Map<String, String> of(Feed feed, DistrictLookup districts) {
    FeedIndex index = new FeedIndex(feed);
    StopTimes st = feed.stopTimes();
    Map<String, Set<String>> stopsByAgency = new HashMap<>();
    for (int t = 0; t < st.tripIds().size(); t++) {
      Trip trip = index.trip(st.tripIds().get(t));
      Route route = trip == null ? null : index.route(trip.routeId());
      if (route == null) {
        continue;
      }
      String agency = route.agencyId() != null ? route.agencyId()
          : feed.agencies().size() == 1 ? feed.agencies().get(0).id() : null;
      if (agency == null) {
        continue;
      }
      Set<String> stops = stopsByAgency.computeIfAbsent(agency, k -> new HashSet<>());
      int first = st.firstRowOfTrip(t);
      for (int r = first; r < first + st.rowCountOfTrip(t); r++) {
        stops.add(st.stopId(r));
      }
    }
    Map<String, String> out = new TreeMap<>();
    for (Map.Entry<String, Set<String>> e : stopsByAgency.entrySet()) {
      Map<String, Integer> counts = new TreeMap<>();
      for (String id : e.getValue()) {
        Stop s = index.stop(id);
        String d = s == null || !s.hasCoordinates() ? null : districts.districtAt(s.lat(), s.lon());
        if (d != null) {
          counts.merge(d, 1, Integer::sum);
        }
      }
      String best = null;
      for (Map.Entry<String, Integer> c : counts.entrySet()) {
        if (best == null || c.getValue() > counts.get(best)) {
          best = c.getKey();
        }
      }
      if (best != null) {
        out.put(e.getKey(), best);
      }
    }
    return out;
  }
}
