package dev.loopline.planner.score;

import java.util.List;
import java.util.Map;

/**
 * An existing bus route of the unified feed that crosses a district border, costed like a proposal: this is what
 * the districts already pay for, and what they negotiate from.
 *
 * @param districts districts its stops lie in
 * @param metersByDistrict vehicle-metres per representative week run inside each district (segment by segment)
 */
public record ExistingLine(String routeId, String name, String agencyId, String homeDistrictId,
                           List<String> districts, Map<String, Double> metersByDistrict, OperatingCost cost,
                           SubsidySplit split) {
  public ExistingLine {
    districts = List.copyOf(districts);
    metersByDistrict = Map.copyOf(metersByDistrict);
  }
}
