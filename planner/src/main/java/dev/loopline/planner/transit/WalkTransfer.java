package dev.loopline.planner.transit;

import org.opentripplanner.raptor.api.model.RaptorTransfer;

/**
 * A walk between two stops as Raptor uses it: target stop, duration at the request's walking speed and its
 * generalized cost ({@code c1}, centi-seconds). Immutable: Raptor keeps references to transfers in its paths.
 *
 * @param stop              the stop walked to (walked from, in the reverse table)
 * @param durationInSeconds walking time
 * @param c1                generalized cost in centi-seconds
 * @param meters            walking distance
 */
public record WalkTransfer(int stop, int durationInSeconds, int c1, int meters) implements RaptorTransfer {
  @Override
  public String toString() {
    return asString();
  }
}
