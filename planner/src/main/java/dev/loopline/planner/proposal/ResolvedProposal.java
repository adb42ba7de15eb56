package dev.loopline.planner.proposal;

import java.util.List;

/**
 * A proposal whose stops and operator were found in the unified feed: the agency that will run it and every stop
 * placed. Only resolved proposals can be routed and scored.
 *
 * @param agencyId the unified feed's agency of the operator (namespaced, e.g. {@code shapingba:1})
 */
public record ResolvedProposal(Proposal proposal, String agencyId, List<PlacedStop> stops) {
  public ResolvedProposal {
    stops = List.copyOf(stops);
  }

  public String id() {
    return proposal.id();
  }

  /** New stops only, in line order. */
  public List<PlacedStop> newStops() {
    return stops.stream().filter(PlacedStop::isNew).toList();
  }
}
