package dev.loopline.planner.score;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.planner.proposal.LineDirection;
import dev.loopline.planner.proposal.LineSimulator;
import dev.loopline.planner.proposal.PlacedStop;
import dev.loopline.planner.proposal.Proposal;
import dev.loopline.planner.proposal.ProposalResolver;
import dev.loopline.planner.proposal.ResolvedProposal;
import dev.loopline.planner.proposal.RunningTimeModel;
import dev.loopline.planner.proposal.ScenarioBuilder;
import dev.loopline.planner.proposal.SimulatedLine;
import dev.loopline.planner.proposal.SimulationSettings;
import dev.loopline.planner.progress.ProgressCounter;
import dev.loopline.planner.progress.ProgressListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the baseline once, then each proposal on the baseline plus that proposal alone, reusing the baseline's
 * walk catchments, coverage state and accessibility. Proposals are scored one after the other; the heavy parts
 * (catchments, accessibility origins) run in parallel inside.
 */
public final class Evaluator {
  private final ScoringContext ctx;
  private final CostModel costs;
  private final SimulationSettings simulation;
  private final CoverageCalculator coverage;
  private final AccessibilityCalculator accessibility;
  private final FeedIndex baselineIndex;
  private final Map<String, String> homeDistricts;
  private final RunningTimeModel runningTimes;
  private CoverageState baselineState;
  private StopPatterns baselinePatterns;
  private BaselineScore baseline;
  private AccessibilityCache cache;
  private String cacheKey;
  private boolean baselineFromCache;

  /**
   * @param accessibilitySettings {@code null} to skip accessibility (it is the expensive score)
   */
  public Evaluator(ScoringContext ctx, CostModel costs, SimulationSettings simulation,
                   CoverageSettings coverageSettings, AccessibilitySettings accessibilitySettings) {
    this.ctx = ctx;
    this.costs = costs;
    this.simulation = simulation;
    this.coverage = new CoverageCalculator(ctx.cells(), ctx.walk(), coverageSettings);
    this.accessibility = accessibilitySettings == null || ctx.transit() == null ? null
        : new AccessibilityCalculator(ctx.cells(), ctx.walk(), accessibilitySettings);
    this.baselineIndex = new FeedIndex(ctx.baseline());
    this.homeDistricts = HomeDistricts.of(ctx.baseline(), ctx.districts());
    this.runningTimes = simulation.calibrate()
        ? RunningTimeCalibration.fit(ctx.baseline(), ctx.date(), ctx.busRouter()).orElse(null) : null;
  }

  /**
   * Keeps the baseline's accessibility in {@code cache} between runs (see {@link AccessibilityCache}), under a key of
   * the network ({@code networkKey}, e.g. the hash of its manifest), the date and every setting the figures depend
   * on. Call before the baseline is scored.
   */
  public synchronized Evaluator withBaselineCache(AccessibilityCache cache, String networkKey) {
    if (accessibility != null) {
      this.cache = cache;
      this.cacheKey = AccessibilityCache.key(networkKey, ctx.date(), accessibility.settings(),
          ctx.walk().walkSpeedMps(), ctx.transferMeters(), ctx.cells().size());
    }
    return this;
  }

  /** Whether the baseline's accessibility was read from the cache rather than searched. */
  public synchronized boolean baselineFromCache() {
    return baselineFromCache;
  }

  /** The running times calibrated on the baseline's bus trips, or null (not asked for, or too few trips). */
  public RunningTimeModel runningTimes() {
    return runningTimes;
  }

  /** Whether accessibility is computed. */
  public boolean withAccessibility() {
    return accessibility != null;
  }

  /** Everything: the baseline, then each proposal; accessibility reports one stage per scenario. */
  public Evaluation evaluate(List<Proposal> proposals, ProgressListener progress) {
    BaselineScore base = baseline(progress);
    List<ProposalScore> scores = new ArrayList<>();
    for (Proposal p : proposals) {
      scores.add(score(p, progress));
    }
    return new Evaluation(ctx.dataSource(), ctx.fromOsm(), ctx.date(), costs, simulation, runningTimes,
        coverage.settings(),
        accessibility == null ? null : accessibility.settings(), ctx.districtNames(), ctx.districtAreas(),
        RailLines.of(ctx.baseline()), ctx.cells().cells(), base, scores);
  }

  /** Checks and simulates a proposal without scoring it (what {@code export} needs). */
  public SimulatedLine simulate(Proposal p) {
    ResolvedProposal resolved = ProposalResolver.resolve(p, baselineIndex, ctx.busSnap());
    return LineSimulator.simulate(resolved, ctx.busRouter(), simulation, runningTimes);
  }

