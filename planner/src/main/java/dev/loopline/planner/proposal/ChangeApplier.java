package dev.loopline.planner.proposal;

import dev.loopline.gtfs.model.CalendarDate;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.Frequency;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.ServiceCalendar;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.osm.BusRoute;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Applies proposals — lists of changes — to the unified feed, in order, and gives the scenario: the changed feed,
 * the lines it adds and what happened to every route it touched. New lines are checked and simulated as
 * {@code evaluate} always did ({@link ProposalResolver}, {@link LineSimulator}); changes to existing routes edit the
 * route's patterns and trips ({@link TimetableEdits}, {@link PathEdits}, {@link RouteMerger}) and the route is written
 * back with its trips regenerated: new trip ids, vehicle blocks chained by {@link BlockChainer} (block_id), new
 * shapes where the stops changed. Every mistake is a {@link ProposalException} naming the proposal's file, the line
 * and the field: an unknown route id, a stop that is not on the route, routes that do not meet, a route changed
 * after an earlier change withdrew it.
 */
public final class ChangeApplier {
  private final Feed baseline;
  private final FeedIndex index;
  private final Function<List<LatLon>, BusRoute> router;
  private final Function<LatLon, Snap> busSnap;
  private final SimulationSettings settings;
  private final RunningTimeModel model;
  private final NewLegs legs;
  private final Map<String, List<Trip>> tripsByRoute = new HashMap<>();
  private final Set<String> frequencyTrips = new HashSet<>();
  private final Map<String, Set<DayOfWeek>> weekdays = new HashMap<>();

  /**
   * @param busSnap a point to its snap on bus roads, to check new stops; null skips that check
   * @param model running times calibrated on the network's bus trips; null for the traffic factor and dwell
   */
  public ChangeApplier(Feed baseline, FeedIndex index, Function<List<LatLon>, BusRoute> router,
                       Function<LatLon, Snap> busSnap, SimulationSettings settings, RunningTimeModel model) {
    this.baseline = baseline;
    this.index = index;
    this.router = router;
    this.busSnap = busSnap;
    this.settings = settings;
    this.model = model;
    this.legs = new NewLegs(router, settings, model);
    for (Trip t : baseline.trips()) {
      tripsByRoute.computeIfAbsent(t.routeId(), k -> new ArrayList<>()).add(t);
    }
    for (Frequency f : baseline.frequencies()) {
      frequencyTrips.add(f.tripId());
    }
    for (ServiceCalendar c : baseline.calendars()) {
      Set<DayOfWeek> days = weekdays.computeIfAbsent(c.serviceId(), k -> EnumSet.noneOf(DayOfWeek.class));
      for (DayOfWeek d : DayOfWeek.values()) {
        if ((c.days() & (1 << (d.getValue() - 1))) != 0) {
          days.add(d);
        }
      }
    }
    for (CalendarDate cd : baseline.calendarDates()) {
      if (cd.exceptionType() == 1) {
        weekdays.computeIfAbsent(cd.serviceId(), k -> EnumSet.noneOf(DayOfWeek.class)).add(cd.date().getDayOfWeek());
      }
    }
  }

