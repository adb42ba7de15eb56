package dev.loopline.planner.score;

import dev.loopline.planner.proposal.RouteOutcome;

/**
 * One route a scenario touches, costed before and after by one method: {@code before} is null for a line the
 * scenario adds, {@code after} null for a route that no longer runs (withdrawn, merged, replaced).
 */
public record RouteDelta(RouteOutcome outcome, RouteCost before, RouteCost after) {

  /** Yearly cost after less before (a withdrawal saves: negative). */
  public double costChange() {
    return cost(after) - cost(before);
  }

  /** Yearly subsidy after less before. */
  public double subsidyChange() {
    return subsidy(after) - subsidy(before);
  }

  /** Buses after less before. */
  public int fleetChange() {
    return fleet(after) - fleet(before);
  }

  /** Vehicle-km per year after less before. */
  public double vehicleKmChange() {
    return (after == null ? 0 : after.cost().vehicleKmPerYear()) - (before == null ? 0
        : before.cost().vehicleKmPerYear());
  }

  static double cost(RouteCost c) {
    return c == null ? 0 : c.cost().cost();
  }

  static double subsidy(RouteCost c) {
    return c == null ? 0 : c.cost().subsidy();
  }

  static int fleet(RouteCost c) {
    return c == null ? 0 : c.cost().operations().peakVehicles();
  }
}
