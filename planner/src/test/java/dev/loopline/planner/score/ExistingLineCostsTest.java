package dev.loopline.planner.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.proposal.SimulationSettings;
import org.junit.jupiter.api.Test;

/**
 * The existing cross-border route 88 of the {@link TestNetwork} (A1 at x = 600 m to X at x = 3500 m, both at y = 0,
 * no shape: 2 900 m in a straight line, 2 400 m of it in district A and 500 m in B), costed over a representative
 * week.
 */
class ExistingLineCostsTest {
  static final CostModel MODEL = SubsidySplitTest.MODEL;

  static ExistingLine route88(boolean weekend) {
    Evaluator ev = new Evaluator(TestNetwork.context(TestNetwork.feed(weekend), false), MODEL,
        SimulationSettings.DEFAULTS, CoverageSettings.DEFAULTS, null);
    return ev.baseline(ProgressListener.none()).crossBorderLines().stream()
        .filter(l -> l.routeId().equals("shapingba:88")).findFirst().orElseThrow();
  }

  @Test
  void weekendServiceCountsInTheYear() {
    // Weekdays: every 900 s from 06:00 to 10:00 = 16 departures each way, 32 trips a day, 5 days: 160 trips.
    // Weekend: every 1800 s = 8 each way, 16 trips a day, 2 days: 32 trips. A week: 192 trips x 2.9 km = 556.8 km.
    ExistingLine l = route88(true);
    LineOperations ops = l.cost().operations();
    assertEquals(7, ops.daysPerWeek());
    assertEquals(192, ops.tripsPerWeek(), 1e-9);
    double km = TestNetwork.route(java.util.List.of(
        new dev.loopline.osm.LatLon(TestNetwork.lat(0), TestNetwork.lon(600)),
        new dev.loopline.osm.LatLon(TestNetwork.lat(0), TestNetwork.lon(3500)))).meters() / 1000;
    assertEquals(2.9, km, 0.01);                                       // great circle vs the local plane
    assertEquals(192 * km, ops.vehicleKmPerWeek(), 1e-6);
    // A year is 365 / 7 weeks: 556.8 x 52.142857 = 29 033 vehicle-km.
    assertEquals(192 * km * 365 / 7, l.cost().vehicleKmPerYear(), 1e-6);
    assertEquals(365, l.cost().operatingDaysPerYear(), 1e-9);
    // Revenue hours: 192 trips x 420 s = 22.4 h; platform hours add the 3-minute minimum layover (10 % of 7 min is
    // less): 192 x 600 s = 32 h.
    assertEquals(22.4, ops.revenueHoursPerWeek(), 1e-9);
    assertEquals(32.0, ops.vehicleHoursPerWeek(), 1e-9);
    // A trip ties a bus up for 600 s and leaves every 900 s each way: one bus per direction, 2 in all.
    assertEquals(2, ops.peakVehicles());
    // The weekday-only count misses the weekend's 32 of 192 trips (16.7 %).
    ExistingLine weekdays = route88(false);
    assertEquals(5, weekdays.cost().operations().daysPerWeek());
    assertEquals(160 * km * 365 / 7, weekdays.cost().vehicleKmPerYear(), 1e-6);
    // Departures each way per operating day: (5 x 16 + 2 x 8) / 7 = 13.714.
    assertEquals(96 / 7.0, ops.departuresPerDirection(), 1e-9);
  }

  @Test
  void districtKilometresAddUpToTheVehicleKilometres() {
    ExistingLine l = route88(true);
    double weekMeters = l.cost().operations().vehicleKmPerWeek() * 1000;
    double sum = l.metersByDistrict().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(weekMeters, sum, 1e-6);
    // 2 400 of the 2 900 m run in A, 500 m in B: 192 trips.
    assertEquals(192 * 2400, l.metersByDistrict().get("A"), 192 * 2400 * 0.003);
    assertEquals(192 * 500, l.metersByDistrict().get("B"), 192 * 500 * 0.003);
    assertEquals(l.split().subsidy(), l.split().accountedFor(), 1e-6);
  }
}
