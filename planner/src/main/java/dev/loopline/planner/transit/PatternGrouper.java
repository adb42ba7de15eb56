package dev.loopline.planner.transit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the day's runs into {@link TripPattern}s and sorts each pattern's timetable.
 *
 * <p>Trips share a pattern when they belong to the same route and visit the same stops in the same order with
 * the same boarding and alighting rules. Within a pattern the trips are ordered by departure from the first stop.
 * Raptor needs more than that: at <em>every</em> stop the departures and the arrivals must be in the same order,
 * otherwise its binary search and early exit would miss a trip. Real timetables break this when an express or a
 * faster run overtakes an earlier one (or when two runs are equal at the start and differ later). Such trips are
 * moved to an extra pattern with the same stops: each trip goes to the first timetable whose last trip it does
 * not overtake at any stop, which keeps every timetable sorted with few extra patterns.
 */
final class PatternGrouper {
  private PatternGrouper() {}

  private record Key(String routeId, int[] stops, boolean[] boardable, boolean[] alightable) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && routeId.equals(k.routeId) && Arrays.equals(stops, k.stops)
          && Arrays.equals(boardable, k.boardable) && Arrays.equals(alightable, k.alightable);
    }

    @Override
    public int hashCode() {
      return (routeId.hashCode() * 31 + Arrays.hashCode(stops)) * 31 + Arrays.hashCode(boardable) * 7
          + Arrays.hashCode(alightable);
    }
  }

  /** Orders trips by their departure from the first stop, then by their times further along, then by id. */
  static final Comparator<ScheduledTrip> BY_TIMES = (a, b) -> {
    for (int p = 0; p < a.size(); p++) {
      int c = Integer.compare(a.departures()[p], b.departures()[p]);
      if (c != 0) {
        return c;
      }
      c = Integer.compare(a.arrivals()[p], b.arrivals()[p]);
      if (c != 0) {
        return c;
      }
    }
    return a.displayId().compareTo(b.displayId());
  };

  /** Result of grouping: the patterns and how many of them exist only because of overtaking. */
  record Result(List<TripPattern> patterns, int overtakingSplits) {}

  static Result group(List<ScheduledTrip> trips) {
    Map<Key, List<ScheduledTrip>> groups = new LinkedHashMap<>();
    for (ScheduledTrip t : trips) {
      Key k = new Key(t.route().id(), t.stops(), t.boardable(), t.alightable());
      groups.computeIfAbsent(k, x -> new ArrayList<>()).add(t);
    }
    List<TripPattern> patterns = new ArrayList<>();
    int splits = 0;
    for (Map.Entry<Key, List<ScheduledTrip>> e : groups.entrySet()) {
      List<ScheduledTrip> sorted = new ArrayList<>(e.getValue());
      sorted.sort(BY_TIMES);
      List<List<ScheduledTrip>> tables = new ArrayList<>();
      for (ScheduledTrip t : sorted) {
        List<ScheduledTrip> target = null;
        for (List<ScheduledTrip> table : tables) {
          if (!overtakes(t, table.get(table.size() - 1))) {
            target = table;
            break;
          }
        }
        if (target == null) {
          target = new ArrayList<>();
          tables.add(target);
        }
        target.add(t);
      }
      splits += tables.size() - 1;
      Key k = e.getKey();
      for (List<ScheduledTrip> table : tables) {
        TripPattern p = new TripPattern(patterns.size(), table.get(0).route(), k.stops(), k.boardable(),
            k.alightable());
        p.setTimetable(new PatternTimetable(p, table));
        patterns.add(p);
      }
    }
    return new Result(patterns, splits);
  }

  /** True when {@code later} departs or arrives before {@code earlier} at some stop. */
  static boolean overtakes(ScheduledTrip later, ScheduledTrip earlier) {
    for (int p = 0; p < later.size(); p++) {
      if (later.departures()[p] < earlier.departures()[p] || later.arrivals()[p] < earlier.arrivals()[p]) {
        return true;
      }
    }
    return false;
  }
}
