package dev.loopline.planner.score;

/**
 * What a scenario changes in one district's bus service and purse, per year: vehicle-km run in the district, buses
 * of the district's operator (each route's fleet counts in its operator's home district), and the district's shares
 * of cost, fare revenue and subsidy (each route's split by distance run in each district), with the Science City
 * fund's cross-district payment and what the district itself pays. Negative values are savings: a withdrawal saves
 * money where the route ran.
 */
public record DistrictDelta(String districtId, double vehicleKm, int fleet, double cost, double revenue,
                            double subsidy, double fundPays, double districtPays) {

  DistrictDelta plus(DistrictShare s, int sign) {
    return new DistrictDelta(districtId, vehicleKm + sign * s.vehicleKm(), fleet, cost + sign * s.cost(),
        revenue + sign * s.revenue(), subsidy + sign * s.subsidy(), fundPays + sign * s.fund(),
        districtPays + sign * s.districtPays());
  }

  DistrictDelta plusFleet(int buses) {
    return new DistrictDelta(districtId, vehicleKm, fleet + buses, cost, revenue, subsidy, fundPays, districtPays);
  }

  static DistrictDelta zero(String districtId) {
    return new DistrictDelta(districtId, 0, 0, 0, 0, 0, 0, 0);
  }
}
