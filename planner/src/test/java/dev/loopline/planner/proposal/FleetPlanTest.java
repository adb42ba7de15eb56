package dev.loopline.planner.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FleetPlanTest {

  @Test
  void sixtyFiveMinuteRoundTripAtFifteenMinutesNeedsFiveBuses() {
    FleetPlan plan = FleetPlan.plan(65, new Layover(0.10, 3), List.of(new ServicePeriod(9 * 3600, 17 * 3600, 900)));
    assertEquals(6.5, plan.layoverMinutes(), 1e-12);
    assertEquals(71.5, plan.cycleMinutes(), 1e-12);
    assertEquals(5, plan.peakVehicles());
  }

  @Test
  void minimumLayoverAppliesToShortLinesAndPeakIsTheBusiestPeriod() {
    // 20 min running: 10 % would be 2 min, the 3-minute floor wins; cycle 23.
    FleetPlan plan = FleetPlan.plan(20, Layover.DEFAULT, List.of(
        new ServicePeriod(6 * 3600 + 1800, 9 * 3600, 480),   // 8 min -> ceil(23/8) = 3
        new ServicePeriod(9 * 3600, 17 * 3600, 900)));        // 15 min -> ceil(23/15) = 2
    assertEquals(3.0, plan.layoverMinutes(), 1e-12);
    assertEquals(23.0, plan.cycleMinutes(), 1e-12);
    assertEquals(List.of(3, 2), plan.periods().stream().map(FleetPlan.PeriodFleet::vehicles).toList());
    assertEquals(3, plan.peakVehicles());
    // 3 buses for 2.5 h + 2 buses for 8 h.
    assertEquals(3 * 2.5 + 2 * 8, plan.vehicleHoursPerDay(), 1e-12);
  }

  @Test
  void anExactMultipleNeedsNoExtraBus() {
    assertEquals(5, FleetPlan.vehiclesFor(75.0, 15.0));
    assertEquals(6, FleetPlan.vehiclesFor(75.0001, 15.0));
  }

  @Test
  void departuresCountTheFirstAndStopBeforeTheEnd() {
    assertEquals(19, new ServicePeriod(6 * 3600 + 1800, 9 * 3600, 480).departures()); // 150 / 8 = 18.75
    assertEquals(32, new ServicePeriod(9 * 3600, 17 * 3600, 900).departures());       // 480 / 15 exactly
  }
}
