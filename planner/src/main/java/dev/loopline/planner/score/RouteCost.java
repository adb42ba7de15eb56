package dev.loopline.planner.score;

import java.util.Map;

/**
 * A year of one route or line, as a scenario comparison needs it: who runs it (its agency and the operator's home
 * district), its representative week ({@code cost.operations()}), yearly cost, fares and subsidy, the vehicle-metres
 * per week run in each district and the split of its cost by district.
 *
 * @param metersByDistrict vehicle-metres per representative week run inside each district (segment by segment)
 */
public record RouteCost(String routeId, String name, String agencyId, String homeDistrictId,
                        Map<String, Double> metersByDistrict, OperatingCost cost, SubsidySplit split) {
  public RouteCost {
    metersByDistrict = Map.copyOf(metersByDistrict);
  }
}