  /**
   * Applies the proposals' changes in order (a package: each proposal after the ones before it).
   *
   * @param serviceDate a date the added lines' calendars must cover (the evaluation date)
   * @throws ProposalException naming the file, line and field of the first change that cannot be applied
   */
  public AppliedScenario apply(List<NetworkProposal> proposals, LocalDate serviceDate) {
    Map<String, RouteDraft> drafts = new TreeMap<>();
    List<SimulatedLine> lines = new ArrayList<>();
    Map<String, String> lineSources = new HashMap<>();
    List<RouteOutcome> added = new ArrayList<>();
    Map<String, Double> fares = new TreeMap<>();
    List<String> warnings = new ArrayList<>();
    Map<String, PlacedStop> newStops = new TreeMap<>();
    for (NetworkProposal p : proposals) {
      BiFunction<String, String, ProposalException> error = p::error;
      for (int ci = 0; ci < p.changes().size(); ci++) {
        Change c = p.changes().get(ci);
        String where = p.source() + (c.field().isEmpty() ? "" : " " + c.field());
        switch (c) {
          case Change.AddLine a -> {
            SimulatedLine line = addLine(a.line(), lineSources, where);
            lines.add(line);
            fares.put(ScenarioBuilder.routeId(line.id()), a.line().fare());
            added.add(newLine(line, "new line", where));
            warnings.addAll(line.warnings());
          }
          case Change.Replace r -> {
            RouteDraft d = draft(drafts, r.routeId(), p, c.field() + ".route", Set.of());
            SimulatedLine line = addLine(r.line(), lineSources, where);
            end(d, "replaced by " + line.id(), where, c.describe());
            lines.add(line);
            fares.put(ScenarioBuilder.routeId(line.id()), r.line().fare());
            added.add(newLine(line, "replaces " + d.route.id(), where));
            warnings.addAll(line.warnings());
          }
          case Change.Withdraw w -> end(draft(drafts, w.routeId(), p, c.field() + ".route", Set.of()), "withdrawn",
              where, c.describe());
          case Change.Headway h -> TimetableEdits.headway(draft(drafts, h.routeId(), p, c.field() + ".route",
              Set.of()), h, this::weekdays, error);
          case Change.Span s -> TimetableEdits.span(draft(drafts, s.routeId(), p, c.field() + ".route", Set.of()), s,
              this::weekdays, error);
          case Change.Truncate t -> PathEdits.truncate(draft(drafts, t.routeId(), p, c.field() + ".route",
              Set.of()), t, error);
          case Change.Extend e -> {
            RouteDraft d = draft(drafts, e.routeId(), p, c.field() + ".route", Set.of("bus"));
            List<PlacedStop> placed = place(e.stops(), p, ci);
            placed.stream().filter(PlacedStop::isNew).forEach(s -> newStops.put(s.stopId(), s));
            PathEdits.extend(d, e, placed, legs, error);
          }
          case Change.Reroute r -> {
            RouteDraft d = draft(drafts, r.routeId(), p, c.field() + ".route", Set.of("bus"));
            List<PlacedStop> placed = place(r.via(), p, ci);
            placed.stream().filter(PlacedStop::isNew).forEach(s -> newStops.put(s.stopId(), s));
            PathEdits.reroute(d, r, placed, legs, error);
          }
          case Change.Merge m -> {
            RouteDraft a = draft(drafts, m.first(), p, c.field() + ".routes[0]", Set.of("bus"));
            RouteDraft b = draft(drafts, m.second(), p, c.field() + ".routes[1]", Set.of("bus"));
            SimulatedLine line = merge(a, b, m, p, lineSources, where, warnings);
            end(a, "merged into " + m.id(), where, c.describe());
            end(b, "merged into " + m.id(), where, c.describe());
            lines.add(line);
            m.fare().ifPresent(f -> fares.put(ScenarioBuilder.routeId(m.id()), f));
            added.add(newLine(line, "through line of " + m.first() + " and " + m.second(), where));
          }
        }
      }
    }
    List<RouteRewrite> rewrites = new ArrayList<>();
    Set<String> withdrawn = new TreeSet<>();
    List<RouteOutcome> outcomes = new ArrayList<>();
    Set<String> usedStops = new HashSet<>();
    for (RouteDraft d : drafts.values()) {
      String name = d.route.shortName() != null ? d.route.shortName() + (d.route.longName() == null ? ""
          : " " + d.route.longName()) : d.route.longName();
      if (d.ended()) {
        withdrawn.add(d.route.id());
        RouteOutcome.Kind kind = d.endedAs.startsWith("merged") ? RouteOutcome.Kind.MERGED
            : d.endedAs.startsWith("replaced") ? RouteOutcome.Kind.REPLACED : RouteOutcome.Kind.WITHDRAWN;
        String became = kind == RouteOutcome.Kind.WITHDRAWN ? null
            : ScenarioBuilder.routeId(d.endedAs.substring(d.endedAs.lastIndexOf(' ') + 1));
        outcomes.add(new RouteOutcome(d.route.id(), name, d.agencyId, kind, became, d.applied, d.endedBy));
      } else if (d.changed) {
        rewrites.add(rewrite(d));
        d.patterns.forEach(pt -> pt.stops.forEach(s -> usedStops.add(s.stopId())));
        outcomes.add(new RouteOutcome(d.route.id(), name, d.agencyId, RouteOutcome.Kind.CHANGED, null, d.applied,
            d.endedBy));
      }
    }
    outcomes.addAll(added);
    List<PlacedStop> stops = newStops.values().stream().filter(s -> usedStops.contains(s.stopId())).toList();
    Feed feed = ScenarioBuilder.build(baseline, lines, rewrites, withdrawn, stops, serviceDate);
    return new AppliedScenario(feed, lines, outcomes, fares, warnings);
  }

