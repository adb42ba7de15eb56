package dev.loopline.planner.transit;

import org.opentripplanner.raptor.api.model.RaptorAccessEgress;

/**
 * A walk between the trip's origin and a stop (access) or a stop and the destination (egress). Raptor starts
 * (or ends) its search with one of these per stop within walking distance; the trip planner prices them on the
 * street network. Always available (no opening hours).
 *
 * @param stop              layer index of the stop walked to (access) or from (egress)
 * @param durationInSeconds walking time
 * @param c1                generalized cost in centi-seconds
 * @param meters            walking distance, for the itinerary
 */
public record WalkAccessEgress(int stop, int durationInSeconds, int c1, int meters) implements RaptorAccessEgress {

  /** A walk priced with the given cost parameters. */
  public static WalkAccessEgress of(int stop, int seconds, int meters, CostParameters cost) {
    return new WalkAccessEgress(stop, seconds, cost.walkCost(seconds), meters);
  }

  @Override
  public int earliestDepartureTime(int requestedDepartureTime) {
    return requestedDepartureTime;
  }

  @Override
  public int latestArrivalTime(int requestedArrivalTime) {
    return requestedArrivalTime;
  }

  @Override
  public boolean hasOpeningHours() {
    return false;
  }

  @Override
  public String toString() {
    return asString(true, true, meters + "m");
  }
}