  /** The baseline's scores (computed once). */
  public synchronized BaselineScore baseline(ProgressListener progress) {
    if (baseline == null) {
      Feed feed = ctx.baseline();
      baselineState = coverage.state(StopPoint.of(feed));
      baselinePatterns = StopPatterns.of(feed);
      StopGraph graph = StopGraph.build(baselinePatterns, baselineIndex::stop, ctx.districts(),
          StopGraph.DEFAULT_MERGE_METERS);
      Accessibility acc = null;
      if (accessibility != null) {
        acc = cache == null ? null : cache.load(cacheKey, ctx.cells().size()).orElse(null);
        baselineFromCache = acc != null;
        if (acc == null) {
          acc = accessibility(feed, progress, "baseline");
          if (cache != null) {
            cache.store(cacheKey, acc);
          }
        }
      }
      List<ExistingLine> lines = ExistingLineCosts.crossBorder(feed, ctx.date(), graph, ctx.lengths(), costs,
          coverage, homeDistricts);
      baseline = new BaselineScore(coverage.summarize(baselineState), acc, LoopClosure.network(graph), lines);
    }
    return baseline;
  }

  private Accessibility accessibility(Feed feed, ProgressListener progress, String label) {
    TransitSearchSpace space = ctx.transit().forFeed(feed);
    return accessibility.compute(space.stops(), space.search(), counter(progress, label));
  }

  /** A scenario's accessibility: only the origins the line can affect are searched again. */
  private Accessibility accessibility(Feed scenario, List<StopPoint> lineStops, ProgressListener progress,
                                      String label) {
    TransitSearchSpace space = ctx.transit().forFeed(scenario);
    return accessibility.update(baseline.accessibility(), space.stops(), space.search(), lineStops,
        ctx.transferMeters(), counter(progress, label));
  }

  /** One progress stage per scenario, counted in populated cells. */
  private ProgressCounter counter(ProgressListener progress, String label) {
    long origins = ctx.cells().cells().stream().filter(c -> c.population() > 0).count();
    return new ProgressCounter(progress, "accessibility " + label, origins);
  }

  /** The scenario's accessibility searched for every origin (no shortcut), to check {@link #score}'s update. */
  Accessibility fullScenarioAccessibility(Proposal p) {
    SimulatedLine line = simulate(p);
    return accessibility(ScenarioBuilder.build(ctx.baseline(), List.of(line), ctx.date()), ProgressListener.none(),
        "");
  }

  /** Scores one proposal against the baseline. */
  public ProposalScore score(Proposal p, ProgressListener progress) {
    BaselineScore base = baseline(progress);
    SimulatedLine line = simulate(p);
    // Coverage: the baseline plus the line's stops, all bus-served now.
    List<StopPoint> lineStops = new ArrayList<>();
    for (PlacedStop s : line.resolved().stops()) {
      lineStops.add(new StopPoint(s.stopId(), s.lat(), s.lon(), true, false));
    }
    CoverageState state = coverage.plus(baselineState, lineStops);
    NewlyCovered newly = coverage.newlyCovered(baselineState, state);
    // Loops: the baseline's patterns plus the line's, its new stops beside the baseline's.
    Map<String, dev.loopline.gtfs.model.Stop> newStops = new java.util.HashMap<>();
    for (PlacedStop s : line.resolved().newStops()) {
      newStops.put(s.stopId(), new dev.loopline.gtfs.model.Stop(s.stopId(), null, s.name(), null, s.lat(), s.lon(),
          null, null, 0, null, null, null, null, null, Map.of()));
    }
    List<List<String>> sequences = line.directions().stream()
        .map(d -> d.stops().stream().map(PlacedStop::stopId).toList()).toList();
    dev.loopline.gtfs.model.Route route = new dev.loopline.gtfs.model.Route(ScenarioBuilder.routeId(p.id()),
        line.resolved().agencyId(), p.id(), p.name(), null, dev.loopline.gtfs.model.Route.BUS, null, null, null,
        null, null, null, null, Map.of());
    StopGraph graph = StopGraph.build(baselinePatterns.plus(route, sequences),
        id -> newStops.containsKey(id) ? newStops.get(id) : baselineIndex.stop(id), ctx.districts(),
        StopGraph.DEFAULT_MERGE_METERS);
    List<ClosedLoop> loops = LoopClosure.closedBy(graph,
        line.resolved().stops().stream().map(PlacedStop::stopId).toList(), p.circular(),
        LoopClosure.DEFAULT_MIN_SEPARATION_METERS, id -> {
          dev.loopline.gtfs.model.Stop st = newStops.containsKey(id) ? newStops.get(id) : baselineIndex.stop(id);
          return st == null ? null : st.name();
        });
    // Accessibility.
    Accessibility acc = null;
    Map<String, Double> gainByDistrict = new TreeMap<>();
    Double meanGain = null;
    if (accessibility != null) {
      Feed scenario = ScenarioBuilder.build(ctx.baseline(), List.of(line), ctx.date());
      acc = accessibility(scenario, lineStops, progress, p.id());
      int h = acc.cutoffIndex(accessibility.settings().headlineCutoff());
      double[] after = acc.jobsReachable()[h];
      double[] before = base.accessibility().jobsReachable()[h];
      for (int c = 0; c < ctx.cells().size(); c++) {
        GridCell cell = ctx.cells().get(c);
        if (cell.population() > 0 && cell.districtId() != null) {
          gainByDistrict.merge(cell.districtId(), cell.population() * (after[c] - before[c]), Double::sum);
        }
      }
      int cutoff = accessibility.settings().headlineCutoff();
      meanGain = acc.area(Coverage.REGION).meanJobs().get(cutoff)
          - base.accessibility().area(Coverage.REGION).meanJobs().get(cutoff);
    }
    // Cost and split.
    RouteCost rc = lineCost(line, p.fare(), lineStops, newly.populationByDistrict(), gainByDistrict);
    OperatingCost cost = rc.cost();
    String home = rc.homeDistrictId();
    Map<String, Double> meters = rc.metersByDistrict();
    SubsidySplit split = rc.split();
    CostEffectiveness ce = CostEffectiveness.of(cost.subsidy(), newly.population(), meanGain);
    return new ProposalScore(line, home, coverage.summarize(state), newly, acc, LoopClosure.network(graph), loops,
        cost, meters, gainByDistrict, split, ce);
  }

