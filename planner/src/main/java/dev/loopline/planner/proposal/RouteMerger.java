package dev.loopline.planner.proposal;

import dev.loopline.gtfs.geo.Geo;
import dev.loopline.osm.LatLon;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Joins two routes that meet at a terminal into one through line: the first route's stops up to the meeting
 * terminal, then the second's from it (both directions, each built from the routes' own patterns of that way).
 * Legs keep their published paths and running times (the median over the route's trips, taken out of the hour
 * factor of the trip so the through line's timetable can put it back); when the two terminals are different stops
 * the link between them is routed like a new leg. The through line gets a timetable and vehicle blocks like any new
 * line ({@link Timetabler}).
 */
final class RouteMerger {
  /** Terminals at most this far apart meet (a short walk at a border, or the same stop). */
  static final double MEET_METERS = 400;

  private RouteMerger() {}

  /** Which terminals meet: {@code firstAtEnd} is true when the first route meets at its last stop (direction 0). */
  record Meeting(boolean firstAtEnd, boolean secondAtStart, String firstStop, String secondStop, double meters) {}

  static Meeting meeting(RouteDraft a, RouteDraft b, String field, BiFunction<String, String, ProposalException> error) {
    RouteDraft.Pattern pa = a.patterns.get(a.mainPattern(a.directionIds().get(0)));
    RouteDraft.Pattern pb = b.patterns.get(b.mainPattern(b.directionIds().get(0)));
    if (a.directions == 1 || b.directions == 1) {
      RouteDraft one = a.directions == 1 ? a : b;
      throw error.apply(field, "route '" + one.route.id() + "' runs one way only (a loop); only routes with two "
          + "directions can be joined end to end");
    }
    Meeting best = null;
    for (boolean aEnd : new boolean[] {true, false}) {
      for (boolean bStart : new boolean[] {true, false}) {
        PlacedStop x = aEnd ? pa.stops.get(pa.stops.size() - 1) : pa.stops.get(0);
        PlacedStop y = bStart ? pb.stops.get(0) : pb.stops.get(pb.stops.size() - 1);
        double m = x.stopId().equals(y.stopId()) ? 0 : Geo.distanceMeters(x.lat(), x.lon(), y.lat(), y.lon());
        if (best == null || m < best.meters() - 1e-9) {
          best = new Meeting(aEnd, bStart, x.stopId(), y.stopId(), m);
        }
      }
    }
    if (best.meters() > MEET_METERS) {
      throw error.apply(field, String.format(java.util.Locale.ROOT, "routes '%s' and '%s' do not meet: their "
              + "nearest terminals, %s and %s, are %.1f km apart; a merge joins routes whose terminals are the same "
              + "stop or at most %.0f m apart", a.route.id(), b.route.id(), best.firstStop(), best.secondStop(),
          best.meters() / 1000, MEET_METERS));
    }
    return best;
  }

  /**
   * The through line.
   *
   * @param resolve the line as a resolved proposal (id, names, operator, service) given its direction-0 stops
   */
  static SimulatedLine merge(RouteDraft a, RouteDraft b, Meeting m,
                             Function<List<PlacedStop>, ResolvedProposal> resolve, NewLegs legs,
                             BiFunction<String, String, ProposalException> error, String field) {
    List<LineDirection> dirs = new ArrayList<>();
    for (int dir = 0; dir < 2; dir++) {
      // Direction 0 runs first route → meeting → second route; direction 1 the other way.
      Part first = dir == 0 ? part(a, m.firstStop(), false, legs) : part(b, m.secondStop(), false, legs);
      Part second = dir == 0 ? part(b, m.secondStop(), true, legs) : part(a, m.firstStop(), true, legs);
      List<PlacedStop> stops = new ArrayList<>(first.stops());
      List<LatLon> geometry = new ArrayList<>();
      List<LineDirection.Leg> dirLegs = new ArrayList<>();
      for (int k = 0; k < first.legs().size(); k++) {
        geometry.addAll(k == 0 ? first.paths().get(k) : first.paths().get(k).subList(1, first.paths().get(k).size()));
        dirLegs.add(first.legs().get(k));
      }
      PlacedStop end = first.stops().get(first.stops().size() - 1);
      PlacedStop start = second.stops().get(0);
      // The meeting terminal becomes an intermediate stop: the bus stands there as at any other stop (stop time is
      // folded into the leg that arrives there).
      int dwell = legs.dwellSeconds();
      LineDirection.Leg before = dirLegs.get(dirLegs.size() - 1);
      dirLegs.set(dirLegs.size() - 1, new LineDirection.Leg(before.meters(), before.seconds() + dwell));
      if (!end.stopId().equals(start.stopId())) {
        NewLegs.Leg link = legs.route(List.of(end, start), (f, why) -> error.apply(field, why)).get(0);
        dirLegs.add(new LineDirection.Leg(link.meters(), link.baseSeconds() + dwell));
        geometry.addAll(link.path().subList(1, link.path().size()));
        stops.add(start);
      }
      for (int k = 0; k < second.legs().size(); k++) {
        geometry.addAll(second.paths().get(k).subList(1, second.paths().get(k).size()));
        dirLegs.add(second.legs().get(k));
        stops.add(second.stops().get(k + 1));
      }
      dirs.add(new LineDirection(dir, stops, geometry, dirLegs, 0));
    }
    ResolvedProposal line = resolve.apply(dirs.get(0).stops());
    double[] running = dirs.stream().mapToDouble(LineDirection::runningSeconds).toArray();
    LineSchedule schedule = Timetabler.build(running, line.proposal().layover(), line.proposal().service().periods(),
        legs::factor, Timetabler.Returns.OFFSET);
    return new SimulatedLine(line, dirs, schedule, RunningTimes.OWN_TIMETABLE, List.of());
  }

  /** One route's share of a through direction: its stops, leg paths and base leg times (stop time included). */
  private record Part(List<PlacedStop> stops, List<List<LatLon>> paths, List<LineDirection.Leg> legs) {}

  /**
   * The route's main pattern that starts ({@code starting}) or ends at the meeting stop, with base leg times; the
   * other direction's main pattern reversed when no pattern runs that way.
   */
  private static Part part(RouteDraft d, String meet, boolean starting, NewLegs time) {
    for (int dir : d.directionIds()) {
      int pi = d.mainPattern(dir);
      RouteDraft.Pattern p = d.patterns.get(pi);
      String at = starting ? p.stops.get(0).stopId() : p.stops.get(p.stops.size() - 1).stopId();
      if (at.equals(meet)) {
        return new Part(p.stops, p.legs, baseLegs(d, pi, time));
      }
    }
    int pi = d.mainPattern(d.directionIds().get(0));
    RouteDraft.Pattern p = d.patterns.get(pi);
    List<PlacedStop> stops = new ArrayList<>(p.stops);
    Collections.reverse(stops);
    List<List<LatLon>> paths = new ArrayList<>();
    for (List<LatLon> leg : p.legs) {
      List<LatLon> r = new ArrayList<>(leg);
      Collections.reverse(r);
      paths.add(0, r);
    }
    List<LineDirection.Leg> legs = new ArrayList<>(baseLegs(d, pi, time));
    Collections.reverse(legs);
    return new Part(stops, paths, legs);
  }

  /**
   * Per leg, the path length and the median over the pattern's trips of the time from departing one stop to
   * departing the next (to arriving, for the last leg), divided by the hour factor of the trip's departure: stop
   * time folded into the legs.
   */
  private static List<LineDirection.Leg> baseLegs(RouteDraft d, int pi, NewLegs time) {
    RouteDraft.Pattern p = d.patterns.get(pi);
    List<RouteDraft.TripDraft> trips = d.trips.stream().filter(t -> t.pattern == pi).toList();
    List<LineDirection.Leg> out = new ArrayList<>();
    for (int k = 0; k < p.legs.size(); k++) {
      double[] s = new double[trips.size()];
      for (int i = 0; i < trips.size(); i++) {
        RouteDraft.TripDraft t = trips.get(i);
        int next = k + 1 == p.legs.size() ? t.arrivals[k + 1] : t.departures[k + 1];
        s[i] = (next - t.departures[k]) / time.factor(t.start());
      }
      Arrays.sort(s);
      double median = s.length == 0 ? 0
          : s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
      out.add(new LineDirection.Leg(LatLon.pathMeters(p.legs.get(k)), Math.max(1, median)));
    }
    return out;
  }

  /**
   * The timetable of the busier route's busiest service (most direction-0 departures), one period per run of hours
   * at the same headway: hour by hour, the departures in the hour give the headway (whole minutes); from its first
   * departure to just after its last.
   */
  static ServicePlan derivedService(RouteDraft a, RouteDraft b, Function<String, Set<DayOfWeek>> weekdays) {
    RouteDraft busiest = null;
    String service = null;
    int most = -1;
    for (RouteDraft d : List.of(a, b)) {
      for (String s : d.serviceIds()) {
        int n = d.trips(s, d.directionIds().get(0)).size();
        if (n > most) {
          most = n;
          busiest = d;
          service = s;
        }
      }
    }
    List<Integer> deps = busiest.trips(service, busiest.directionIds().get(0)).stream()
        .map(RouteDraft.TripDraft::start).toList();
    TreeMap<Integer, Integer> perHour = new TreeMap<>();
    for (int t : deps) {
      perHour.merge(t / 3600, 1, Integer::sum);
    }
    int first = deps.get(0);
    int last = deps.get(deps.size() - 1);
    List<ServicePeriod> periods = new ArrayList<>();
    for (Map.Entry<Integer, Integer> e : perHour.entrySet()) {
      int h = Math.max(60, (int) Math.round(60.0 / e.getValue()) * 60);
      int from = Math.max(first, e.getKey() * 3600);
      int to = Math.min(last + 1, (e.getKey() + 1) * 3600);
      if (to <= from) {
        continue;
      }
      ServicePeriod prev = periods.isEmpty() ? null : periods.get(periods.size() - 1);
      if (prev != null && prev.headwaySeconds() == h && prev.toSeconds() == from) {
        periods.set(periods.size() - 1, new ServicePeriod(prev.fromSeconds(), to, h));
      } else {
        periods.add(new ServicePeriod(from, to, h));
      }
    }
    Set<DayOfWeek> days = weekdays.apply(service);
    return new ServicePlan(days.isEmpty() ? Set.of(DayOfWeek.values()) : days, periods);
  }

  /** A plain fare placeholder when the merge names none (the scores use the network's default fare). */
  static double fare(OptionalDouble fare) {
    return fare.orElse(0);
  }
}
