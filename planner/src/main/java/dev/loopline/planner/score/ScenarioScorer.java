package dev.loopline.planner.score;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.proposal.AppliedScenario;
import dev.loopline.planner.proposal.ChangeApplier;
import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.planner.proposal.PlacedStop;
import dev.loopline.planner.proposal.RouteOutcome;
import dev.loopline.planner.proposal.ScenarioBuilder;
import dev.loopline.planner.proposal.SimulatedLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores scenarios: the baseline with proposals' changes applied ({@link ChangeApplier}), one proposal alone or a
 * package together, against the baseline an {@link Evaluator} computed once. Coverage and loops are recomputed on
 * the scenario's feed (walk catchments are cached per stop, so only new stops walk); accessibility searches again
 * the origins that reach, in the baseline, a stop of a route the scenario adds, changes or removes; each
 * touched route is costed before and after ({@link RouteMeter} for existing routes in both feeds,
 * {@link Evaluator#lineCost} for added lines, as proposals are costed), and the differences are summed per district.
 */
public final class ScenarioScorer {
  private final Evaluator ev;
  private final ChangeApplier applier;
  private RouteMeter baselineMeter;
  private Set<String> baselineServed;

  public ScenarioScorer(Evaluator evaluator) {
    this.ev = evaluator;
    ScoringContext ctx = evaluator.context();
    this.applier = new ChangeApplier(ctx.baseline(), evaluator.baselineIndex(), ctx.busRouter(), ctx.busSnap(),
        evaluator.simulation(), evaluator.runningTimes());
  }

  /** The evaluator this scores against. */
  Evaluator evaluator() {
    return ev;
  }

  /**
   * Applies the proposals (in order) to the baseline without scoring: what {@code export} needs.
   *
   * @throws dev.loopline.planner.proposal.ProposalException naming the file, line and field of a change that
   *     cannot be applied
   */
  public AppliedScenario apply(List<NetworkProposal> proposals) {
    return applier.apply(proposals, ev.context().date());
  }

  /**
   * Applies and scores one scenario.
   *
   * @param id the scenario's id (a proposal id, or a package name)
   * @param name the name reports show
   */
  public ScenarioScore score(String id, String name, List<NetworkProposal> proposals, ProgressListener progress) {
    ScoringContext ctx = ev.context();
    BaselineScore base = ev.baseline(progress);
    AppliedScenario applied = apply(proposals);
    Feed scenario = applied.feed();
    CoverageCalculator coverage = ev.coverage();
    // Coverage: the scenario's stops, as served there.
    List<StopPoint> scenarioStops = StopPoint.of(scenario);
    CoverageState state = coverage.state(scenarioStops);
    CoverageState before = ev.baselineState();
    NewlyCovered gained = coverage.newlyCovered(before, state);
    NewlyCovered lost = coverage.newlyCovered(state, before);
    Set<String> servedNow = new TreeSet<>();
    scenarioStops.forEach(s -> servedNow.add(s.stopId()));
    List<String> stopsLosingService = baselineServed().stream().filter(s -> !servedNow.contains(s)).toList();
    // Stops of the lines the scenario adds, and of the routes it changes (for accessibility and loops).
    Map<String, StopPoint> lineStops = new TreeMap<>();
    for (SimulatedLine line : applied.newLines()) {
      for (PlacedStop s : line.resolved().stops()) {
        lineStops.putIfAbsent(s.stopId(), new StopPoint(s.stopId(), s.lat(), s.lon(), true, false));
      }
    }
    FeedIndex scenarioIndex = new FeedIndex(scenario);
    Set<String> touchedStops = new LinkedHashSet<>(lineStops.keySet());
    Set<String> changed = new TreeSet<>();
    applied.routes().stream().filter(r -> r.kind() == RouteOutcome.Kind.CHANGED).forEach(r -> changed.add(r.routeId()));
    touchedStops.addAll(stopsOf(scenarioIndex, changed));
    // Accessibility must also look again wherever a route ran before the change.
    Set<String> accessStops = new TreeSet<>(touchedStops);
    accessStops.addAll(stopsOf(ev.baselineIndex(), new TreeSet<>(applied.touchedBaselineRoutes())));
    List<StopPoint> accessPoints = new ArrayList<>();
    for (String stopId : accessStops) {
      var stop = scenarioIndex.stop(stopId) != null ? scenarioIndex.stop(stopId) : ev.baselineIndex().stop(stopId);
      if (stop != null && stop.hasCoordinates()) {
        accessPoints.add(new StopPoint(stopId, stop.lat(), stop.lon(), true, false));
      }
    }
    // Accessibility.
    Accessibility acc = null;
    double[] jobsChange = null;
    Map<String, Double> accByDistrict = new TreeMap<>();
    Double meanChange = null;
    if (ev.accessibilityCalculator() != null && base.accessibility() != null) {
      acc = ev.scenarioAccessibility(scenario, accessPoints, progress, id);
      int cutoff = ev.accessibilityCalculator().settings().headlineCutoff();
      int h = acc.cutoffIndex(cutoff);
      double[] after = acc.jobsReachable()[h];
      double[] was = base.accessibility().jobsReachable()[h];
      jobsChange = new double[after.length];
      for (int c = 0; c < ctx.cells().size(); c++) {
        jobsChange[c] = after[c] - was[c];
        GridCell cell = ctx.cells().get(c);
        if (cell.population() > 0 && cell.districtId() != null) {
          accByDistrict.merge(cell.districtId(), cell.population() * jobsChange[c], Double::sum);
        }
      }
      meanChange = acc.area(Coverage.REGION).meanJobs().get(cutoff)
          - base.accessibility().area(Coverage.REGION).meanJobs().get(cutoff);
    }
    // Loops on the scenario's stop graph; those closed by the lines it adds or changes.
    StopGraph graph = StopGraph.build(StopPatterns.of(scenario), scenarioIndex::stop, ctx.districts(),
        StopGraph.DEFAULT_MERGE_METERS);
    List<ClosedLoop> loops = closedLoops(graph, scenarioIndex, applied.newLines(), changed);
    // Costs of every touched route, before and after.
    RouteMeter after = new RouteMeter(scenario, ctx.date(), ctx.lengths(), ev.costs(), coverage, ev.homeDistricts(),
        ctx.districts());
    double fare = ev.costs().defaultFare();
    Map<String, SimulatedLine> linesByRoute = new HashMap<>();
    applied.newLines().forEach(l -> linesByRoute.put(ScenarioBuilder.routeId(l.id()), l));
    List<RouteDelta> deltas = new ArrayList<>();
    for (RouteOutcome r : applied.routes()) {
      switch (r.kind()) {
        case CHANGED -> deltas.add(new RouteDelta(r, baselineMeter().measure(r.routeId(), fare),
            after.measure(r.routeId(), fare)));
        case WITHDRAWN, MERGED, REPLACED -> deltas.add(new RouteDelta(r, baselineMeter().measure(r.routeId(), fare),
            null));
        case NEW -> {
          SimulatedLine line = linesByRoute.get(r.routeId());
          List<StopPoint> stops = line.resolved().stops().stream()
              .map(s -> new StopPoint(s.stopId(), s.lat(), s.lon(), true, false)).toList();
          deltas.add(new RouteDelta(r, null, ev.lineCost(line, applied.fares().getOrDefault(r.routeId(), fare),
              stops, gained.populationByDistrict(), accByDistrict)));
        }
      }
    }
    List<String> members = proposals.stream().map(NetworkProposal::id).toList();
    List<String> changes = new ArrayList<>();
    for (NetworkProposal p : proposals) {
      p.changes().forEach(c -> changes.add((members.size() > 1 ? p.id() + ": " : "") + c.describe()));
    }
    return new ScenarioScore(id, name, members, changes, applied.routes(), deltas, coverage.summarize(state), gained,
        lost, stopsLosingService, acc, jobsChange, accByDistrict, meanChange, LoopClosure.network(graph), loops,
        districtDeltas(deltas, ctx.districtNames().keySet()), applied.newLines(),
        RailLines.routes(ctx.baseline(), new TreeSet<>(applied.touchedBaselineRoutes())),
        RailLines.routes(scenario, new TreeSet<>(applied.scenarioRoutes())), applied.warnings());
  }

  /** Per district: the routes' shares after less before, and each route's fleet change in its operator's district. */
  static List<DistrictDelta> districtDeltas(List<RouteDelta> deltas, Set<String> districts) {
    Map<String, DistrictDelta> out = new TreeMap<>();
    districts.forEach(d -> out.put(d, DistrictDelta.zero(d)));
    for (RouteDelta r : deltas) {
      add(out, r.before(), -1);
      add(out, r.after(), 1);
    }
    return new ArrayList<>(out.values());
  }

  private static void add(Map<String, DistrictDelta> out, RouteCost c, int sign) {
    if (c == null) {
      return;
    }
    for (DistrictShare s : c.split().districts()) {
      out.put(s.districtId(), out.getOrDefault(s.districtId(), DistrictDelta.zero(s.districtId())).plus(s, sign));
    }
    out.put(c.homeDistrictId(), out.getOrDefault(c.homeDistrictId(), DistrictDelta.zero(c.homeDistrictId()))
        .plusFleet(sign * c.cost().operations().peakVehicles()));
  }

  private synchronized RouteMeter baselineMeter() {
    if (baselineMeter == null) {
      ScoringContext ctx = ev.context();
      baselineMeter = new RouteMeter(ctx.baseline(), ctx.date(), ctx.lengths(), ev.costs(), ev.coverage(),
          ev.homeDistricts(), ctx.districts());
    }
    return baselineMeter;
  }

  private synchronized Set<String> baselineServed() {
    if (baselineServed == null) {
      baselineServed = new TreeSet<>();
      StopPoint.of(ev.context().baseline()).forEach(s -> baselineServed.add(s.stopId()));
    }
    return baselineServed;
  }

  /**
   * Loops the scenario's lines close with rail: each added line along its stops (as a proposal's), each changed route
   * along its longest trip; a loop found twice counts once.
   */
  private static List<ClosedLoop> closedLoops(StopGraph graph, FeedIndex index, List<SimulatedLine> lines,
                                              Set<String> changedRoutes) {
    java.util.function.Function<String, String> names = id -> {
      var st = index.stop(id);
      return st == null ? null : st.name();
    };
    Map<String, ClosedLoop> out = new java.util.LinkedHashMap<>();
    List<List<String>> sequences = new ArrayList<>();
    List<Boolean> circular = new ArrayList<>();
    for (SimulatedLine line : lines) {
      sequences.add(line.resolved().stops().stream().map(PlacedStop::stopId).toList());
      circular.add(line.proposal().circular());
    }
    var st = index.feed().stopTimes();
    Map<String, Integer> longest = new TreeMap<>();
    for (int t = 0; t < st.tripIds().size(); t++) {
      var trip = index.trip(st.tripIds().get(t));
      if (trip != null && changedRoutes.contains(trip.routeId())
          && (!longest.containsKey(trip.routeId()) || st.rowCountOfTrip(t) > st.rowCountOfTrip(longest.get(
              trip.routeId())))) {
        longest.put(trip.routeId(), t);
      }
    }
    for (int t : longest.values()) {
      List<String> stops = new ArrayList<>();
      int first = st.firstRowOfTrip(t);
      for (int r = first; r < first + st.rowCountOfTrip(t); r++) {
        stops.add(st.stopId(r));
      }
      boolean loop = stops.size() > 2 && stops.get(0).equals(stops.get(stops.size() - 1));
      sequences.add(loop ? stops.subList(0, stops.size() - 1) : stops);
      circular.add(loop);
    }
    for (int i = 0; i < sequences.size(); i++) {
      for (ClosedLoop l : LoopClosure.closedBy(graph, sequences.get(i), circular.get(i),
          LoopClosure.DEFAULT_MIN_SEPARATION_METERS, names)) {
        out.putIfAbsent(l.fromStopId() + "|" + l.toStopId() + "|" + String.join(",", l.busNodes()), l);
      }
    }
    return new ArrayList<>(out.values());
  }

  /** Stops some trip of the routes serves, sorted. */
  private static Set<String> stopsOf(FeedIndex index, Set<String> routeIds) {
    Set<String> out = new TreeSet<>();
    if (routeIds.isEmpty()) {
      return out;
    }
    var st = index.feed().stopTimes();
    for (int t = 0; t < st.tripIds().size(); t++) {
      var trip = index.trip(st.tripIds().get(t));
      if (trip != null && routeIds.contains(trip.routeId())) {
        int first = st.firstRowOfTrip(t);
        for (int r = first; r < first + st.rowCountOfTrip(t); r++) {
          out.add(st.stopId(r));
        }
      }
    }
    return out;
  }
}
