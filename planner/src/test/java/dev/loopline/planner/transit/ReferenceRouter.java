package dev.loopline.planner.transit;

import dev.loopline.gtfs.geo.Geo;
import dev.loopline.gtfs.model.CalendarDate;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.Frequency;
import dev.loopline.gtfs.model.ServiceCalendar;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An independent earliest-arrival router for checking Raptor: a connection scan (Dibbelt et al., 2013) written
 * for the tests, straight from the GTFS feed. It shares nothing with the transit layer but the walks between
 * stops and the rules of the game:
 *
 * <ul>
 *   <li>runs of the date, plus the previous day's runs still going after midnight (−24 h) and next-day runs
 *       departing before 06:00 (+24 h); frequencies expanded from start (inclusive) to end (exclusive);</li>
 *   <li>missing times interpolated by distance (shape_dist_traveled when complete, else straight line), rounded
 *       to the second, then made non-decreasing;</li>
 *   <li>walks are used only after a ride, one walk at a time; every boarding after the first needs
 *       {@code transferSlack} seconds after the (walk) arrival; board and alight slack are zero.</li>
 * </ul>
 */
public final class ReferenceRouter {
  public static final int INF = Integer.MAX_VALUE;

  private record Connection(int run, int from, int to, int dep, int arr, boolean board, boolean alight) {}

  private record Walk(int to, int seconds) {}

  private final Map<String, Integer> stopIds = new HashMap<>();
  private final List<Connection> connections = new ArrayList<>();
  private final List<List<Walk>> walks = new ArrayList<>();
  private final int transferSlack;
  private int runs;

  /** @param walkSeconds for each stop id, the walks leaving it (target id → seconds) */
  public ReferenceRouter(Feed feed, LocalDate date, Map<String, Map<String, Integer>> walkSeconds, int transferSlack) {
    this.transferSlack = transferSlack;
    Map<String, Stop> stops = new HashMap<>();
    for (Stop s : feed.stops()) {
      int type = s.locationType() == null ? 0 : s.locationType();
      if (type == 0 && !Double.isNaN(s.lat()) && !Double.isNaN(s.lon()) && !stops.containsKey(s.id())) {
        stops.put(s.id(), s);
        stopIds.put(s.id(), stopIds.size());
        walks.add(new ArrayList<>());
      }
    }
    walkSeconds.forEach((from, targets) -> targets.forEach((to, sec) -> {
      if (stopIds.containsKey(from) && stopIds.containsKey(to)) {
        walks.get(stopIds.get(from)).add(new Walk(stopIds.get(to), sec));
      }
    }));
    Set<String> routes = new HashSet<>();
    feed.routes().forEach(r -> routes.add(r.id()));
    Map<String, List<Frequency>> freq = new HashMap<>();
    for (Frequency f : feed.frequencies()) {
      if (f.headwaySecs() > 0 && f.endTime() > f.startTime()) {
        freq.computeIfAbsent(f.tripId(), k -> new ArrayList<>()).add(f);
      }
    }
    StopTimes st = feed.stopTimes();
    for (int day = -1; day <= 1; day++) {
      LocalDate d = date.plusDays(day);
      for (Trip trip : feed.trips()) {
        if (!runs(feed, trip.serviceId(), d) || !routes.contains(trip.routeId())) {
          continue;
        }
        int t = st.indexOfTrip(trip.id());
        if (t < 0 || st.rowCountOfTrip(t) < 2) {
          continue;
        }
        int first = st.firstRowOfTrip(t);
        int n = st.rowCountOfTrip(t);
        int[] stop = new int[n];
        int[] arr = new int[n];
        int[] dep = new int[n];
        double[] dist = new double[n];
        boolean useShape = true;
        boolean ok = true;
        for (int i = 0; i < n; i++) {
          Integer s = stopIds.get(st.stopId(first + i));
          if (s == null) {
            ok = false;
            break;
          }
          stop[i] = s;
          arr[i] = st.arrival(first + i);
          dep[i] = st.departure(first + i);
          dist[i] = st.shapeDistTraveled(first + i);
          if (Double.isNaN(dist[i]) || (i > 0 && dist[i] < dist[i - 1])) {
            useShape = false;
          }
        }
        if (!ok) {
          continue;
        }
        if (!useShape) {
          dist[0] = 0;
          for (int i = 1; i < n; i++) {
            Stop a = stops.get(st.stopId(first + i - 1));
            Stop b = stops.get(st.stopId(first + i));
            dist[i] = dist[i - 1] + Geo.distanceMeters(a.lat(), a.lon(), b.lat(), b.lon());
          }
        }
        if (!fill(arr, dep, dist)) {
          continue;
        }
        boolean[] board = new boolean[n];
        boolean[] alight = new boolean[n];
        for (int i = 0; i < n; i++) {
          board[i] = st.pickupType(first + i) != 1;
          alight[i] = st.dropOffType(first + i) != 1;
        }
        List<Integer> shifts = new ArrayList<>();
        if (freq.containsKey(trip.id())) {
          for (Frequency f : freq.get(trip.id())) {
            for (int s = f.startTime(); s < f.endTime(); s += f.headwaySecs()) {
              shifts.add(s - dep[0]);
            }
          }
        } else {
          shifts.add(0);
        }
        for (int shift : shifts) {
          if (day < 0 && arr[n - 1] + shift <= 86400) {
            continue;
          }
          if (day > 0 && dep[0] + shift >= 6 * 3600) {
            continue;
          }
          int total = shift + day * 86400;
          int run = runs++;
          for (int i = 0; i + 1 < n; i++) {
            connections.add(new Connection(run, stop[i], stop[i + 1], dep[i] + total, arr[i + 1] + total, board[i],
                alight[i + 1]));
          }
        }
      }
    }
    connections.sort((a, b) -> a.dep != b.dep ? Integer.compare(a.dep, b.dep)
        : a.run != b.run ? Integer.compare(a.run, b.run) : Integer.compare(a.arr, b.arr));
  }