  private SimulatedLine addLine(Proposal p, Map<String, String> lineSources, String where) {
    String before = lineSources.putIfAbsent(p.id(), where);
    if (before != null) {
      throw p.error("id", "'" + p.id() + "' is also the id of a line added by " + before + "; line ids must differ");
    }
    ResolvedProposal resolved = ProposalResolver.resolve(p, index, busSnap);
    return LineSimulator.simulate(resolved, router, settings, model);
  }

  private static RouteOutcome newLine(SimulatedLine line, String what, String where) {
    return new RouteOutcome(ScenarioBuilder.routeId(line.id()), line.proposal().displayName(),
        line.resolved().agencyId(), RouteOutcome.Kind.NEW, null, List.of(what), where);
  }

  private static void end(RouteDraft d, String how, String where, String description) {
    d.endedAs = how;
    d.endedBy = where;
    d.applied.add(description);
  }

  /**
   * The draft of an existing route, read from the feed the first time a change names it.
   *
   * @param kinds "bus" when the change needs a bus route (it routes new legs on bus roads)
   */
  private RouteDraft draft(Map<String, RouteDraft> drafts, String routeId, NetworkProposal p, String field,
                           Set<String> kinds) {
    RouteDraft d = drafts.get(routeId);
    if (d != null) {
      if (d.ended()) {
        throw p.error(field, "route '" + routeId + "' was already " + d.endedAs + " by " + d.endedBy
            + "; it cannot be changed after that");
      }
      return d;
    }
    Route route = index.route(routeId);
    if (route == null) {
      throw p.error(field, "unknown route id '" + routeId + "'" + routeHint(routeId));
    }
    if (kinds.contains("bus") && route.type() != Route.BUS && (route.type() < 700 || route.type() > 799)) {
      throw p.error(field, "route '" + routeId + "' is not a bus route (route_type " + route.type() + "); only bus "
          + "routes can be extended, rerouted or merged on the streets");
    }
    List<Trip> trips = tripsByRoute.getOrDefault(routeId, List.of());
    if (trips.isEmpty()) {
      throw p.error(field, "route '" + routeId + "' has no trips in the network's feed");
    }
    if (trips.stream().anyMatch(t -> frequencyTrips.contains(t.id()))) {
      throw p.error(field, "route '" + routeId + "' runs by frequencies.txt; only 'withdraw' can change such a "
          + "route here");
    }
    d = RouteDraft.of(index, route, trips, problem -> p.error(field, problem));
    if (d.trips.isEmpty()) {
      throw p.error(field, "route '" + routeId + "' has no trip with stop times in the network's feed");
    }
    drafts.put(routeId, d);
    return d;
  }

  private String routeHint(String id) {
    int colon = id.indexOf(':');
    boolean namespaced = baseline.routes().stream().anyMatch(r -> r.id().contains(":"));
    String ns = colon < 0 ? "" : id.substring(0, colon + 1);
    List<String> some = baseline.routes().stream().map(Route::id).filter(r -> r.startsWith(ns)).sorted().limit(8)
        .toList();
    if (colon < 0 && namespaced) {
      return " (route ids in the unified feed are namespaced by feed, e.g. '" + baseline.routes().stream()
          .map(Route::id).filter(r -> r.contains(":")).sorted().findFirst().orElse("beibei:7") + "')";
    }
    if (some.isEmpty()) {
      return " (no route id starts with '" + ns + "')";
    }
    return " (" + (ns.isEmpty() ? "route ids of the network" : "routes of '" + ns + "'") + " include "
        + String.join(", ", some) + (some.size() == 8 ? ", ..." : "") + ")";
  }

