package dev.loopline.planner.transit;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.Frequency;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the feed's trips into the concrete vehicle runs of one date ({@link ScheduledTrip}).
 *
 * <ul>
 *   <li>A trip runs when its service runs ({@link ServiceDays}).</li>
 *   <li>Service days overlap: a trip of the previous day with times past 24:00:00 is still running after
 *       midnight, so it is included with its times shifted by −24 h; early trips of the next day (first departure
 *       before {@link #NEXT_DAY_HORIZON}) are included shifted by +24 h so that a late-evening search can
 *       continue past midnight.</li>
 *   <li>A trip listed in {@code frequencies.txt} is a template: it runs once per headway from start_time
 *       (inclusive) to end_time (exclusive), keeping its stop-to-stop durations. {@code exact_times} 0 and 1 are
 *       treated alike, as fixed departures every headway.</li>
 *   <li>Missing stop times are interpolated ({@link StopTimeInterpolation}).</li>
 * </ul>
 * Trips that cannot be placed (a stop that is not a boardable stop with coordinates, no time at the first or last
 * stop, fewer than two stops) are skipped and counted.
 */
final class TripExpander {
  /** Next-day trips whose first departure is before this (seconds) are added, shifted by +24 h. */
  static final int NEXT_DAY_HORIZON = 6 * 3600;
  static final int DAY = 24 * 3600;

  private final Feed feed;
  private final FeedIndex index;
  private final Map<String, Integer> stopIndex;
  private final Map<String, List<Frequency>> frequencies = new HashMap<>();
  private final Interpolation interpolation;
  final Stats stats = new Stats();

  /** Counts of what expansion did, for the layer summary. */
  static final class Stats {
    int runs;
    int skippedUnknownStop;
    int skippedNoTimes;
    int skippedUnknownRoute;
    int interpolatedTimes;
    int clampedTimes;
  }

  TripExpander(Feed feed, FeedIndex index, Map<String, Integer> stopIndex, Interpolation interpolation) {
    this.interpolation = interpolation;
    this.feed = feed;
    this.index = index;
    this.stopIndex = stopIndex;
    for (Frequency f : feed.frequencies()) {
      if (f.headwaySecs() > 0 && f.endTime() > f.startTime()) {
        frequencies.computeIfAbsent(f.tripId(), k -> new ArrayList<>()).add(f);
      }
    }
  }

  /** Every run on {@code date}, in feed order (previous day's, the day's own, then the next day's). */
  List<ScheduledTrip> expand(ServiceDays days, LocalDate date) {
    List<ScheduledTrip> out = new ArrayList<>();
    addDay(days.activeOn(date.minusDays(1)), -1, out);
    addDay(days.activeOn(date), 0, out);
    addDay(days.activeOn(date.plusDays(1)), 1, out);
    stats.runs = out.size();
    return out;
  }

  private void addDay(Set<String> services, int dayOffset, List<ScheduledTrip> out) {
    if (services.isEmpty()) {
      return;
    }
    StopTimes st = feed.stopTimes();
    for (Trip trip : feed.trips()) {
      if (!services.contains(trip.serviceId())) {
        continue;
      }
      int t = st.indexOfTrip(trip.id());
      if (t < 0) {
        continue;
      }
      Template tpl = template(trip, t);
      if (tpl == null) {
        continue;
      }
      List<Frequency> freq = frequencies.get(trip.id());
      if (freq == null) {
        add(tpl, dayOffset, -1, 0, out);
      } else {
        int base = tpl.departures[0];
        for (Frequency f : freq) {
          for (int start = f.startTime(); start < f.endTime(); start += f.headwaySecs()) {
            add(tpl, dayOffset, start, start - base, out);
          }
        }
      }
    }
  }

  private void add(Template tpl, int dayOffset, int frequencyStart, int shift, List<ScheduledTrip> out) {
    int first = tpl.departures[0] + shift;
    int last = tpl.arrivals[tpl.arrivals.length - 1] + shift;
    if (dayOffset < 0 && last <= DAY) {
      return;
    }
    if (dayOffset > 0 && first >= NEXT_DAY_HORIZON) {
      return;
    }
    int dayShift = dayOffset * DAY + shift;
    int n = tpl.stops.length;
    int[] arr = new int[n];
    int[] dep = new int[n];
    for (int i = 0; i < n; i++) {
      arr[i] = tpl.arrivals[i] + dayShift;
      dep[i] = tpl.departures[i] + dayShift;
    }
    out.add(new ScheduledTrip(tpl.trip, tpl.route, dayOffset, frequencyStart, tpl.firstRow, tpl.stops, arr, dep,
        tpl.boardable, tpl.alightable, tpl.estimated));
  }

  private record Template(Trip trip, Route route, int firstRow, int[] stops, int[] arrivals, int[] departures,
                          boolean[] boardable, boolean[] alightable, boolean[] estimated) {}

  private final Map<String, Template> templates = new HashMap<>();
  private final Map<String, Boolean> rejected = new HashMap<>();

  /** The trip's stops and completed times, computed once per trip (a trip can run on several of the 3 days). */
  private Template template(Trip trip, int tripIndex) {
    Template cached = templates.get(trip.id());
    if (cached != null || rejected.containsKey(trip.id())) {
      return cached;
    }
    Template tpl = buildTemplate(trip, tripIndex);
    if (tpl == null) {
      rejected.put(trip.id(), Boolean.TRUE);
    } else {
      templates.put(trip.id(), tpl);
    }
    return tpl;
  }

  private Template buildTemplate(Trip trip, int tripIndex) {
    Route route = index.route(trip.routeId());
    if (route == null) {
      stats.skippedUnknownRoute++;
      return null;
    }
    StopTimes st = feed.stopTimes();
    int first = st.firstRowOfTrip(tripIndex);
    int n = st.rowCountOfTrip(tripIndex);
    if (n < 2) {
      stats.skippedNoTimes++;
      return null;
    }
    int[] stops = new int[n];
    int[] arr = new int[n];
    int[] dep = new int[n];
    boolean[] board = new boolean[n];
    boolean[] alight = new boolean[n];
    double[] dist = new double[n];
    boolean shapeDist = true;
    for (int i = 0; i < n; i++) {
      int row = first + i;
      Integer s = stopIndex.get(st.stopId(row));
      if (s == null) {
        stats.skippedUnknownStop++;
        return null;
      }
      stops[i] = s;
      arr[i] = st.arrival(row);
      dep[i] = st.departure(row);
      board[i] = st.pickupType(row) != 1;
      alight[i] = st.dropOffType(row) != 1;
      double d = st.shapeDistTraveled(row);
      if (Double.isNaN(d) || (i > 0 && d < dist[i - 1])) {
        shapeDist = false;
      }
      dist[i] = d;
    }
    if (interpolation == Interpolation.STOPS) {
      for (int i = 0; i < n; i++) {
        dist[i] = i;
      }
    } else if (!shapeDist) {
      double cum = 0;
      Stop prev = null;
      for (int i = 0; i < n; i++) {
        Stop s = index.stop(st.stopId(first + i));
        if (prev != null) {
          cum += dev.loopline.gtfs.geo.Geo.distanceMeters(prev.lat(), prev.lon(), s.lat(), s.lon());
        }
        dist[i] = cum;
        prev = s;
      }
    }
    boolean[] estimated = new boolean[n];
    int clamped = StopTimeInterpolation.complete(arr, dep, dist, estimated);
    if (clamped < 0) {
      stats.skippedNoTimes++;
      return null;
    }
    stats.clampedTimes += clamped;
    for (boolean e : estimated) {
      if (e) {
        stats.interpolatedTimes++;
      }
    }
    return new Template(trip, route, first, stops, arr, dep, board, alight, estimated);
  }
}
