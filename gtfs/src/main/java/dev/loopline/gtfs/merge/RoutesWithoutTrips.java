package dev.loopline.gtfs.merge;

import dev.loopline.gtfs.merge.MergeReport.Adjustment;
import dev.loopline.gtfs.model.FeedBuilder;
import dev.loopline.gtfs.model.RawTable;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.Trip;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Drops the routes of the unified feed that no trip runs on, with what refers to them (fare rules, transfers,
 * translations, rows of other files naming the route), and reports each. A route without trips is a name in the
 * timetable that no bus serves: riders would look for it in vain, its short name can force a needless rename of
 * another operator's route, and MobilityData's validator flags it. After a merge this happens mostly when every trip
 * of a route duplicated another feed's trip and was kept there.
 */
final class RoutesWithoutTrips {
  private RoutesWithoutTrips() {}

  /**
   * Removes routes without trips from {@code out}.
   *
   * @param hadTrips the routes that had trips before duplicate trips were dropped, to tell why a route is empty
   */
  static void drop(FeedBuilder out, Set<String> hadTrips, List<Adjustment> adjustments) {
    Set<String> served = served(out.trips);
    Set<String> dropped = new TreeSet<>();
    for (Route r : out.routes) {
      if (!served.contains(r.id())) {
        dropped.add(r.id());
      }
    }
    if (dropped.isEmpty()) {
      return;
    }
    for (String id : dropped) {
      adjustments.add(new Adjustment("routes.txt", id, "dropped", hadTrips.contains(id)
          ? "no trips left: each of its trips was a duplicate of another feed's trip, which was kept"
          : "no trips: no trip of its feed runs on it"));
    }
    out.routes.removeIf(r -> dropped.contains(r.id()));

    Set<String> faresWithRules = new TreeSet<>();
    out.fareRules.forEach(r -> faresWithRules.add(r.fareId()));
    out.fareRules.removeIf(r -> dropped.contains(r.routeId()));
    Set<String> faresLeft = new HashSet<>();
    out.fareRules.forEach(r -> faresLeft.add(r.fareId()));
    for (String fare : faresWithRules) {
      if (!faresLeft.contains(fare)) {
        // Without rules a fare would apply to every trip of the feed, which it never did.
        adjustments.add(new Adjustment("fare_attributes.txt", fare, "dropped",
            "all its fare rules named routes without trips"));
      }
    }
    out.fareAttributes.removeIf(f -> faresWithRules.contains(f.fareId()) && !faresLeft.contains(f.fareId()));
    out.transfers.removeIf(t -> {
      String route = dropped.contains(t.fromRouteId()) ? t.fromRouteId() : t.toRouteId();
      if (dropped.contains(route)) {
        adjustments.add(new Adjustment("transfers.txt", t.fromStopId() + " " + t.toStopId() + " " + route,
            "dropped", "names route '" + route + "', which has no trips"));
        return true;
      }
      return false;
    });
    out.translations.removeIf(t -> "routes".equals(t.tableName()) && dropped.contains(t.recordId()));
    out.otherFiles.replaceAll(t -> withoutRoutes(t, dropped, adjustments));
  }

  private static RawTable withoutRoutes(RawTable t, Set<String> dropped, List<Adjustment> adjustments) {
    List<Integer> cols = new ArrayList<>();
    for (int c = 0; c < t.header().size(); c++) {
      String col = t.header().get(c);
      if (col.equals("route_id") || col.equals("from_route_id") || col.equals("to_route_id")) {
        cols.add(c);
      }
    }
    if (cols.isEmpty()) {
      return t;
    }
    List<List<String>> rows = new ArrayList<>();
    int removed = 0;
    for (List<String> row : t.rows()) {
      boolean names = false;
      for (int c : cols) {
        names |= c < row.size() && dropped.contains(row.get(c));
      }
      if (names) {
        removed++;
      } else {
        rows.add(row);
      }
    }
    if (removed == 0) {
      return t;
    }
    adjustments.add(new Adjustment(t.fileName(), removed + " rows", "dropped", "they name routes without trips"));
    return new RawTable(t.fileName(), t.header(), rows);
  }

  /** The routes some trip runs on. */
  static Set<String> served(List<Trip> trips) {
    Set<String> out = new HashSet<>();
    trips.forEach(t -> out.add(t.routeId()));
    return out;
  }
}
