package dev.loopline.planner.app;

import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.planner.score.CostModel;
import dev.loopline.planner.score.Evaluation;
import java.util.List;

/**
 * The scoring requests the web runs, with the values of the settings tree ({@code evaluate:} in
 * {@code loopline.yaml}: traffic factor, dwell, coverage distances, accessibility origin zones) — the same values
 * {@code loopline evaluate} and {@code compare} take when no option is given, so the page and the command line
 * score a proposal alike.
 */
public final class ScoringRequests {
  private ScoringRequests() {}

  /**
   * New lines ranked, the other proposals each alone as scenarios, and with {@code asPackage} those together as one
   * package mapped against the baseline.
   */
  public static EvaluateRequest evaluation(LooplineSettings.Evaluate settings, List<NetworkProposal> proposals,
                                    List<NetworkProposal> packaged, boolean accessibility) {
    List<String> difference = packaged.isEmpty() ? List.of()
        : List.of(Evaluation.BASELINE, ScenarioRequest.packageOf(packaged).id());
    return request(settings, ScenarioRequest.newLines(proposals),
        ScenarioRequest.scenarios(proposals, packaged.isEmpty() ? List.of() : List.of(packaged)), difference,
        accessibility);
  }

  /**
   * Named scenarios side by side with the baseline.
   *
   * @param difference the pair whose difference is mapped (empty: the default pair)
   */
  public static EvaluateRequest comparison(LooplineSettings.Evaluate settings, List<ScenarioRequest> scenarios,
                                    List<String> difference, boolean accessibility) {
    return request(settings, List.of(), scenarios, difference, accessibility);
  }

  private static EvaluateRequest request(LooplineSettings.Evaluate s,
                                         List<dev.loopline.planner.proposal.Proposal> lines,
                                         List<ScenarioRequest> scenarios, List<String> difference,
                                         boolean accessibility) {
    return new EvaluateRequest(lines, CostModel.defaults(), s.simulation(), s.coverage(),
        accessibility ? s.accessibility() : null, null, null, false, scenarios, difference);
  }
}
