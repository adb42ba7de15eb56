package dev.loopline.planner.proposal;

import dev.loopline.gtfs.geo.Geo;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.osm.LatLon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An existing route of the unified feed as changes see it: its stop patterns (each distinct stop sequence of a
 * direction, with the path of every leg cut from the trips' shape) and its trips with a time at every stop. Changes
 * edit the patterns and the trips together; a route whose patterns or trips changed is written back as new trips
 * ({@link ChangeApplier}). Trips keep their service id, so calendars stay as the operator published them.
 */
final class RouteDraft {
  final Route route;
  final String agencyId;
  /** Distinct GTFS directions the route runs (1 for a loop or a one-way route, else 2). */
  final int directions;
  final List<Pattern> patterns = new ArrayList<>();
  final List<TripDraft> trips = new ArrayList<>();
  /** What the proposals did to the route, in order. */
  final List<String> applied = new ArrayList<>();
  boolean changed;
  /** Set when the route left the network: how ("withdrawn", "merged into X") and by which change (file, field). */
  String endedAs;
  String endedBy;

  /** One stop sequence of one direction, with the path of each leg. */
  static final class Pattern {
    final int direction;
    List<PlacedStop> stops;
    List<List<LatLon>> legs;
    /** The published shape (null when the trips have none). */
    String shapeId;
    /** True once the stops differ from the published ones (the pattern then needs a shape of its own). */
    boolean changed;

    Pattern(int direction, List<PlacedStop> stops, List<List<LatLon>> legs, String shapeId) {
      this.direction = direction;
      this.stops = new ArrayList<>(stops);
      this.legs = new ArrayList<>(legs);
      this.shapeId = shapeId;
    }

    int indexOf(String stopId) {
      for (int i = 0; i < stops.size(); i++) {
        if (stops.get(i).stopId().equals(stopId)) {
          return i;
        }
      }
      return -1;
    }

    /** New stops and legs: the published shape no longer fits. */
    void replace(List<PlacedStop> newStops, List<List<LatLon>> newLegs) {
      stops = new ArrayList<>(newStops);
      legs = new ArrayList<>(newLegs);
      shapeId = null;
      changed = true;
    }

    String describe() {
      return "direction " + direction + ": " + stops.get(0).stopId() + " ... " + stops.get(stops.size() - 1).stopId()
          + ", " + stops.size() + " stops";
    }
  }

  /** One trip: the published trip it came from (for its attributes), its service, pattern and times per stop. */
  static final class TripDraft {
    final Trip template;
    final String serviceId;
    int pattern;
    int[] arrivals;
    int[] departures;

    TripDraft(Trip template, String serviceId, int pattern, int[] arrivals, int[] departures) {
      this.template = template;
      this.serviceId = serviceId;
      this.pattern = pattern;
      this.arrivals = arrivals;
      this.departures = departures;
    }

    int start() {
      return departures[0];
    }

    int end() {
      return arrivals[arrivals.length - 1];
    }

    /** The same trip leaving its first stop at {@code start}. */
    TripDraft at(int start) {
      int shift = start - start();
      int[] a = arrivals.clone();
      int[] d = departures.clone();
      for (int i = 0; i < a.length; i++) {
        a[i] += shift;
        d[i] += shift;
      }
      return new TripDraft(template, serviceId, pattern, a, d);
    }
  }

  private RouteDraft(Route route, String agencyId, int directions) {
    this.route = route;
    this.agencyId = agencyId;
    this.directions = directions;
  }

  /**
   * Reads a route's trips from the feed. Stop times without a time (non-timepoints) are interpolated along the
   * straight-line distance between the neighbouring timed stops.
   *
   * @param routeTrips the route's trips
   * @param error builds the error for a route that cannot be read (a trip without times at its ends)
   */
  static RouteDraft of(FeedIndex index, Route route, List<Trip> routeTrips,
                       java.util.function.Function<String, ProposalException> error) {
    StopTimes st = index.feed().stopTimes();
    List<Trip> sorted = new ArrayList<>(routeTrips);
    sorted.sort(Comparator.comparing(Trip::id));
    Map<String, Integer> patternOf = new LinkedHashMap<>();
    Map<String, List<String>> patternStops = new LinkedHashMap<>();
    Map<String, String> patternShape = new LinkedHashMap<>();
    Map<String, Integer> patternDirection = new LinkedHashMap<>();
    Map<String, Integer> patternTrips = new LinkedHashMap<>();
    List<Object[]> read = new ArrayList<>();
    java.util.Set<Integer> dirs = new java.util.TreeSet<>();
    for (Trip t : sorted) {
      int ti = st.indexOfTrip(t.id());
      if (ti < 0) {
        continue;
      }
      int first = st.firstRowOfTrip(ti);
      int n = st.rowCountOfTrip(ti);
      if (n < 2) {
        continue;
      }
      List<String> stops = new ArrayList<>(n);
      int[] arr = new int[n];
      int[] dep = new int[n];
      for (int r = 0; r < n; r++) {
        stops.add(st.stopId(first + r));
        arr[r] = st.arrival(first + r) != StopTimes.MISSING ? st.arrival(first + r) : st.departure(first + r);
        dep[r] = st.departure(first + r) != StopTimes.MISSING ? st.departure(first + r) : st.arrival(first + r);
      }
      if (dep[0] == StopTimes.MISSING || arr[n - 1] == StopTimes.MISSING) {
        throw error.apply("trip '" + t.id() + "' of route '" + route.id() + "' has no time at its first or last "
            + "stop, so its times cannot be carried over");
      }
      interpolate(index, stops, arr, dep);
      int direction = t.directionId() == null ? 0 : t.directionId();
      dirs.add(direction);
      String key = direction + "|" + String.join(",", stops);
      patternStops.putIfAbsent(key, stops);
      patternDirection.putIfAbsent(key, direction);
      patternTrips.merge(key, 1, Integer::sum);
      if (t.shapeId() != null && !index.shape(t.shapeId()).isEmpty()) {
        patternShape.putIfAbsent(key, t.shapeId());
      }
      read.add(new Object[] {t, key, arr, dep});
    }
    RouteDraft d = new RouteDraft(route, route.agencyId(), Math.max(1, dirs.size()));
    // Patterns by direction, then the most trips first (the main pattern of each direction comes first).
    List<String> keys = new ArrayList<>(patternStops.keySet());
    keys.sort(Comparator.comparingInt((String k) -> patternDirection.get(k))
        .thenComparing(k -> -patternTrips.get(k)).thenComparing(k -> k));
    for (String k : keys) {
      List<PlacedStop> placed = new ArrayList<>();
      List<LatLon> points = new ArrayList<>();
      for (String id : patternStops.get(k)) {
        Stop s = index.stop(id);
        double lat = s != null && s.hasCoordinates() ? s.lat() : 0;
        double lon = s != null && s.hasCoordinates() ? s.lon() : 0;
        placed.add(new PlacedStop(id, s == null ? id : s.name(), lat, lon, false, null));
        points.add(new LatLon(lat, lon));
      }
      String shapeId = patternShape.get(k);
      List<LatLon> shape = new ArrayList<>();
      if (shapeId != null) {
        for (ShapePoint p : index.shape(shapeId)) {
          shape.add(new LatLon(p.lat(), p.lon()));
        }
      }
      patternOf.put(k, d.patterns.size());
      d.patterns.add(new Pattern(patternDirection.get(k), placed, ShapeCut.legs(shape, points), shapeId));
    }
    for (Object[] r : read) {
      Trip t = (Trip) r[0];
      d.trips.add(new TripDraft(t, t.serviceId(), patternOf.get((String) r[1]), (int[]) r[2], (int[]) r[3]));
    }
    return d;
  }

  /** Fills missing times in proportion to the straight-line distance between the timed stops around them. */
  private static void interpolate(FeedIndex index, List<String> stops, int[] arr, int[] dep) {
    int last = 0;
    for (int i = 1; i < stops.size(); i++) {
      if (arr[i] == StopTimes.MISSING) {
        continue;
      }
      if (i - last > 1) {
        double[] along = new double[i - last + 1];
        for (int k = last + 1; k <= i; k++) {
          along[k - last] = along[k - last - 1] + distance(index, stops.get(k - 1), stops.get(k));
        }
        double total = along[i - last];
        for (int k = last + 1; k < i; k++) {
          double share = total > 0 ? along[k - last] / total : (k - last) / (double) (i - last);
          int t = (int) Math.round(dep[last] + share * (arr[i] - dep[last]));
          arr[k] = t;
          dep[k] = t;
        }
      }
      last = i;
    }
  }

  private static double distance(FeedIndex index, String a, String b) {
    Stop x = index.stop(a);
    Stop y = index.stop(b);
    return x == null || y == null || !x.hasCoordinates() || !y.hasCoordinates() ? 0
        : Geo.distanceMeters(x.lat(), x.lon(), y.lat(), y.lon());
  }

  boolean ended() {
    return endedAs != null;
  }

  /** Patterns of a direction, the main (most trips) first; -1 when the route does not run that direction. */
  int mainPattern(int direction) {
    int best = -1;
    int most = -1;
    for (int p = 0; p < patterns.size(); p++) {
      if (patterns.get(p).direction != direction) {
        continue;
      }
      int n = 0;
      for (TripDraft t : trips) {
        if (t.pattern == p) {
          n++;
        }
      }
      if (n > most) {
        most = n;
        best = p;
      }
    }
    return best;
  }

  /** True when a pattern runs direction 0's way (as written), false when it runs back (direction 1). */
  boolean forward(Pattern p) {
    return p.direction == 0 || directions == 1;
  }

  /** Trips of a service and direction, by departure. */
  List<TripDraft> trips(String serviceId, int direction) {
    return trips.stream().filter(t -> t.serviceId.equals(serviceId) && patterns.get(t.pattern).direction == direction)
        .sorted(Comparator.comparingInt(TripDraft::start)).toList();
  }

  /** The route's trips' services, sorted. */
  List<String> serviceIds() {
    return trips.stream().map(t -> t.serviceId).distinct().sorted().toList();
  }

  /** The directions the route runs, sorted. */
  List<Integer> directionIds() {
    return patterns.stream().map(p -> p.direction).distinct().sorted().toList();
  }
}
