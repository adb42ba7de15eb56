package dev.loopline.planner.app;

import dev.loopline.planner.proposal.Proposal;
import dev.loopline.planner.proposal.SimulationSettings;
import dev.loopline.planner.score.AccessibilitySettings;
import dev.loopline.planner.score.CostModel;
import dev.loopline.planner.score.CoverageSettings;
import dev.loopline.gtfs.io.NamedPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Score the network as it is and each proposal against it.
 *
 * @param proposals     the proposals, scored one after the other (none: the baseline alone)
 * @param costs         unit costs and fares
 * @param simulation    how the proposals' timetables are derived from their road routes
 * @param coverage      walking distances that count as covered
 * @param accessibility accessibility settings, or {@code null} to skip accessibility (the slow score)
 * @param date          the service date, or {@code null} for the network's typical weekday
 * @param out           the report folder to write, as the user named it, or {@code null} to write nothing; never
 *                      a folder Loopline did not write (see {@link dev.loopline.gtfs.io.OutputGuard})
 * @param force         also replace another kind of Loopline output in {@code out}
 * @param scenarios     scenarios set side by side with the baseline (proposals that change existing routes,
 *                      packages, named scenarios), scored in order after the new lines; none: no comparison
 * @param difference    two scenario ids (or {@code baseline}) whose difference the report maps, the second less the
 *                      first; empty for the default (the first two scenarios, or the baseline and the only one)
 */
public record EvaluateRequest(List<Proposal> proposals, CostModel costs, SimulationSettings simulation,
                              CoverageSettings coverage, AccessibilitySettings accessibility, LocalDate date,
                              NamedPath out, boolean force, List<ScenarioRequest> scenarios,
                              List<String> difference) {
  /** The baseline's name where a difference pair names it. */
  public static final String BASELINE = dev.loopline.planner.score.Evaluation.BASELINE;

  public EvaluateRequest {
    proposals = List.copyOf(proposals);
    Objects.requireNonNull(costs, "costs");
    Objects.requireNonNull(simulation, "simulation");
    Objects.requireNonNull(coverage, "coverage");
    scenarios = List.copyOf(scenarios);
    difference = List.copyOf(difference);
  }

  /** New lines only, without scenarios. */
  public EvaluateRequest(List<Proposal> proposals, CostModel costs, SimulationSettings simulation,
                         CoverageSettings coverage, AccessibilitySettings accessibility, LocalDate date, NamedPath out,
                         boolean force) {
    this(proposals, costs, simulation, coverage, accessibility, date, out, force, List.of(), List.of());
  }

  /** The same request with scenarios to compare and the pair to map the difference of. */
  public EvaluateRequest withScenarios(List<ScenarioRequest> scenarios, List<String> difference) {
    return new EvaluateRequest(proposals, costs, simulation, coverage, accessibility, date, out, force, scenarios,
        difference);
  }

  /** The proposals with every default: shipped costs, default simulation, coverage and accessibility. */
  public static EvaluateRequest defaults(List<Proposal> proposals, NamedPath out) {
    return new EvaluateRequest(proposals, CostModel.defaults(), SimulationSettings.DEFAULTS,
        CoverageSettings.DEFAULTS, AccessibilitySettings.DEFAULTS, null, out, false);
  }

  /**
   * Every default, for proposals of either format: the new lines ranked, the other proposals each alone as
   * scenarios, and each package together next to its members alone.
   */
  public static EvaluateRequest defaults(List<dev.loopline.planner.proposal.NetworkProposal> proposals,
                                         List<List<dev.loopline.planner.proposal.NetworkProposal>> packages,
                                         NamedPath out) {
    return defaults(ScenarioRequest.newLines(proposals), out)
        .withScenarios(ScenarioRequest.scenarios(proposals, packages), List.of());
  }

  /** The same request with other accessibility settings ({@code null}: without accessibility). */
  /**
   * Named scenarios compared with the baseline (no new lines ranked), with the default costs and settings;
   * accessibility scored only when asked (it takes minutes).
   */
  public static EvaluateRequest comparison(List<ScenarioRequest> scenarios, boolean accessibility) {
    return new EvaluateRequest(List.of(), CostModel.defaults(), SimulationSettings.DEFAULTS, CoverageSettings.DEFAULTS,
        accessibility ? AccessibilitySettings.DEFAULTS : null, null, null, false, scenarios, List.of());
  }

  /** The same request with the difference map drawn between the baseline and one of its scenarios. */
  public EvaluateRequest withDifferenceFromBaseline(String scenarioId) {
    return withDifference(List.of(BASELINE, scenarioId));
  }

  /** The same request with the difference map drawn between two of its scenarios or the baseline (empty: none). */
  public EvaluateRequest withDifference(List<String> pair) {
    return withScenarios(scenarios, pair);
  }

  public EvaluateRequest withAccessibility(AccessibilitySettings settings) {
    return new EvaluateRequest(proposals, costs, simulation, coverage, settings, date, out, force, scenarios,
        difference);
  }

  /** The same request without accessibility. */
  public EvaluateRequest withoutAccessibility() {
    return new EvaluateRequest(proposals, costs, simulation, coverage, null, date, out, force, scenarios, difference);
  }
}
