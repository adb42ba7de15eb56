package dev.loopline.planner.score;

/**
 * A year of running one line: quantities, cost by driver (distance, time, fleet), fare revenue from the boardings
 * estimate of the {@link CostModel}, and the subsidy that closes the gap. All money per year in the cost model's
 * currency.
 */
public record OperatingCost(LineOperations operations, double operatingDaysPerYear, double vehicleKmPerYear,
                            double vehicleHoursPerYear, double distanceCost, double timeCost, double fleetCost,
                            double servedResidents, double boardingsPerDay, double fare, double revenue) {

  /** Costs a line's operations with a cost model, given the residents its stops serve and its fare. */
  public static OperatingCost of(LineOperations ops, CostModel model, double servedResidents, double fare) {
    double days = model.operatingDaysPerYear(ops.daysPerWeek());
    double vkm = ops.vehicleKmPerDay() * days;
    double vh = ops.vehicleHoursPerDay() * days;
    double boardings = model.boardingsPerDay(servedResidents);
    return new OperatingCost(ops, days, vkm, vh, vkm * model.perVehicleKm(), vh * model.perVehicleHour(),
        ops.peakVehicles() * model.perVehicleYear(), servedResidents, boardings, fare, boardings * fare * days);
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
    return boardingsPerDay * operatingDaysPerYear;
  }
}