  /** The stops a change lists, checked against the feed; new ones get ids {@code <proposal>:stop-<change>-<n>}. */
  private List<PlacedStop> place(List<ProposalStop> stops, NetworkProposal p, int change) {
    List<PlacedStop> out = new ArrayList<>();
    for (int i = 0; i < stops.size(); i++) {
      ProposalStop s = stops.get(i);
      if (s instanceof ProposalStop.Existing e) {
        Stop stop = index.stop(e.stopId());
        if (stop == null) {
          throw p.error(e.field() + ".stop", "unknown stop id '" + e.stopId() + "'");
        }
        if (!stop.isBoardable() || !stop.hasCoordinates()) {
          throw p.error(e.field() + ".stop", "'" + e.stopId() + "' is a station or entrance, not a stop a bus can "
              + "serve; name one of its platforms or stops");
        }
        out.add(new PlacedStop(stop.id(), stop.name(), stop.lat(), stop.lon(), false, e.field()));
      } else if (s instanceof ProposalStop.New n) {
        if (baseline.stops().stream().anyMatch(x -> x.id().startsWith(p.id() + ":"))) {
          throw p.error("id", "'" + p.id() + "' is already used as an id namespace in the network; choose another id");
        }
        if (busSnap != null) {
          Snap snap = busSnap.apply(new LatLon(n.lat(), n.lon()));
          if (!snap.ok()) {
            throw p.error(n.field() + ".new", "new stop '" + n.name() + "' is off the street network: "
                + snap.failureReason());
          }
        }
        out.add(new PlacedStop(p.id() + ":stop-" + change + "-" + i, n.name(), n.lat(), n.lon(), true, n.field(),
            n.nameEn()));
      }
    }
    return out;
  }

  private SimulatedLine merge(RouteDraft a, RouteDraft b, Change.Merge m, NetworkProposal p,
                              Map<String, String> lineSources, String where, List<String> warnings) {
    BiFunction<String, String, ProposalException> error = p::error;
    RouteMerger.Meeting meeting = RouteMerger.meeting(a, b, m.field() + ".routes", error);
    ServicePlan service = m.service();
    if (service == null) {
      service = RouteMerger.derivedService(a, b, this::weekdays);
      warnings.add(m.id() + ": no service given, so the through line runs the timetable of the busier route ("
          + service.periods().size() + " periods, " + service.days().size() + " days a week); give 'service' to "
          + "set it");
    }
    String before = lineSources.putIfAbsent(m.id(), where);
    if (before != null) {
      throw p.error(m.field() + ".id", "'" + m.id() + "' is also the id of a line added by " + before
          + "; line ids must differ");
    }
    String operator = m.operator() != null ? m.operator() : a.agencyId;
    ServicePlan plan = service;
    String field = m.field();
    Function<List<PlacedStop>, ResolvedProposal> resolve = stops -> {
      List<ProposalStop> written = stops.stream()
          .map(s -> (ProposalStop) new ProposalStop.Existing(s.stopId(), field + ".routes")).toList();
      Proposal line = new Proposal(m.id(), m.name(), m.nameEn(), operator, false, written, plan,
          new Vehicle("12m", 80), RouteMerger.fare(m.fare()), java.util.OptionalDouble.empty(), Layover.DEFAULT,
          p.source(), p.lines().nested(field));
      return ProposalResolver.resolve(line, index, (Function<LatLon, Snap>) null);
    };
    return RouteMerger.merge(a, b, meeting, resolve, legs, error, m.field() + ".routes");
  }

  /** The days of the week a service runs (from calendar.txt and the dates calendar_dates.txt adds). */
  private Set<DayOfWeek> weekdays(String serviceId) {
    return weekdays.getOrDefault(serviceId, Set.of());
  }

