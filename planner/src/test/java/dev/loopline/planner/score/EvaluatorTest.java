package dev.loopline.planner.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.proposal.Layover;
import dev.loopline.planner.proposal.Proposal;
import dev.loopline.planner.proposal.ProposalException;
import dev.loopline.planner.proposal.ProposalStop;
import dev.loopline.planner.proposal.ServicePeriod;
import dev.loopline.planner.proposal.ServicePlan;
import dev.loopline.planner.proposal.SimulationSettings;
import dev.loopline.planner.proposal.Vehicle;
import dev.loopline.planner.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorTest {
  static final double X = 3500;

  /** R1 (A) east to a new stop at (3500, 1000) in B, then Y (B), then back west to R2 (A): a loop round rail 7. */
  static Proposal loopLine() {
    return new Proposal("SC-T1", "环线", "Loop", "shapingba", false, List.of(
        new ProposalStop.Existing("rail:R1", "stops[0]"),
        new ProposalStop.New("新站", TestNetwork.lat(1000), TestNetwork.lon(X), "stops[1]"),
        new ProposalStop.Existing("beibei:Y", "stops[2]"),
        new ProposalStop.Existing("rail:R2", "stops[3]")),
        new ServicePlan(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            List.of(new ServicePeriod(7 * 3600, 9 * 3600, 600))),
        new Vehicle("12m", 80), 2.0, OptionalDouble.empty(), Layover.DEFAULT, "sc-t1.yaml");
  }

  @Test
  void scoresAProposalEndToEndWithoutAccessibility(@TempDir Path dir) throws IOException {
    Evaluator ev = new Evaluator(TestNetwork.context(false), CostModel.defaults(), SimulationSettings.DEFAULTS,
        CoverageSettings.DEFAULTS, AccessibilitySettings.DEFAULTS);
    Evaluation e = ev.evaluate(List.of(loopLine()), ProgressListener.none());
    ProposalScore s = e.proposals().get(0);
    assertEquals("A", s.homeDistrictId());               // Shapingba's stops are in A
    assertEquals(1, s.closedLoops().size());
    ClosedLoop loop = s.closedLoops().get(0);
    assertEquals("rail:R1", loop.fromStopId());
    assertEquals("rail:R2", loop.toStopId());
    // R1 (500,0) -> new (3500,1000) -> Y (3500,2000) -> R2 (500,2000): a trapezoid of 3 km x 2 km minus a 3 x 1
    // triangle: 6 - 1.5 = 4.5 km².
    assertEquals(4.5, loop.areaKm2(), 0.03);
    assertEquals(List.of("A", "B"), loop.districts());
    assertEquals(0, e.baseline().loops().railBorderCycles());
    assertTrue(s.loops().railBorderCycles() >= 1);
    // The existing cross-border route 88 (A1 -> X) is costed in the baseline.
    assertEquals(List.of("shapingba:88"), e.baseline().crossBorderLines().stream().map(ExistingLine::routeId)
        .toList());
    // Split: district shares plus the fund equal the subsidy; the fund pays the rate on B's vehicle-km only.
    SubsidySplit split = s.split();
    assertEquals(split.subsidy(), split.accountedFor(), 1e-6);
    DistrictShare b = split.districts().stream().filter(d -> d.districtId().equals("B")).findFirst().orElseThrow();
    assertEquals(1.5 * b.vehicleKm(), b.fund(), 1e-6);
    assertEquals(b.fund(), split.fundPays(), 1e-6);
    assertTrue(s.newlyCovered().population() > 0);
    assertNull(s.accessibility());
    assertNull(s.effectiveness().subsidyPerJobReachable());
    // The report: written twice, byte-identical.
    Path one = ReportWriter.write(e, dir.resolve("one")).getParent();
    Path two = ReportWriter.write(e, dir.resolve("two")).getParent();
    for (String f : List.of("report.json", "summary.csv", "district_split.csv", "lines.geojson", "new_stops.geojson",
        "newly_covered.geojson", "loops.geojson", "accessibility_change.geojson", "report.html")) {
      assertTrue(Files.exists(one.resolve(f)), f);
      assertEquals(-1L, Files.mismatch(one.resolve(f), two.resolve(f)), f);
    }
    String html = Files.readString(one.resolve("report.html"));
    assertTrue(html.contains("Test network"));
    // Issue 12, point 9: money says its currency and period; the baseline row says what its fleet and money cover
    // (the one existing cross-border line, shapingba:88, not the whole network).
    String summary = Files.readString(one.resolve("summary.csv"));
    String header = summary.substring(0, summary.indexOf('\n'));
    for (String col : List.of("cost_cny_per_year", "revenue_cny_per_year", "subsidy_cny_per_year",
        "fund_pays_cny_per_year", "subsidy_cny_per_year_per_new_resident")) {
      assertTrue(header.contains(col), header);
    }
    assertTrue(!header.contains(",cost_per_year,"), header);
    assertTrue(summary.contains("\nbaseline,unified network (buses and money: its 1 existing cross-border bus line "
        + "only),"), summary);
    assertTrue(html.contains("subsidy per newly covered resident, ¥ per year"), "per-year label");
    // The traffic factor is named only where it was used.
    boolean factorUsed = e.runningTimes() == null || e.proposals().stream().anyMatch(p ->
        p.line().runningTimes() == dev.loopline.planner.proposal.RunningTimes.TRAFFIC_FACTOR);
    assertEquals(factorUsed, html.contains("traffic factor"));
    assertTrue(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"));
    // Re-writing over an existing report replaces it whole.
    ReportWriter.write(e, dir.resolve("one"));
    try (var files = Files.list(dir)) {
      assertEquals(List.of("one", "two"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aCircularLineDrivingAStreetTwiceCountsEveryKilometreInTheSplit() {
    // Circular A1 (600, 0) -> X (3500, 0) -> back to A1 on the same street: 2 x 2 900 m a round, 2 x 2 400 m in A
    // and 2 x 500 m in B. Every 10 minutes from 07:00 to 09:00: 12 rounds a day, 69.6 km. Clipping the whole line
    // to each district would dissolve the return into the outbound and count half.
    Proposal circular = new Proposal("SC-T2", "往返", "Shuttle", "shapingba", true, List.of(
        new ProposalStop.Existing("shapingba:A1", "stops[0]"),
        new ProposalStop.Existing("beibei:X", "stops[1]")),
        new ServicePlan(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            List.of(new ServicePeriod(7 * 3600, 9 * 3600, 600))),
        new Vehicle("12m", 80), 2.0, OptionalDouble.empty(), Layover.DEFAULT, "sc-t2.yaml");
    Evaluator ev = new Evaluator(TestNetwork.context(false), CostModel.defaults(), SimulationSettings.DEFAULTS,
        CoverageSettings.DEFAULTS, null);
    ProposalScore s = ev.score(circular, ProgressListener.none());
    double roundMeters = s.line().directions().get(0).meters();
    assertEquals(5800, roundMeters, 15);
    double weekMeters = s.cost().operations().vehicleKmPerWeek() * 1000;
    assertEquals(5 * 12 * roundMeters, weekMeters, 1e-6);
    double sum = s.metersByDistrict().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(weekMeters, sum, 1e-6);
    assertEquals(5 * 12 * 4800, s.metersByDistrict().get("A"), 5 * 12 * 4800 * 0.003);
    assertEquals(5 * 12 * 1000, s.metersByDistrict().get("B"), 5 * 12 * 1000 * 0.003);
    // The split's vehicle-km per district are those shares of the year's vehicle-km.
    double share = s.metersByDistrict().get("B") / sum;
    assertEquals(s.cost().vehicleKmPerYear() * share, s.split().districts().get(1).vehicleKm(), 1e-6);
  }

  @Test
  void scoresAccessibilityWithRaptor() {
    AccessibilitySettings acc = new AccessibilitySettings(7 * 3600, 7 * 3600 + 10 * 60, List.of(30, 45, 60), 45,
        1000, 120);
    Evaluator ev = new Evaluator(TestNetwork.context(true), CostModel.defaults(), SimulationSettings.DEFAULTS,
        CoverageSettings.DEFAULTS, acc);
    Evaluation e = ev.evaluate(List.of(loopLine()), ProgressListener.none());
    ProposalScore s = e.proposals().get(0);
    assertNotNull(s.accessibility());
    double before = e.baseline().accessibility().area(Coverage.REGION).meanJobs().get(45);
    double after = s.accessibility().area(Coverage.REGION).meanJobs().get(45);
    assertTrue(after >= before, after + " < " + before);
    // A new line never makes anyone worse off.
    double[] a = s.accessibility().jobsReachable()[1];
    double[] b = e.baseline().accessibility().jobsReachable()[1];
    for (int c = 0; c < a.length; c++) {
      assertTrue(a[c] >= b[c], "cell " + c);
    }
    assertEquals(Map.of("A", "甲区", "B", "乙区"), e.districtNames());
    // Searching only the origins the line can affect gives exactly what searching every origin gives.
    Accessibility full = ev.fullScenarioAccessibility(loopLine());
    for (int k = 0; k < full.cutoffs().size(); k++) {
      org.junit.jupiter.api.Assertions.assertArrayEquals(full.jobsReachable()[k], s.accessibility().jobsReachable()[k],
          "cutoff " + full.cutoffs().get(k));
    }
    assertTrue(s.accessibility().searchedOrigins() <= full.searchedOrigins());
    // The report: the Δ jobs column says it is a population-weighted mean; a district-centre matrix the proposal
    // leaves unchanged is not printed again (the baseline's is printed once).
    String html = dev.loopline.planner.report.HtmlReport.write(e);
    assertTrue(html.contains("min (population-weighted mean)</th>"), "Δ jobs header");
    boolean same = java.util.Arrays.deepEquals(e.baseline().accessibility().matrix().minutes(),
        s.accessibility().matrix().minutes());
    int tables = html.split("minutes from \\\\ to", -1).length - 1;
    assertEquals(same ? 1 : 2, tables);
    assertEquals(same, html.contains("District-centre travel times: unchanged from the baseline."));
  }

  @Test
  void theBaselineAccessibilityIsCachedPerNetworkAndSettings(@TempDir Path dir) throws IOException {
    AccessibilitySettings acc = new AccessibilitySettings(7 * 3600, 7 * 3600 + 10 * 60, List.of(30, 45, 60), 45,
        1000, 120);
    AccessibilityCache cache = new AccessibilityCache(dir);
    Evaluator first = new Evaluator(TestNetwork.context(true), CostModel.defaults(), SimulationSettings.DEFAULTS,
        CoverageSettings.DEFAULTS, acc).withBaselineCache(cache, "network-1");
    Accessibility searched = first.baseline(ProgressListener.none()).accessibility();
    assertTrue(!first.baselineFromCache());
    // A second run on the same network and settings reads the baseline back, figures and stop reach alike, and
    // scores a proposal from it exactly as from the search.
    Evaluator second = new Evaluator(TestNetwork.context(true), CostModel.defaults(), SimulationSettings.DEFAULTS,
        CoverageSettings.DEFAULTS, acc).withBaselineCache(cache, "network-1");
    Accessibility read = second.baseline(ProgressListener.none()).accessibility();
    assertTrue(second.baselineFromCache());
    for (int k = 0; k < searched.cutoffs().size(); k++) {
      org.junit.jupiter.api.Assertions.assertArrayEquals(searched.jobsReachable()[k], read.jobsReachable()[k]);
    }
    assertEquals(searched.areas(), read.areas());
    assertEquals(java.util.Arrays.asList(searched.reach().reached()), java.util.Arrays.asList(read.reach().reached()));
    Accessibility fromRead = second.score(loopLine(), ProgressListener.none()).accessibility();
    Accessibility fromSearch = first.score(loopLine(), ProgressListener.none()).accessibility();
    org.junit.jupiter.api.Assertions.assertArrayEquals(fromSearch.jobsReachable()[1], fromRead.jobsReachable()[1]);
    // Another network, other settings, or a damaged file: searched again.
    Evaluator other = new Evaluator(TestNetwork.context(true), CostModel.defaults(), SimulationSettings.DEFAULTS,
        CoverageSettings.DEFAULTS, acc).withBaselineCache(cache, "network-2");
    other.baseline(ProgressListener.none());
    assertTrue(!other.baselineFromCache());
    try (var files = Files.list(dir.resolve("accessibility"))) {
      for (Path f : files.toList()) {
        Files.write(f, new byte[] {1, 2, 3});
      }
    }
    Evaluator damaged = new Evaluator(TestNetwork.context(true), CostModel.defaults(), SimulationSettings.DEFAULTS,
        CoverageSettings.DEFAULTS, acc).withBaselineCache(cache, "network-1");
    org.junit.jupiter.api.Assertions.assertArrayEquals(searched.jobsReachable()[1],
        damaged.baseline(ProgressListener.none()).accessibility().jobsReachable()[1]);
    assertTrue(!damaged.baselineFromCache());
  }

  @Test
  void theScenarioGraphFromPatternsEqualsTheGraphOfTheScenarioFeed() {
    Evaluator ev = new Evaluator(TestNetwork.context(false), CostModel.defaults(), SimulationSettings.DEFAULTS,
        CoverageSettings.DEFAULTS, null);
    dev.loopline.planner.proposal.SimulatedLine line = ev.simulate(loopLine());
    dev.loopline.gtfs.model.Feed scenario = dev.loopline.planner.proposal.ScenarioBuilder.build(TestNetwork.feed(),
        List.of(line), TestNetwork.DATE);
    StopGraph full = StopGraph.build(scenario, TestNetwork.context(false).districts(), 150);
    dev.loopline.gtfs.model.FeedIndex idx = new dev.loopline.gtfs.model.FeedIndex(scenario);
    StopGraph fromPatterns = StopGraph.build(StopPatterns.of(TestNetwork.feed()).plus(idx.route("SC-T1:line"),
            line.directions().stream().map(d -> d.stops().stream()
                .map(dev.loopline.planner.proposal.PlacedStop::stopId).toList()).toList()),
        idx::stop, TestNetwork.context(false).districts(), 150);
    assertEquals(full.nodes(), fromPatterns.nodes());
    assertEquals(full.edges(), fromPatterns.edges());
    assertEquals(full.busRouteNodes(), fromPatterns.busRouteNodes());
  }

  @Test
  void aNewStopOffTheStreetsIsRefused() {
    Proposal p = loopLine();
    Proposal off = new Proposal(p.id(), p.name(), p.nameEn(), p.operator(), false, List.of(p.stops().get(0),
        new ProposalStop.New("田野", TestNetwork.lat(9000), TestNetwork.lon(X), "stops[1]")), p.service(),
        p.vehicle(), p.fare(), p.roundTripMinutes(), p.layover(), "sc-t1.yaml");
    Evaluator ev = new Evaluator(TestNetwork.context(false), CostModel.defaults(), SimulationSettings.DEFAULTS,
        CoverageSettings.DEFAULTS, null);
    ProposalException ex = assertThrows(ProposalException.class, () -> ev.simulate(off));
    assertTrue(ex.getMessage().startsWith("sc-t1.yaml: stops[1].new: new stop '田野' is off the street network: "),
        ex.getMessage());
  }
}