  /**
   * A simulated line's year: its timetable and vehicle blocks on each of its service days, ridership from the
   * residents its stops serve, the split by district (the residents and accessibility rules weighted by the given
   * gains).
   */
  RouteCost lineCost(SimulatedLine line, double fare, List<StopPoint> lineStops, Map<String, Double> residentsGained,
                     Map<String, Double> accessibilityGained) {
    Proposal p = line.proposal();
    int days = p.service().days().size();
    double departures = line.departuresPerDirection();
    LineOperations ops = new LineOperations(line.schedule().peakVehicles(), days, (double) line.tripsPerDay() * days,
        line.vehicleKmPerDay() * days, line.schedule().vehicleHoursPerDay() * days,
        line.revenueHoursPerDay() * days, line.spanHours() * days, departures);
    Ridership ridership = Ridership.sameEveryDay(costs, coverage.servedResidents(lineStops), departures, days);
    OperatingCost cost = OperatingCost.of(ops, costs, ridership, fare);
    String home = homeDistricts.get(line.resolved().agencyId());
    if (home == null) {
      PlacedStop first = line.resolved().stops().get(0);
      home = ctx.districts().districtAt(first.lat(), first.lon());
    }
    DistrictDistances distances = new DistrictDistances(ctx.lengths());
    for (LineDirection d : line.directions()) {
      distances.add(d.geometry(), d.meters(), (double) line.trips(d.directionId()) * days);
    }
    if (home == null) {
      home = distances.longest().orElse("outside");
    }
    Map<String, Double> meters = distances.byDistrict(home);
    SubsidySplit split = SubsidySplit.split(cost, meters, home, costs.crossDistrictRatePerVkm(), residentsGained,
        accessibilityGained);
    return new RouteCost(ScenarioBuilder.routeId(line.id()), p.displayName(), line.resolved().agencyId(), home,
        meters, cost, split);
  }

  // What scenario scoring (ScenarioScorer) shares with proposal scoring: the context, the calculators and the
  // baseline's state, computed once.

  ScoringContext context() {
    return ctx;
  }

  CostModel costs() {
    return costs;
  }

  SimulationSettings simulation() {
    return simulation;
  }

  AccessibilityCalculator accessibilityCalculator() {
    return accessibility;
  }

  FeedIndex baselineIndex() {
    return baselineIndex;
  }

  Map<String, String> homeDistricts() {
    return homeDistricts;
  }

  /** The baseline's coverage per grid cell (the baseline is scored first when it was not), for maps and exports. */
  public CoverageState baselineCoverage(ProgressListener progress) {
    baseline(progress);
    return baselineState();
  }

  /** The thresholds and the test of which cells a coverage state covers. */
  public CoverageCalculator coverage() {
    return coverage;
  }

  /** The baseline's coverage state (after {@link #baseline}). */
  synchronized CoverageState baselineState() {
    return baselineState;
  }

  /**
   * A scenario's accessibility: only the origins that can reach, in the baseline within the longest cutoff, a stop
   * of a route the scenario adds, changes or removes (or a stop a walk away from one) are searched again. The rest
   * are unchanged: before boarding a changed trip a rider uses only unchanged service, so an origin that reaches
   * none of those stops neither used a removed trip nor can board an added one.
   *
   * @param touchedStops the stops of every route the scenario adds, changes or removes, before and after
   */
  Accessibility scenarioAccessibility(Feed scenario, List<StopPoint> touchedStops, ProgressListener progress,
                                      String label) {
    return accessibility(scenario, touchedStops, progress, label);
  }

  /** A feed's accessibility searched for every origin (no shortcut, no cache), to check the scenario updates. */
  Accessibility fullAccessibility(Feed feed) {
    TransitSearchSpace space = ctx.transit().forFeed(feed);
    return accessibility.compute(space.stops(), space.search(), counter(ProgressListener.none(), "full"));
  }
}