  /**
   * The route's trips for the scenario's feed: new ids ({@code <route>~<service>~<direction>-<HHMMSS>}), vehicle
   * blocks per service ({@code <route>~<service>~block-NN}) chained with the layover a published trip gets
   * ({@link Layover#turnSeconds}), and shapes for patterns whose stops changed ({@code <route>~shape-<n>}).
   */
  private static RouteRewrite rewrite(RouteDraft d) {
    String route = d.route.id();
    Map<String, List<LatLon>> shapes = new LinkedHashMap<>();
    String[] shapeOf = new String[d.patterns.size()];
    double[][] distances = new double[d.patterns.size()][];
    for (int i = 0; i < d.patterns.size(); i++) {
      RouteDraft.Pattern p = d.patterns.get(i);
      if (!p.changed) {
        shapeOf[i] = p.shapeId;
        continue;
      }
      shapeOf[i] = route + "~shape-" + (i + 1);
      List<LatLon> points = new ArrayList<>();
      double[] along = new double[p.stops.size()];
      for (int k = 0; k < p.legs.size(); k++) {
        List<LatLon> leg = p.legs.get(k);
        points.addAll(k == 0 ? leg : leg.subList(1, leg.size()));
        along[k + 1] = along[k] + LatLon.pathMeters(leg);
      }
      shapes.put(shapeOf[i], points);
      distances[i] = along;
    }
    List<RouteDraft.TripDraft> trips = new ArrayList<>(d.trips);
    trips.sort(java.util.Comparator.comparing((RouteDraft.TripDraft t) -> t.serviceId)
        .thenComparingInt(t -> d.patterns.get(t.pattern).direction).thenComparingInt(RouteDraft.TripDraft::start)
        .thenComparingInt(t -> t.pattern));
    // Blocks per service, places of terminals numbered in a fixed order.
    BlockChainer.Places places = new BlockChainer.Places();
    Map<String, List<Integer>> byService = new TreeMap<>();
    for (int i = 0; i < trips.size(); i++) {
      byService.computeIfAbsent(trips.get(i).serviceId, k -> new ArrayList<>()).add(i);
    }
    String[] blockOf = new String[trips.size()];
    for (Map.Entry<String, List<Integer>> e : byService.entrySet()) {
      List<BlockChainer.Run> runs = new ArrayList<>();
      for (int i : e.getValue()) {
        RouteDraft.TripDraft t = trips.get(i);
        List<PlacedStop> stops = d.patterns.get(t.pattern).stops;
        PlacedStop first = stops.get(0);
        PlacedStop last = stops.get(stops.size() - 1);
        runs.add(new BlockChainer.Run(places.of(first.stopId(), first.lat(), first.lon()),
            places.of(last.stopId(), last.lat(), last.lon()), t.start(), t.end(),
            Layover.DEFAULT.turnSeconds(t.end() - t.start(), d.directions)));
      }
      int[] blocks = BlockChainer.chain(runs);
      for (int k = 0; k < blocks.length; k++) {
        blockOf[e.getValue().get(k)] = String.format(Locale.ROOT, "%s~%s~block-%02d", route, e.getKey(),
            blocks[k] + 1);
      }
    }
    List<RouteRewrite.TripTimes> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < trips.size(); i++) {
      RouteDraft.TripDraft t = trips.get(i);
      RouteDraft.Pattern p = d.patterns.get(t.pattern);
      int s = t.start();
      String base = String.format(Locale.ROOT, "%s~%s~%d-%02d%02d%02d", route, t.serviceId, p.direction, s / 3600,
          (s / 60) % 60, s % 60);
      String id = base;
      for (int k = 2; !ids.add(id); k++) {
        id = base + "-" + k;
      }
      Trip tpl = t.template;
      String headsign = !p.changed ? tpl.headsign() : p.stops.get(p.stops.size() - 1).name();
      Trip trip = new Trip(route, t.serviceId, id, headsign, tpl.shortName(), tpl.directionId(), blockOf[i],
          shapeOf[t.pattern], tpl.wheelchairAccessible(), tpl.bikesAllowed(), tpl.extras());
      out.add(new RouteRewrite.TripTimes(trip, p.stops.stream().map(PlacedStop::stopId).toList(), t.arrivals,
          t.departures, distances[t.pattern]));
    }
    return new RouteRewrite(route, shapes, out);
  }
}
