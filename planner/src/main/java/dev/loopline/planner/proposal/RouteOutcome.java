package dev.loopline.planner.proposal;

import java.util.List;

/**
 * What a scenario did to one route: an existing route changed, withdrawn, merged into a through line or replaced by
 * a new line, or a line the scenario adds. Reports list these; scores compare each route before and after.
 *
 * @param routeId the route's id in the feeds (existing routes) or the new line's route id ({@code SC-L1:line})
 * @param becameRouteId for a merged or replaced route, the route id of the line that runs instead; else null
 * @param changes what was done, one line each, in order
 * @param source the proposal file (and field) of the change that decided the outcome
 */
public record RouteOutcome(String routeId, String name, String agencyId, Kind kind, String becameRouteId,
                           List<String> changes, String source) {
  public RouteOutcome {
    changes = List.copyOf(changes);
  }

  /** The kinds of outcome. */
  public enum Kind {
    /** An existing route runs differently (timetable, path or both). */
    CHANGED,
    /** An existing route no longer runs. */
    WITHDRAWN,
    /** An existing route runs on as part of a through line. */
    MERGED,
    /** An existing route no longer runs; a new line runs instead. */
    REPLACED,
    /** A line the scenario adds (a new line, a through line of a merge, a replacement). */
    NEW;

    /** Lower case, as reports and JSON show it. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** True for an existing route that leaves the network. */
  public boolean ended() {
    return kind == Kind.WITHDRAWN || kind == Kind.MERGED || kind == Kind.REPLACED;
  }
}
