package dev.loopline.planner.score;

import dev.loopline.planner.proposal.SimulatedLine;
import java.util.List;
import java.util.Map;

/**
 * Everything one proposal buys and costs, scored on the baseline plus this proposal alone: coverage of the scenario
 * and who is newly covered, accessibility ({@code null} when not computed), the loops it closes and the scenario's
 * network loop figures, its yearly cost, the per-district split and the cost-effectiveness.
 *
 * @param homeDistrictId the operator's home district (where most of its stops are)
 * @param metersByDistrict vehicle-metres per representative week run inside each district (segment by segment)
 * @param accessibilityGainByDistrict per district, residents × jobs gained within the headline cutoff
 */
public record ProposalScore(SimulatedLine line, String homeDistrictId, Coverage coverage,
                            NewlyCovered newlyCovered, Accessibility accessibility, NetworkLoops loops,
                            List<ClosedLoop> closedLoops, OperatingCost cost, Map<String, Double> metersByDistrict,
                            Map<String, Double> accessibilityGainByDistrict, SubsidySplit split,
                            CostEffectiveness effectiveness) {
  public ProposalScore {
    closedLoops = List.copyOf(closedLoops);
    metersByDistrict = Map.copyOf(metersByDistrict);
    accessibilityGainByDistrict = Map.copyOf(accessibilityGainByDistrict);
  }

  public String id() {
    return line.id();
  }
}
