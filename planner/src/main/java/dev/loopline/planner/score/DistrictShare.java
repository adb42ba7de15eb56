package dev.loopline.planner.score;

/**
 * One district's part of a line, by the share of its distance run inside the district: the vehicle-km,
 * vehicle-hours, cost, revenue and subsidy attributed to it, the vehicle-km outside the operator's home district
 * that the Science City fund supports, the fund's payment, and what is left for the district to pay. Money per
 * year.
 */
public record DistrictShare(String districtId, double share, double vehicleKm, double vehicleHours, double cost,
                            double revenue, double subsidy, double outOfHomeVehicleKm, double fund,
                            double districtPays) {}
