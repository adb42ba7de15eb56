package dev.loopline.planner.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedBuilder;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.proposal.AppliedScenario;
import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.planner.proposal.NetworkProposalReader;
import dev.loopline.planner.proposal.ProposalException;
import dev.loopline.planner.proposal.RouteOutcome;
import dev.loopline.planner.proposal.SimulationSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of change to existing service, on {@link TestNetwork} with answers computed by hand. Running times are
 * the uncalibrated ones (straight legs at 8 m/s × traffic factor 1.3, 20 s dwell) so that new legs can be timed on
 * paper. The representative week from Tuesday 2026-12-01 has five weekdays with service ("wk").
 */
class ScenarioChangesTest {
  static final SimulationSettings PLAIN = new SimulationSettings(1.3, 20, false);

  @TempDir
  Path dir;

  private NetworkProposal proposal(String name, String yaml) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, yaml);
    return NetworkProposalReader.read(p);
  }

  static ScenarioScorer scorer(Feed feed, boolean accessibility) {
    Evaluator ev = new Evaluator(TestNetwork.context(feed, accessibility), CostModel.defaults(), PLAIN,
        CoverageSettings.DEFAULTS, accessibility ? AccessibilitySettings.DEFAULTS : null);
    return new ScenarioScorer(ev);
  }

  private static ScenarioScore score(ScenarioScorer s, NetworkProposal... proposals) {
    return s.score(proposals[0].id(), proposals[0].name(), List.of(proposals), ProgressListener.none());
  }

  private static RouteDelta route(ScenarioScore s, String id) {
    return s.routeCosts().stream().filter(r -> r.outcome().routeId().equals(id)).findFirst().orElseThrow();
  }

  private static long trips(Feed f, String routeId, int direction) {
    return f.trips().stream().filter(t -> t.routeId().equals(routeId) && t.directionId() == direction).count();
  }

  private static String at(double x, double y) {
    return String.format(Locale.ROOT, "lat: %.8f, lon: %.8f", TestNetwork.lat(y), TestNetwork.lon(x));
  }

  @Test
  void halvingARoutesHeadwayDoublesItsVehicleKmAndItsFleetWithinRounding() throws IOException {
    // beibei:5 runs X (3500,0) - Y (3500,2000), 2000 m, 300 s each way, both directions at the same clock times
    // every 600 s from 06:00 to 10:00: 24 departures a direction, 48 trips a day, 240 a week (5 weekdays).
    // Halved to 300 s: 48 departures a direction, 96 trips a day, 480 a week: exactly twice the vehicle-km.
    // Fleet before (blocks chained with the published trips' layover, max(10 % of 300 s, 3 min / 2 terminals) =
    // 90 s): a bus leaving X at t is ready at Y at t+390 and takes Y's t+600 departure, back at X ready at t+990
    // for t+1200: a 1200 s cycle at a 600 s headway, 2 buses.
    // After: the return leaves 120 s after the outbound (Timetabler.returnOffset: (300 + 90) mod 300 = 90 s,
    // rounded up to 2 minutes as that costs no bus), so a bus leaving X at t takes Y's t+420, is back at X ready at
    // t+810 and takes t+900: a 900 s cycle at 300 s, 3 buses = ceil(780 s round trip with layover / 300 s). Twice
    // the frequency needs ceil(2 × 780 / 600) = 3 buses, not 2 × ceil(780 / 600) = 4: the rounding of the before.
    ScenarioScore s = score(scorer(TestNetwork.feed(), false), proposal("hw.yaml", """
        id: BB5-HW
        name: 北碚5路加密
        changes:
          - change: headway
            route: beibei:5
            periods: [{ from: "06:00", to: "10:00", headway_min: 5 }]
        """));
    RouteDelta d = route(s, "beibei:5");
    assertEquals(RouteOutcome.Kind.CHANGED, d.outcome().kind());
    assertEquals(240, d.before().cost().operations().tripsPerWeek(), 1e-9);
    assertEquals(480, d.after().cost().operations().tripsPerWeek(), 1e-9);
    assertEquals(2 * d.before().cost().operations().vehicleKmPerWeek(), d.after().cost().operations()
        .vehicleKmPerWeek(), 1e-6);
    assertEquals(240 * 2.0, d.before().cost().operations().vehicleKmPerWeek(), 0.5);
    assertEquals(2, d.before().cost().operations().peakVehicles());
    assertEquals(3, d.after().cost().operations().peakVehicles());
    // Revenue hours double too (every trip 300 s): 240 × 300 s = 20 h a week before.
    assertEquals(20.0, d.before().cost().operations().revenueHoursPerWeek(), 1e-9);
    assertEquals(40.0, d.after().cost().operations().revenueHoursPerWeek(), 1e-9);
    // The change is all in district B, where beibei:5 runs: one more bus and B pays the extra subsidy.
    DistrictDelta b = s.districts().stream().filter(x -> x.districtId().equals("B")).findFirst().orElseThrow();
    DistrictDelta a = s.districts().stream().filter(x -> x.districtId().equals("A")).findFirst().orElseThrow();
    assertEquals(1, b.fleet());
    assertEquals(0, a.fleet());
    assertEquals(0, a.subsidy(), 1e-6);
    assertEquals(s.subsidyChange(), b.subsidy(), 1e-6);
    assertEquals(d.after().cost().vehicleKmPerYear() - d.before().cost().vehicleKmPerYear(), b.vehicleKm(), 1e-6);
    // No stop gained or lost service: coverage is unchanged.
    assertEquals(0, s.gained().population());
    assertEquals(0, s.lost().population());
  }

  @Test
  void aHeadwayChangeCanTouchOneDirectionOnly() throws IOException {
    ScenarioScorer scorer = scorer(TestNetwork.feed(), false);
    AppliedScenario a = scorer.apply(List.of(proposal("hw0.yaml", """
        id: BB5-OUT
        name: 北碚5路上行加密
        changes:
          - change: headway
            route: beibei:5
            direction: 0
            periods: [{ from: "07:00", to: "09:00", headway_min: 5 }]
        """)));
    // Direction 0: 06:00-07:00 and 09:00-10:00 keep 6 + 6 departures at 600 s; 07:00-09:00 gets 24 at 300 s.
    assertEquals(36, trips(a.feed(), "beibei:5", 0));
    assertEquals(24, trips(a.feed(), "beibei:5", 1));
    // Every trip of the changed route has a vehicle block in the scenario's feed.
    assertTrue(a.feed().trips().stream().filter(t -> t.routeId().equals("beibei:5"))
        .allMatch(t -> t.blockId() != null && t.blockId().startsWith("beibei:5~wk~block-")));
  }

  @Test
  void aSpanChangeAddsDeparturesAtTheEdgeHeadwayAndDropsThoseOutside() throws IOException {
    // shapingba:9 leaves each terminal every 1200 s from 06:00 (last 09:40). First at 05:00: 05:00, 05:20, 05:40
    // are added (3 a direction); last by 09:00: 09:20 and 09:40 are dropped (2 a direction). 12 + 3 - 2 = 13.
    AppliedScenario a = scorer(TestNetwork.feed(), false).apply(List.of(proposal("span.yaml", """
        id: SPB9-SPAN
        name: 沙坪坝9路调整运营时间
        changes:
          - { change: span, route: shapingba:9, first: "05:00", last: "09:00" }
        """)));
    assertEquals(13, trips(a.feed(), "shapingba:9", 0));
    assertEquals(13, trips(a.feed(), "shapingba:9", 1));
    FeedIndex index = new FeedIndex(a.feed());
    StopTimes st = a.feed().stopTimes();
    int first = a.feed().trips().stream().filter(t -> t.routeId().equals("shapingba:9") && t.directionId() == 0)
        .mapToInt(t -> st.departure(st.firstRowOfTrip(st.indexOfTrip(t.id())))).min().orElseThrow();
    assertEquals(5 * 3600, first);
    assertTrue(index.route("shapingba:9") != null);
  }

  @Test
  void withdrawingARouteRemovesExactlyItsTripsAndItsOnlyServedResidents() throws IOException {
    // shapingba:9 (A1 (600,0) - A2 (1500,1000)) runs 12 departures a direction: 24 trips a day. A2 is served by no
    // other route: the cells within 500 m (Manhattan) of it, (1250,1000) and (1750,1000), are 250 m away; every
    // other cell is at least 750 m from A2 and none of these two is within 500 m of another bus stop or 800 m of a
    // rail station (A1 is 650 + 1000 m away, R1 750 + 1000 m). So exactly 2 cells, 200 residents, lose coverage.
    Feed baseline = TestNetwork.feed();
    ScenarioScorer scorer = scorer(baseline, false);
    ScenarioScore s = score(scorer, proposal("wd.yaml", """
        id: SPB9-OFF
        name: 撤销沙坪坝9路
        changes:
          - { change: withdraw, route: shapingba:9 }
        """));
    AppliedScenario a = scorer.apply(List.of(proposal("wd2.yaml", """
        id: SPB9-OFF
        name: 撤销沙坪坝9路
        changes:
          - { change: withdraw, route: shapingba:9 }
        """)));
    List<String> removed = baseline.trips().stream().map(Trip::id)
        .filter(id -> a.feed().trips().stream().noneMatch(t -> t.id().equals(id))).sorted().toList();
    List<String> route9 = baseline.trips().stream().filter(t -> t.routeId().equals("shapingba:9")).map(Trip::id)
        .sorted().toList();
    assertEquals(24, route9.size());
    assertEquals(route9, removed);
    assertEquals(baseline.trips().size() - 24, a.feed().trips().size());
    assertEquals(baseline.stopTimes().size() - 48, a.feed().stopTimes().size());
    assertNull(new FeedIndex(a.feed()).route("shapingba:9"));
    assertEquals(List.of("shapingba:A2"), s.stopsLosingService());
    assertEquals(200, s.lost().population(), 1e-9);
    assertEquals(2, s.lost().cells().length);
    assertEquals(Map.of("A", 200.0), s.lost().populationByDistrict());
    assertEquals(0, s.gained().population());
    // The withdrawal saves its whole cost in district A, which ran it: 2 buses (a bus leaves each terminal at 06:00
    // and is back after 2 × 1200 s), its vehicle-km and subsidy.
    RouteDelta d = route(s, "shapingba:9");
    assertNull(d.after());
    assertEquals(2, d.before().cost().operations().peakVehicles());
    DistrictDelta a1 = s.districts().get(0);
    assertEquals("A", a1.districtId());
    assertEquals(-2, a1.fleet());
    assertEquals(-d.before().cost().cost(), a1.cost(), 1e-6);
    assertEquals(-d.before().cost().subsidy(), a1.subsidy(), 1e-6);
    assertEquals(0, s.districts().get(1).cost(), 1e-9);
  }

  @Test
  void aMergedLinesDistrictSplitIsTheSumOfItsPartsKilometres() throws IOException {
    // shapingba:88 runs A1 (600,0) - X (3500,0): 2400 m in A (to the border at x = 3000) and 500 m in B;
    // beibei:5 runs X - Y (3500,2000): 2000 m in B. They meet at X (the same stop), so the through line A1 - X - Y
    // runs 2400 m in A and 2500 m in B each trip: the sum of its parts. Given the 88's service (every 900 s,
    // 06:00-10:00, weekdays), it runs as many trips as the 88 did.
    ScenarioScore s = score(scorer(TestNetwork.feed(), false), proposal("merge.yaml", """
        id: JOIN-88-5
        name: 88路与5路贯通
        changes:
          - change: merge
            routes: [shapingba:88, beibei:5]
            id: T88
            name: 沙北贯通线
            service:
              days: [mon, tue, wed, thu, fri]
              periods: [{ from: "06:00", to: "10:00", headway_min: 15 }]
        """));
    RouteDelta r88 = route(s, "shapingba:88");
    RouteDelta r5 = route(s, "beibei:5");
    RouteDelta merged = route(s, "T88:line");
    assertEquals(RouteOutcome.Kind.MERGED, r88.outcome().kind());
    assertEquals("T88:line", r88.outcome().becameRouteId());
    assertEquals(RouteOutcome.Kind.NEW, merged.outcome().kind());
    double trips88 = r88.before().cost().operations().tripsPerWeek();
    double trips5 = r5.before().cost().operations().tripsPerWeek();
    double tripsMerged = merged.after().cost().operations().tripsPerWeek();
    assertEquals(trips88, tripsMerged, 1e-9);
    Map<String, Double> m88 = r88.before().metersByDistrict();
    Map<String, Double> m5 = r5.before().metersByDistrict();
    Map<String, Double> mm = merged.after().metersByDistrict();
    double perTripA = mm.get("A") / tripsMerged;
    double perTripB = mm.get("B") / tripsMerged;
    assertEquals(m88.get("A") / trips88, perTripA, 1e-6);
    assertEquals(m88.get("B") / trips88 + m5.get("B") / trips5, perTripB, 1e-6);
    assertEquals(2400, perTripA, 2400 * 0.003);      // the local plane vs great circles
    assertEquals(2500, perTripB, 2500 * 0.003);
    // Running time: the parts' own 420 s and 300 s and 20 s standing at X.
    assertEquals(740, merged.after().cost().operations().revenueHoursPerWeek() * 3600 / tripsMerged, 1e-6);
    // The line is run by the first route's operator, under the unified brand.
    assertEquals("shapingba:1", merged.after().agencyId());
  }

  @Test
  void aMergeOfRoutesThatDoNotMeetNamesFileLineAndField() throws IOException {
    NetworkProposal p = proposal("far.yaml", """
        id: FAR
        name: 不相接
        changes:
          - change: merge
            routes: [shapingba:9, beibei:5]
            id: FAR1
            name: 远
        """);
    ProposalException e = assertThrows(ProposalException.class,
        () -> scorer(TestNetwork.feed(), false).apply(List.of(p)));
    // A2 (1500,1000) is sqrt(2000² + 1000²) = 2236 m from X and from Y: the nearest terminals.
    assertTrue(e.getMessage().startsWith(dir.resolve("far.yaml") + ":5: changes[0].routes: routes 'shapingba:9' "
        + "and 'beibei:5' do not meet: their nearest terminals, shapingba:A2 and beibei:"), e.getMessage());
    assertTrue(e.getMessage().contains("are 2.2 km apart"), e.getMessage());
  }

  @Test
  void malformedChangesNameFileLineAndField() throws IOException {
    ScenarioScorer s = scorer(TestNetwork.feed(), false);
    Path f = dir.resolve("bad.yaml");
    assertEquals(f + ":4: changes[0].route: unknown route id 'shapingba:99' (routes of 'shapingba:' include "
            + "shapingba:88, shapingba:9)",
        assertThrows(ProposalException.class, () -> s.apply(List.of(proposal("bad.yaml", """
            id: BAD
            name: 错
            changes:
              - { change: withdraw, route: shapingba:99 }
            """)))).getMessage());
    assertEquals(f + ":6: changes[1].route: route 'shapingba:9' was already withdrawn by " + f
            + " changes[0]; it cannot be changed after that",
        assertThrows(ProposalException.class, () -> s.apply(List.of(proposal("bad.yaml", """
            id: BAD
            name: 错
            changes:
              - { change: withdraw, route: shapingba:9 }
              - change: headway
                route: shapingba:9
                periods: [{ from: "07:00", to: "08:00", headway_min: 10 }]
            """)))).getMessage());
    assertEquals(f + ":4: changes[0].to: stop 'beibei:Y' is not on route 'shapingba:88' (direction 0: "
            + "shapingba:A1 ... beibei:X, 2 stops)",
        assertThrows(ProposalException.class, () -> s.apply(List.of(proposal("bad.yaml", """
            id: BAD
            name: 错
            changes:
              - { change: truncate, route: shapingba:88, to: beibei:Y }
            """)))).getMessage());
    assertEquals(f + ":5: changes[0].change: unknown kind of change 'close' (use extend, headway, merge, "
            + "new_line, replace, reroute, span, truncate, withdraw)",
        assertThrows(ProposalException.class, () -> proposal("bad.yaml", """
            id: BAD
            name: 错
            changes:
              - route: shapingba:9
                change: close
            """)).getMessage());
  }

  /** TestNetwork plus shapingba:30, A1 (600,0) - A2 (1500,1000) - Y (3500,2000) every 1200 s both ways. */
  static Feed withThreeStopRoute() {
    Feed base = TestNetwork.feed();
    FeedBuilder b = base.toBuilder();
    b.routes.add(dev.loopline.planner.proposal.TestFeeds.route("shapingba:30", "shapingba:1", "30",
        dev.loopline.gtfs.model.Route.BUS));
    b.routeNetworks.add(new dev.loopline.gtfs.model.RouteNetwork("sc", "shapingba:30", Map.of()));
    StopTimes.Builder st = new StopTimes.Builder();
    StopTimes src = base.stopTimes();
    for (int r = 0; r < src.size(); r++) {
      st.add(src.tripId(r), src.arrival(r), src.departure(r), src.stopId(r), src.sequence(r), null, -1, -1, -1, -1,
          Double.NaN, -1);
    }
    String[] stops = {"shapingba:A1", "shapingba:A2", "beibei:Y"};
    for (int dir = 0; dir < 2; dir++) {
      for (int t = 6 * 3600; t < 10 * 3600; t += 1200) {
        String id = "shapingba:30:" + dir + ":" + t;
        b.trips.add(new Trip("shapingba:30", "wk", id, null, null, dir, null, null, null, null, Map.of()));
        // 200 s to the middle stop, 20 s there, 280 s on: 500 s end to end.
        int[] arr = {t, t + 200, t + 500};
        int[] dep = {t, t + 220, t + 500};
        for (int i = 0; i < 3; i++) {
          st.add(id, arr[i], dep[i], stops[dir == 0 ? i : 2 - i], i + 1, null, -1, -1, -1, -1, Double.NaN, -1);
        }
      }
    }
    b.stopTimes = st.build();
    return b.build();
  }

  @Test
  void truncatingARouteKeepsEveryTripsTimesAtTheStopsItStillServes() throws IOException {
    // shapingba:30 cut back to A1 - A2: every trip keeps its times there (direction 0: A1 at t, A2 at t + 200;
    // direction 1, mirrored, runs A2 at t + 220 - A1 at t + 500), and runs |A1 A2| = sqrt(900² + 1000²) = 1345 m.
    ScenarioScorer s = scorer(withThreeStopRoute(), false);
    ScenarioScore score = score(s, proposal("cut.yaml", """
        id: SPB30-CUT
        name: 沙坪坝30路缩线
        changes:
          - { change: truncate, route: shapingba:30, to: shapingba:A2 }
        """));
    AppliedScenario a = s.apply(List.of(proposal("cut2.yaml", """
        id: SPB30-CUT
        name: 沙坪坝30路缩线
        changes:
          - { change: truncate, route: shapingba:30, to: shapingba:A2 }
        """)));
    StopTimes st = a.feed().stopTimes();
    Trip first0 = a.feed().trips().stream().filter(t -> t.routeId().equals("shapingba:30") && t.directionId() == 0)
        .min(java.util.Comparator.comparing(Trip::id)).orElseThrow();
    int row = st.firstRowOfTrip(st.indexOfTrip(first0.id()));
    assertEquals(2, st.rowCountOfTrip(st.indexOfTrip(first0.id())));
    assertEquals("shapingba:A1", st.stopId(row));
    assertEquals(6 * 3600, st.departure(row));
    assertEquals(6 * 3600 + 200, st.arrival(row + 1));
    Trip first1 = a.feed().trips().stream().filter(t -> t.routeId().equals("shapingba:30") && t.directionId() == 1)
        .min(java.util.Comparator.comparing(Trip::id)).orElseThrow();
    int row1 = st.firstRowOfTrip(st.indexOfTrip(first1.id()));
    assertEquals("shapingba:A2", st.stopId(row1));
    assertEquals(6 * 3600 + 220, st.departure(row1));
    assertEquals(6 * 3600 + 500, st.arrival(row1 + 1));
    RouteDelta d = route(score, "shapingba:30");
    double km = Math.hypot(900, 1000) / 1000;
    assertEquals(24 * 5 * km, d.after().cost().operations().vehicleKmPerWeek(), 24 * 5 * km * 0.003);
    // Y keeps beibei:5; A2 keeps route 9: nobody loses their only stop.
    assertEquals(List.of(), score.stopsLosingService());
    assertEquals(0, score.lost().population());
  }

  @Test
  void extendingARouteRoutesTheNewLegsAndTimesThemLikeANewLine() throws IOException {
    // shapingba:9 (A1 - A2, 180 s) on to a new stop N at (2600,1000): 1100 m straight, 137.5 s at 8 m/s × 1.3 =
    // 178.75 s, rounded 179 s, plus 20 s standing at A2. Direction 0: A1 t, A2 t+180 / t+200, N t+379.
    // Direction 1 starts earlier at N: A2 keeps its departure t, so N leaves at t - 20 - 179 = t - 199.
    AppliedScenario a = scorer(TestNetwork.feed(), false).apply(List.of(proposal("ext.yaml", """
        id: SPB9-EXT
        name: 沙坪坝9路延伸
        changes:
          - change: extend
            route: shapingba:9
            at: end
            stops:
              - new: { name: 新村, %s }
        """.formatted(at(2600, 1000)))));
    StopTimes st = a.feed().stopTimes();
    Trip t0 = a.feed().trips().stream().filter(t -> t.routeId().equals("shapingba:9") && t.directionId() == 0)
        .min(java.util.Comparator.comparing(Trip::id)).orElseThrow();
    int r0 = st.firstRowOfTrip(st.indexOfTrip(t0.id()));
    assertArrayEquals(new int[] {21600, 21780, 21800, 21979}, new int[] {st.departure(r0), st.arrival(r0 + 1),
        st.departure(r0 + 1), st.arrival(r0 + 2)});
    assertEquals("SPB9-EXT:stop-0-0", st.stopId(r0 + 2));
    Trip t1 = a.feed().trips().stream().filter(t -> t.routeId().equals("shapingba:9") && t.directionId() == 1)
        .min(java.util.Comparator.comparing(Trip::id)).orElseThrow();
    int r1 = st.firstRowOfTrip(st.indexOfTrip(t1.id()));
    assertEquals("SPB9-EXT:stop-0-0", st.stopId(r1));
    assertArrayEquals(new int[] {21600 - 199, 21600 - 20, 21600, 21780}, new int[] {st.departure(r1),
        st.arrival(r1 + 1), st.departure(r1 + 1), st.arrival(r1 + 2)});
    assertTrue(new FeedIndex(a.feed()).stop("SPB9-EXT:stop-0-0") != null);
  }

  @Test
  void reroutingMovesTheLaterStopsByTheDifferenceInRunningTime() throws IOException {
    // shapingba:88 A1 (600,0) - X (3500,0), 420 s, sent via A2 (1500,1000): A1 - A2 sqrt(900² + 1000²) = 1345.4 m,
    // 168.2 s × 1.3 = 218.6 → 219 s; 20 s at A2; A2 - X sqrt(2000² + 1000²) = 2236.1 m, 279.5 s × 1.3 = 363.4 →
    // 363 s. X is now reached 219 + 20 + 363 = 602 s after A1 instead of 420 s.
    AppliedScenario a = scorer(TestNetwork.feed(), false).apply(List.of(proposal("rr.yaml", """
        id: SPB88-RR
        name: 沙坪坝88路绕行
        changes:
          - change: reroute
            route: shapingba:88
            from: shapingba:A1
            to: beibei:X
            via: [{ stop: shapingba:A2 }]
        """)));
    StopTimes st = a.feed().stopTimes();
    Trip t0 = a.feed().trips().stream().filter(t -> t.routeId().equals("shapingba:88") && t.directionId() == 0)
        .min(java.util.Comparator.comparing(Trip::id)).orElseThrow();
    int r0 = st.firstRowOfTrip(st.indexOfTrip(t0.id()));
    assertEquals(3, st.rowCountOfTrip(st.indexOfTrip(t0.id())));
    assertArrayEquals(new int[] {21600, 21819, 21839, 22202}, new int[] {st.departure(r0), st.arrival(r0 + 1),
        st.departure(r0 + 1), st.arrival(r0 + 2)});
  }

  @Test
  void replacingARouteWithdrawsItAndAddsTheLine() throws IOException {
    ScenarioScore s = score(scorer(TestNetwork.feed(), false), proposal("rep.yaml", """
        id: SPB9-REP
        name: 9路改为新线
        changes:
          - change: replace
            route: shapingba:9
            line:
              id: N9
              name: 新9路
              operator: shapingba
              stops:
                - stop: shapingba:A1
                - stop: shapingba:A2
                - new: { name: 新村, %s }
              service:
                days: [mon, tue, wed, thu, fri]
                periods: [{ from: "06:00", to: "10:00", headway_min: 20 }]
              vehicle: { type: 12m, capacity: 80 }
              fare: 2
        """.formatted(at(2500, 1000))));
    assertEquals(RouteOutcome.Kind.REPLACED, route(s, "shapingba:9").outcome().kind());
    assertEquals("N9:line", route(s, "shapingba:9").outcome().becameRouteId());
    assertEquals(RouteOutcome.Kind.NEW, route(s, "N9:line").outcome().kind());
    // A2 is still served (by N9), so nobody loses coverage; the new stop's cells (2250,1000), (2750,1000) gain.
    assertEquals(0, s.lost().population());
    assertEquals(200, s.gained().population(), 1e-9);
  }

  @Test
  void twoLinesSharingACorridorAddLessTogetherThanTheSumOfEachAlone() throws IOException {
    // Both lines run A2 - a new stop at (2500,1000) (the second a few metres beside it): alone, each brings the
    // cells (2250,1000) and (2750,1000) — 200 residents — within 500 m of a stop; together they still bring 200.
    String line = """
        id: %s
        name: 新线%s
        operator: shapingba
        stops:
          - stop: shapingba:A2
          - new: { name: 新村, %s }
        service:
          days: [mon, tue, wed, thu, fri]
          periods: [{ from: "07:00", to: "09:00", headway_min: 15 }]
        vehicle: { type: 12m, capacity: 80 }
        fare: 2
        """;
    NetworkProposal p1 = proposal("l1.yaml", line.formatted("L1", "1", at(2500, 1000)));
    NetworkProposal p2 = proposal("l2.yaml", line.formatted("L2", "2", at(2500, 1010)));
    ScenarioScorer s = scorer(TestNetwork.feed(), false);
    ScenarioScore alone1 = score(s, p1);
    ScenarioScore alone2 = score(s, p2);
    ScenarioScore both = s.score("P", "package", List.of(p1, p2), ProgressListener.none());
    assertEquals(200, alone1.gained().population(), 1e-9);
    assertEquals(200, alone2.gained().population(), 1e-9);
    assertEquals(200, both.gained().population(), 1e-9);
    assertTrue(both.isPackage());
    // Costs do add up: two lines, two fleets.
    assertEquals(alone1.costChange() + alone2.costChange(), both.costChange(), 1e-6);
  }

  @Test
  void theAccessibilityOfAScenarioThatRemovesAndAddsTripsEqualsAFullSearch() throws IOException {
    // Re-searching only the origins that reach a stop of a touched route in the baseline gives exactly what searching
    // every origin on the scenario's network gives (docs/methods.md, "Changes to existing routes").
    ScenarioScorer s = scorer(TestNetwork.feed(), true);
    NetworkProposal p = proposal("mix.yaml", """
        id: MIX
        name: 撤销与加密
        changes:
          - { change: withdraw, route: shapingba:88 }
          - { change: headway, route: beibei:5, periods: [{ from: "06:00", to: "10:00", headway_min: 5 }] }
        """);
    ScenarioScore score = score(s, p);
    Accessibility full = s.evaluator().fullAccessibility(s.apply(List.of(p)).feed());
    for (int k = 0; k < full.cutoffs().size(); k++) {
      assertArrayEquals(full.jobsReachable()[k], score.accessibility().jobsReachable()[k], 1e-9,
          "cutoff " + full.cutoffs().get(k));
    }
    assertTrue(score.accessibility().searchedOrigins() <= full.searchedOrigins());
    // Withdrawing the only cross-border route leaves district A's residents fewer jobs within reach.
    assertTrue(score.accessibilityChangeByDistrict().get("A") < 0, score.accessibilityChangeByDistrict().toString());
  }

  @Test
  void aNewLineScoredAsAScenarioScoresAsTheProposalDoes() {
    // The same line through the proposal path (ranking) and the scenario path (packages) gives the same figures.
    Evaluator ev = new Evaluator(TestNetwork.context(false), CostModel.defaults(), PLAIN, CoverageSettings.DEFAULTS,
        null);
    ProposalScore alone = ev.score(EvaluatorTest.loopLine(), ProgressListener.none());
    ScenarioScore s = new ScenarioScorer(ev).score("SC-T1", "loop", List.of(NetworkProposal.of(
        EvaluatorTest.loopLine())), ProgressListener.none());
    assertEquals(alone.newlyCovered().population(), s.gained().population(), 1e-9);
    assertEquals(0, s.lost().population());
    RouteDelta d = route(s, "SC-T1:line");
    assertNull(d.before());
    assertEquals(alone.cost().cost(), d.after().cost().cost(), 1e-6);
    assertEquals(alone.cost().operations().peakVehicles(), s.fleetChange());
    assertEquals(alone.metersByDistrict(), d.after().metersByDistrict());
    assertEquals(alone.closedLoops().size(), s.closedLoops().size());
  }
}
