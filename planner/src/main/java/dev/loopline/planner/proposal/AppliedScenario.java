package dev.loopline.planner.proposal;

import dev.loopline.gtfs.model.Feed;
import java.util.List;
import java.util.Map;

/**
 * The network after a list of proposals: the scenario's feed (a copy of the unified feed with the changes applied;
 * the baseline is untouched), the lines it adds (new lines, through lines of merges, replacements) as simulated
 * lines, what happened to every route it touched, and warnings for the planner.
 *
 * @param fares the fare of each added line by route id, where its proposal gives one
 */
public record AppliedScenario(Feed feed, List<SimulatedLine> newLines, List<RouteOutcome> routes,
                              Map<String, Double> fares, List<String> warnings) {
  public AppliedScenario {
    newLines = List.copyOf(newLines);
    routes = List.copyOf(routes);
    fares = Map.copyOf(fares);
    warnings = List.copyOf(warnings);
  }

  /** The route ids of the baseline the scenario touched (changed or ended), sorted. */
  public List<String> touchedBaselineRoutes() {
    return routes.stream().filter(r -> r.kind() != RouteOutcome.Kind.NEW).map(RouteOutcome::routeId).sorted().toList();
  }

  /** The route ids of the scenario's feed that differ from the baseline (changed routes and added lines), sorted. */
  public List<String> scenarioRoutes() {
    return routes.stream().filter(r -> r.kind() == RouteOutcome.Kind.CHANGED || r.kind() == RouteOutcome.Kind.NEW)
        .map(RouteOutcome::routeId).sorted().toList();
  }

  /** True when the scenario only adds lines (no existing route changed or ended). */
  public boolean onlyAdds() {
    return routes.stream().allMatch(r -> r.kind() == RouteOutcome.Kind.NEW);
  }
}
