package dev.loopline.planner.proposal;

import java.util.ArrayList;
import java.util.List;

/**
 * How many buses a line needs. A bus that leaves a terminal comes back after one cycle (the round trip's running
 * time plus layover); to offer a departure every headway, {@code ceil(cycle / headway)} buses must be on the road in
 * that period. The peak is the most any period needs: that many vehicles must be bought or leased.
 *
 * <p>Known answer: a 65-minute round trip with 10 % layover gives a 71.5-minute cycle, which at a 15-minute headway
 * needs {@code ceil(71.5 / 15) = 5} vehicles.
 *
 * @param runningMinutes round-trip running time including dwell, without layover
 * @param layoverMinutes layover per round trip
 * @param cycleMinutes running plus layover
 * @param periods the vehicles each service period needs
 * @param peakVehicles the maximum over the periods
 */
public record FleetPlan(double runningMinutes, double layoverMinutes, double cycleMinutes,
                        List<PeriodFleet> periods, int peakVehicles) {

  /** Slack for floating-point noise, so that a cycle of exactly 75.0 minutes at 15 needs 5 buses, not 6. */
  private static final double EPSILON = 1e-9;

  public FleetPlan {
    periods = List.copyOf(periods);
  }

  /** The vehicles one service period needs. */
  public record PeriodFleet(ServicePeriod period, int vehicles) {
    /** Vehicle-hours the period ties up: every one of its buses is in service (running or laying over) all along. */
    public double vehicleHours() {
      return vehicles * period.durationSeconds() / 3600.0;
    }
  }

  /** Plans the fleet for a round trip of {@code runningMinutes} (with dwell, without layover). */
  public static FleetPlan plan(double runningMinutes, Layover layover, List<ServicePeriod> periods) {
    if (!(runningMinutes > 0)) {
      throw new IllegalArgumentException("running time must be positive: " + runningMinutes);
    }
    double lay = layover.minutesFor(runningMinutes);
    double cycle = runningMinutes + lay;
    List<PeriodFleet> out = new ArrayList<>();
    int peak = 0;
    for (ServicePeriod p : periods) {
      int n = vehiclesFor(cycle, p.headwayMinutes());
      out.add(new PeriodFleet(p, n));
      peak = Math.max(peak, n);
    }
    return new FleetPlan(runningMinutes, lay, cycle, out, peak);
  }

  /** {@code ceil(cycle / headway)}: the buses that keep one departure per headway going around a cycle. */
  public static int vehiclesFor(double cycleMinutes, double headwayMinutes) {
    return (int) Math.ceil(cycleMinutes / headwayMinutes - EPSILON);
  }

  /** Platform vehicle-hours per service day: every period's buses for the whole period. */
  public double vehicleHoursPerDay() {
    double h = 0;
    for (PeriodFleet p : periods) {
      h += p.vehicleHours();
    }
    return h;
  }
}
