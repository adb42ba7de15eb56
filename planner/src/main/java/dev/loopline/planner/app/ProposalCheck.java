package dev.loopline.planner.app;

import dev.loopline.planner.proposal.RouteOutcome;
import java.util.List;

/**
 * A proposal that reads and applies cleanly on the network: what it is and what it would do.
 *
 * @param id       the proposal's id
 * @param name     its name (Chinese in the sample)
 * @param nameEn   its English name, or {@code null}
 * @param changes  the kinds of its changes in order ({@code new_line}, {@code headway}, ...)
 * @param routes   what it does to each route it touches or adds
 * @param warnings what the planner should look at (doubtful but not wrong), one sentence each
 */
public record ProposalCheck(String id, String name, String nameEn, List<String> changes, List<RouteOutcome> routes,
                            List<String> warnings) {
  public ProposalCheck {
    changes = List.copyOf(changes);
    routes = List.copyOf(routes);
    warnings = List.copyOf(warnings);
  }
}
