package dev.loopline.planner.score;

/**
 * The transit search accessibility runs once per origin: from the origin's access stops (walk seconds each),
 * departing every minute of a window, the earliest arrival at every stop. Implemented on Raptor's range search by
 * {@link RaptorTransitArrivals} (an adapter over {@link dev.loopline.planner.routing.TravelTimeSearch}); tests use
 * hand-made timetables.
 */
@FunctionalInterface
public interface TransitArrivals {
  /** Arrival value of a stop that is not reached. */
  int UNREACHED = Integer.MAX_VALUE;

  /**
   * Earliest arrivals.
   *
   * @param accessStops stop indexes (the search's own numbering) reachable on foot from the origin
   * @param accessSeconds walking seconds to each of them
   * @param firstDeparture the first departure, seconds after midnight
   * @param minutes how many departures, one per minute from {@code firstDeparture}
   * @param maxTravelSeconds arrivals later than departure + this need not be found
   * @return {@code [minute][stop]} arrival times (seconds after midnight) or {@link #UNREACHED}
   */
  int[][] arrivals(int[] accessStops, int[] accessSeconds, int firstDeparture, int minutes, int maxTravelSeconds);
}