  private static boolean runs(Feed feed, String serviceId, LocalDate d) {
    for (CalendarDate cd : feed.calendarDates()) {
      if (cd.serviceId().equals(serviceId) && cd.date().equals(d)) {
        return cd.exceptionType() == 1;
      }
    }
    for (ServiceCalendar c : feed.calendars()) {
      if (c.serviceId().equals(serviceId)) {
        boolean inRange = !d.isBefore(c.startDate()) && !d.isAfter(c.endDate());
        return inRange && (c.days() & (1 << (d.getDayOfWeek().getValue() - 1))) != 0;
      }
    }
    return false;
  }

  private static boolean fill(int[] arr, int[] dep, double[] dist) {
    int n = arr.length;
    for (int i = 0; i < n; i++) {
      if (arr[i] < 0) {
        arr[i] = dep[i];
      }
      if (dep[i] < 0) {
        dep[i] = arr[i];
      }
    }
    if (dep[0] < 0 || arr[n - 1] < 0) {
      return false;
    }
    int last = 0;
    for (int i = 1; i < n; i++) {
      if (arr[i] >= 0) {
        for (int k = last + 1; k < i; k++) {
          double span = dist[i] - dist[last];
          double f = span > 0 ? (dist[k] - dist[last]) / span : (double) (k - last) / (i - last);
          arr[k] = dep[last] + (int) Math.round(f * (arr[i] - dep[last]));
          dep[k] = arr[k];
        }
        last = i;
      }
    }
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        arr[i] = Math.max(arr[i], dep[i - 1]);
      }
      dep[i] = Math.max(dep[i], arr[i]);
    }
    return true;
  }

  /** Result of one scan: per stop id, the earliest arrival by transit and the earliest arrival at all. */
  public record Arrivals(Map<String, Integer> byTransit, Map<String, Integer> overall) {}

  /** Earliest arrivals at every stop leaving {@code origin} at {@code departure}. */
  public Arrivals scan(String origin, int departure) {
    return scan(Map.of(origin, 0), departure);
  }

  /** Earliest arrivals at every stop leaving at {@code departure} and walking first to any of the access stops. */
  public Arrivals scan(Map<String, Integer> accessSeconds, int departure) {
    int n = stopIds.size();
    int[] transit = new int[n];
    int[] overall = new int[n];
    int[] ready = new int[n];
    Arrays.fill(transit, INF);
    Arrays.fill(overall, INF);
    Arrays.fill(ready, INF);
    boolean[] onRun = new boolean[runs];
    accessSeconds.forEach((id, walk) -> {
      int o = stopIds.get(id);
      overall[o] = Math.min(overall[o], departure + walk);
      ready[o] = Math.min(ready[o], departure + walk);
    });
    for (Connection c : connections) {
      if (c.dep < departure) {
        continue;
      }
      if (!onRun[c.run] && c.board && c.dep >= ready[c.from]) {
        onRun[c.run] = true;
      }
      if (onRun[c.run] && c.alight && c.arr < transit[c.to]) {
        transit[c.to] = c.arr;
        overall[c.to] = Math.min(overall[c.to], c.arr);
        ready[c.to] = Math.min(ready[c.to], c.arr + transferSlack);
        for (Walk w : walks.get(c.to)) {
          overall[w.to] = Math.min(overall[w.to], c.arr + w.seconds);
          ready[w.to] = Math.min(ready[w.to], c.arr + w.seconds + transferSlack);
        }
      }
    }
    Map<String, Integer> byTransit = new HashMap<>();
    Map<String, Integer> all = new HashMap<>();
    stopIds.forEach((id, i) -> {
      if (transit[i] != INF) {
        byTransit.put(id, transit[i]);
      }
      if (overall[i] != INF) {
        all.put(id, overall[i]);
      }
    });
    return new Arrivals(byTransit, all);
  }

  int connectionCount() {
    return connections.size();
  }
}
