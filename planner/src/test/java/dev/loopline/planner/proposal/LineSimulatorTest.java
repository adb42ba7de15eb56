package dev.loopline.planner.proposal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.osm.BusLeg;
import dev.loopline.osm.BusRoute;
import dev.loopline.osm.LatLon;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LineSimulatorTest {
  static Proposal proposal(OptionalDouble roundTrip) {
    return new Proposal("SC-T", "测试线", "Test line", "shapingba", false, List.of(
        new ProposalStop.Existing("shapingba:A", "stops[0]"),
        new ProposalStop.New("新站", 29.61, 106.31, "stops[1]"),
        new ProposalStop.Existing("rail:R1", "stops[2]")),
        new ServicePlan(Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(new ServicePeriod(7 * 3600, 8 * 3600, 600))),
        new Vehicle("12m", 80), 2.0, roundTrip, Layover.DEFAULT, "t.yaml");
  }

  /** Legs 1000 m / 120 s and 2000 m / 180 s free flow, and the reverse way back. */
  static List<BusRoute> routes() {
    List<LatLon> out = List.of(new LatLon(29.60, 106.32), new LatLon(29.61, 106.31), new LatLon(29.60, 106.30));
    return List.of(
        new BusRoute(out, List.of(new BusLeg(1000, 120), new BusLeg(2000, 180)), List.of(), null),
        new BusRoute(out.reversed(), List.of(new BusLeg(2000, 180), new BusLeg(1000, 120)), List.of(), null));
  }

  static SimulatedLine simulate(Proposal p) {
    ResolvedProposal r = ProposalResolver.resolve(p, new FeedIndex(TestFeeds.small()), (dev.loopline.osm.StreetNetwork) null);
    return LineSimulator.simulate(r, routes(), SimulationSettings.DEFAULTS);
  }

  @Test
  void runningTimeIsFreeFlowTimesTrafficPlusDwell() {
    SimulatedLine line = simulate(proposal(OptionalDouble.empty()));
    LineDirection out = line.directions().get(0);
    // 300 s free flow x 1.3 = 390 s, plus 20 s at the one intermediate stop.
    assertEquals(410, out.runningSeconds(), 1e-9);
    assertEquals(3000, out.meters(), 1e-9);
    assertArrayEquals(new int[] {0, 0}, out.offsets()[0]);
    assertArrayEquals(new int[] {156, 176}, out.offsets()[1]);
    assertArrayEquals(new int[] {410, 410}, out.offsets()[2]);
    assertEquals("rail:R1", line.directions().get(1).stops().get(0).stopId());
    // Round trip 820 s = 13.67 min; 10 % would be 1.37 min, so the 3-minute floor: cycle 16.67 min, 2 buses at 10.
    LineSchedule f = line.schedule();
    assertEquals(820 / 60.0, f.runningMinutes(), 1e-9);
    assertEquals(3.0, f.layoverMinutes(), 1e-9);
    assertEquals(2, f.peakVehicles());
    // Outbound 07:00 ... 07:50; the return leaves (410 s + 90 s layover) mod 600 = 500 s, rounded up to 9 minutes,
    // after the hour: 07:09 ... 07:59.
    assertEquals(6, line.trips(0));
    assertEquals(List.of(7 * 3600 + 540, 7 * 3600 + 1140), f.trips(1).stream().limit(2)
        .map(LineTrip::departureSeconds).toList());
    assertEquals(12, line.tripsPerDay());
    assertEquals(36.0, line.vehicleKmPerDay(), 1e-9);     // 12 trips x 3 km
    assertEquals(12 * 410 / 3600.0, line.revenueHoursPerDay(), 1e-9);
    // 07:00 to the last arrival, 07:59 + 410 s = 08:05:50.
    assertEquals((65 * 60 + 50) / 3600.0, line.spanHours(), 1e-9);
    // Bus 1 runs 07:00 out, 07:09 back, ... 07:49 back (arrives 07:55:50); bus 2 07:10 out ... 07:59 back (08:05:50):
    // 2 x 55 min 50 s of platform time, the last trips included.
    assertEquals(2 * 3350, f.platformSeconds(), 1e-9);
  }

  @Test
  void aGivenRoundTripReplacesTheRoutedRunningTime() {
    SimulatedLine line = simulate(proposal(OptionalDouble.of(20)));
    assertEquals(20.0, line.schedule().runningMinutes(), 1e-9);
    // 1200 s minus 40 s dwell over 600 s free flow.
    assertEquals(120 * 1160 / 600.0, line.directions().get(0).legs().get(0).seconds(), 1e-9);
  }

  @Test
  void aRoundTripShorterThanTheDwellIsRefused() {
    ProposalException e = assertThrows(ProposalException.class, () -> simulate(proposal(OptionalDouble.of(0.5))));
    assertTrue(e.getMessage().startsWith("t.yaml: round_trip_minutes: 0.5 minutes leave no time to drive"),
        e.getMessage());
  }

  @Test
  void theScenarioAddsTheLineUnderItsOwnIdsAndLeavesTheBaselineAlone() {
    Feed baseline = TestFeeds.small();
    SimulatedLine line = simulate(proposal(OptionalDouble.empty()));
    Feed scenario = ScenarioBuilder.build(baseline, List.of(line), LocalDate.of(2026, 12, 1));
    assertEquals(4, baseline.stops().size());
    assertEquals(2, baseline.trips().size());
    assertEquals(5, scenario.stops().size());
    FeedIndex idx = new FeedIndex(scenario);
    assertEquals("新站", idx.stop("SC-T:stop-1").name());
    Route r = idx.route("SC-T:line");
    assertEquals("shapingba:1", r.agencyId());
    assertEquals(Route.BUS, r.type());
    assertTrue(scenario.routeNetworks().stream().anyMatch(n -> n.routeId().equals("SC-T:line")
        && n.networkId().equals("sc")));
    assertEquals(2 + 12, scenario.trips().size());
    Trip t = idx.trip("SC-T:1-070900");
    assertEquals(1, t.directionId());
    assertEquals("甲站", t.headsign());
    // The vehicle blocks are exported: the first bus takes the 07:00 out and the 07:09 back.
    assertEquals("SC-T:block-01", idx.trip("SC-T:0-070000").blockId());
    assertEquals("SC-T:block-01", t.blockId());
    assertEquals("SC-T:block-02", idx.trip("SC-T:0-071000").blockId());
    StopTimes st = scenario.stopTimes();
    int ti = st.indexOfTrip("SC-T:0-072000");
    int row = st.firstRowOfTrip(ti);
    assertEquals(3, st.rowCountOfTrip(ti));
    assertEquals("shapingba:A", st.stopId(row));
    assertEquals(7 * 3600 + 1200, st.departure(row));
    assertEquals(7 * 3600 + 1200 + 410, st.arrival(row + 2));
    // The last stop ends where the shape ends (the legs' 3,000 m scaled onto the coarse test geometry).
    List<ShapePoint> shape = idx.shape("SC-T:shape-0");
    assertEquals(shape.get(shape.size() - 1).distTraveled(), st.shapeDistTraveled(row + 2), 1e-9);
    // Old rows survive the copy.
    assertEquals(2 * 2 + 12 * 3, st.size());
    var cal = scenario.calendars().stream().filter(c -> c.serviceId().equals("SC-T:service")).findFirst().orElseThrow();
    assertEquals(0b10001, cal.days());
    assertEquals(LocalDate.of(2026, 1, 1), cal.startDate());
    assertEquals(LocalDate.of(2026, 12, 31), cal.endDate());
    assertEquals(3, idx.shape("SC-T:shape-0").size());
  }

  @Test
  void operatorAndStopsAreCheckedAgainstTheFeed() {
    FeedIndex idx = new FeedIndex(TestFeeds.small());
    Proposal p = proposal(OptionalDouble.empty());
    Proposal badOp = new Proposal(p.id(), p.name(), p.nameEn(), "beibei", false, p.stops(), p.service(),
        p.vehicle(), p.fare(), p.roundTripMinutes(), p.layover(), "p.yaml");
    assertEquals("p.yaml: operator: unknown operator 'beibei' (operators in the network: rail, shapingba)",
        assertThrows(ProposalException.class, () -> ProposalResolver.resolve(badOp, idx, (dev.loopline.osm.StreetNetwork) null)).getMessage());
    Proposal badStop = new Proposal(p.id(), p.name(), p.nameEn(), "shapingba", false, List.of(
        p.stops().get(0), new ProposalStop.Existing("rail:L7-99", "stops[1]")), p.service(), p.vehicle(), p.fare(),
        p.roundTripMinutes(), p.layover(), "proposals/sc-l1.yaml");
    assertEquals("proposals/sc-l1.yaml: stops[1].stop: unknown stop id 'rail:L7-99'",
        assertThrows(ProposalException.class, () -> ProposalResolver.resolve(badStop, idx, (dev.loopline.osm.StreetNetwork) null)).getMessage());
  }
}
