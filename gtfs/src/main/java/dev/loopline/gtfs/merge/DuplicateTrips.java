package dev.loopline.gtfs.merge;

import dev.loopline.gtfs.merge.MergeReport.DuplicateTrip;
import dev.loopline.gtfs.model.Frequency;
import dev.loopline.gtfs.model.ServiceDays;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds trips published by two or more feeds: a cross-border line that both districts report. Two trips are the
 * same run when they serve the same stops (after twin stops are merged) in the same order at the same arrival and
 * departure times, on the same dates (compared as date sets, see {@link ServiceDays}), with the same frequency
 * windows if frequency-based. The trip with the smallest namespaced id is kept with its route; the copies from the
 * other feeds are dropped and references to them are pointed at the kept trip. Repeats inside one feed are that
 * operator's business and are left alone.
 */
final class DuplicateTrips {
  private DuplicateTrips() {}

  /** What a run is, independent of ids. */
  private record Signature(ServiceDays.Days days, int[] stops, int[] arrivals, int[] departures,
                           List<List<Integer>> frequencies) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Signature s && days.equals(s.days) && Arrays.equals(stops, s.stops)
          && Arrays.equals(arrivals, s.arrivals) && Arrays.equals(departures, s.departures)
          && frequencies.equals(s.frequencies);
    }

    @Override
    public int hashCode() {
      return ((days.hashCode() * 31 + Arrays.hashCode(stops)) * 31 + Arrays.hashCode(arrivals)) * 31
          + Arrays.hashCode(departures) * 7 + frequencies.hashCode();
    }
  }

  /**
   * @param trips      namespaced trips of all feeds
   * @param feedOfTrip the feed id of each trip
   * @param stopTimes  all stop times, namespaced, twin stops already replaced
   * @param services   dates of every namespaced service
   * @param found      receives one entry per dropped trip, sorted by dropped id
   * @return dropped trip id to kept trip id
   */
  static Map<String, String> find(List<Trip> trips, Map<String, String> feedOfTrip, StopTimes stopTimes,
                                  ServiceDays services, List<Frequency> frequencies, List<DuplicateTrip> found) {
    Map<String, List<List<Integer>>> windows = new HashMap<>();
    for (Frequency f : frequencies) {
      windows.computeIfAbsent(f.tripId(), k -> new ArrayList<>())
          .add(List.of(f.startTime(), f.endTime(), f.headwaySecs(), f.exactTimes() == null ? -1 : f.exactTimes()));
    }
    windows.values().forEach(l -> l.sort(Comparator.comparing((List<Integer> w) -> w.get(0))
        .thenComparing(w -> w.get(1)).thenComparing(w -> w.get(2)).thenComparing(w -> w.get(3))));
    Map<Signature, List<Trip>> groups = new HashMap<>();
    for (Trip t : trips) {
      int ti = stopTimes.indexOfTrip(t.id());
      if (ti < 0) {
        continue;
      }
      int first = stopTimes.firstRowOfTrip(ti);
      int n = stopTimes.rowCountOfTrip(ti);
      int[] stops = new int[n];
      int[] arr = new int[n];
      int[] dep = new int[n];
      for (int k = 0; k < n; k++) {
        stops[k] = stopTimes.stopIndex(first + k);
        arr[k] = stopTimes.arrival(first + k);
        dep[k] = stopTimes.departure(first + k);
      }
      Signature sig = new Signature(services.days(t.serviceId()), stops, arr, dep,
          windows.getOrDefault(t.id(), List.of()));
      groups.computeIfAbsent(sig, k -> new ArrayList<>()).add(t);
    }
    Map<String, String> dropped = new TreeMap<>();
    Map<String, DuplicateTrip> entries = new TreeMap<>();
    for (Map.Entry<Signature, List<Trip>> e : groups.entrySet()) {
      List<Trip> group = e.getValue();
      if (group.size() < 2) {
        continue;
      }
      group.sort(Comparator.comparing(Trip::id));
      Trip kept = group.get(0);
      String keptFeed = feedOfTrip.get(kept.id());
      for (Trip t : group.subList(1, group.size())) {
        if (feedOfTrip.get(t.id()).equals(keptFeed)) {
          continue;
        }
        dropped.put(t.id(), kept.id());
        entries.put(t.id(), new DuplicateTrip(kept.id(), t.id(), kept.routeId(), t.routeId(),
            e.getKey().stops().length, e.getKey().days().epochDays().length,
            "same stops, times and service dates as " + kept.id() + " of feed '" + keptFeed + "'"));
      }
    }
    found.addAll(entries.values());
    return dropped;
  }
}
