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
 */
public record EvaluateRequest(List<Proposal> proposals, CostModel costs, SimulationSettings simulation,
                              CoverageSettings coverage, AccessibilitySettings accessibility, LocalDate date,
                              NamedPath out, boolean force) {
  public EvaluateRequest {
    proposals = List.copyOf(proposals);
    Objects.requireNonNull(costs, "costs");
    Objects.requireNonNull(simulation, "simulation");
    Objects.requireNonNull(coverage, "coverage");
  }

  /** The proposals with every default: shipped costs, default simulation, coverage and accessibility. */
  public static EvaluateRequest defaults(List<Proposal> proposals, NamedPath out) {
    return new EvaluateRequest(proposals, CostModel.defaults(), SimulationSettings.DEFAULTS,
        CoverageSettings.DEFAULTS, AccessibilitySettings.DEFAULTS, null, out, false);
  }

  /** The same request without accessibility. */
  public EvaluateRequest withoutAccessibility() {
    return new EvaluateRequest(proposals, costs, simulation, coverage, null, date, out, force);
  }
}
