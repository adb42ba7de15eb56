package dev.loopline.planner.score;

import java.util.Map;

/**
 * One way to share what the districts pay (the subsidy less the fund's cross-district payment), shown side by side
 * with the others so planners see who pays and who benefits. {@code weights} is the basis per district (km run,
 * residents newly covered, accessibility gained); {@code pays} is empty when the basis is zero everywhere (say, a
 * line that covers nobody new), where the rule cannot apply.
 */
public record SplitRule(String id, String label, Map<String, Double> weights, Map<String, Double> pays) {
  public SplitRule {
    weights = Map.copyOf(weights);
    pays = Map.copyOf(pays);
  }

  public boolean applicable() {
    return !pays.isEmpty();
  }
}
