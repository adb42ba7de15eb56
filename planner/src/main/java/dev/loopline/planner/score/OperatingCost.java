package dev.loopline.planner.score;

/**
 * A year of running one line: quantities, cost by driver (distance, time, fleet), fare revenue from the ridership
 * estimate, and the subsidy that closes the gap. A year is {@code service_days_per_year / 7} representative weeks.
 * All money per year in the cost model's currency.
 *
 * @param operatingDaysPerYear days the line runs in a year (its days per week × weeks per year)
 */
public record OperatingCost(LineOperations operations, double operatingDaysPerYear, double vehicleKmPerYear,
                            double vehicleHoursPerYear, double distanceCost, double timeCost, double fleetCost,
                            Ridership ridership, double fare, double revenue) {

  /** Costs a line's week of operations with a cost model, given its ridership estimate and fare. */
  public static OperatingCost of(LineOperations ops, CostModel model, Ridership ridership, double fare) {
    double weeks = model.weeksPerYear();
    double vkm = ops.vehicleKmPerWeek() * weeks;
    double vh = ops.vehicleHoursPerWeek() * weeks;
    return new OperatingCost(ops, ops.daysPerWeek() * weeks, vkm, vh, vkm * model.perVehicleKm(),
        vh * model.perVehicleHour(), ops.peakVehicles() * model.perVehicleYear(), ridership, fare,
        ridership.boardingsPerWeek() * weeks * fare);
  }

  /** Total operating cost per year. */
  public double cost() {
    return distanceCost + timeCost + fleetCost;
  }

  /** Cost not covered by fares: what someone (the fund, the districts) must pay each year. */
  public double subsidy() {
    return cost() - revenue;
  }

  public double boardingsPerYear() {
    return ridership.boardingsPerWeek() * operatingDaysPerYear / Math.max(1, operations.daysPerWeek());
  }
}
