package dev.loopline.planner.transit;

import org.opentripplanner.raptor.api.model.RaptorAccessEgress;
import org.opentripplanner.raptor.api.model.RaptorTransferConstraint;
import org.opentripplanner.raptor.spi.RaptorCostCalculator;

/**
 * Loopline's generalized cost for Raptor's multi-criteria search (see {@link CostParameters} for the weights).
 * All values are centi-seconds. Walking cost is carried by the walks themselves ({@link WalkTransfer#c1()},
 * {@link WalkAccessEgress#c1()}); this class prices waiting, boarding and riding. Immutable and thread-safe.
 */
public final class GeneralizedCost implements RaptorCostCalculator<TripSchedule> {
  private final int walk;
  private final int wait;
  private final int ride;
  private final int firstBoarding;
  private final int laterBoarding;
  private final int minFactor;

  public GeneralizedCost(CostParameters p) {
    this.walk = CostParameters.centi(p.walkReluctance());
    this.wait = CostParameters.centi(p.waitReluctance());
    this.ride = CostParameters.centi(p.transitReluctance());
    this.firstBoarding = p.boardCostSeconds() * 100;
    this.laterBoarding = (p.boardCostSeconds() + p.transferCostSeconds()) * 100;
    this.minFactor = Math.min(walk, Math.min(wait, ride));
  }

  /** The wait since the previous arrival plus the boarding penalty. */
  @Override
  public int boardingCost(boolean first, int prevArrivalTime, int boardStop, int boardTime, TripSchedule trip,
                          RaptorTransferConstraint transferConstraints) {
    int waitSeconds = boardTime - prevArrivalTime;
    return wait * waitSeconds + (first ? firstBoarding : laterBoarding);
  }

  /**
   * Riding cost relative to boarding: Raptor only compares this between boardings of the same trip, so the
   * constant ride cost of the trip drops out and only the boarding time matters.
   */
  @Override
  public int onTripRelativeRidingCost(int boardTime, TripSchedule trip) {
    return -boardTime * ride;
  }

  @Override
  public int transitArrivalCost(int boardCost, int alightSlack, int transitTime, TripSchedule trip, int toStop) {
    return boardCost + ride * transitTime + wait * alightSlack;
  }

  @Override
  public int waitCost(int waitTimeInSeconds) {
    return wait * waitTimeInSeconds;
  }

  /**
   * A lower bound of the cost still to come, used by Raptor's heuristics to prune: the remaining time at the
   * cheapest weight plus the penalties of the boardings still needed. Raptor's heuristic gives at least
   * {@code minBoardings} more boardings from the stop (its "transfers" there count the rides still to take; 0 at a
   * stop the destination is walked to from); the first of them may be the trip's first boarding, every later one
   * is a transfer. Always optimistic, so no optimal path is pruned, and tighter bounds prune more.
   */
  @Override
  public int calculateRemainingMinCost(int minTravelTime, int minBoardings, int fromStop) {
    int boardings = minBoardings <= 0 ? 0 : firstBoarding + (minBoardings - 1) * laterBoarding;
    return minFactor * minTravelTime + boardings;
  }

  @Override
  public int costEgress(RaptorAccessEgress egress) {
    return egress.c1();
  }

  int walkCostPerSecond() {
    return walk;
  }
}
