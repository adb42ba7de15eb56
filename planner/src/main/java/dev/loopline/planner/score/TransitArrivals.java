package dev.loopline.planner.score;

import java.util.BitSet;

/**
 * The transit search accessibility runs once per origin: from the origin's access stops (walk seconds each),
 * departing every minute of a window, the earliest arrival at every stop on a vehicle, and which stops were reached
 * at all. Implemented on Raptor's range search by {@link RaptorTransitArrivals} (an adapter over
 * {@link dev.loopline.planner.routing.TravelTimeSearch}); tests use hand-made timetables.
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
   */
  Arrivals arrivals(int[] accessStops, int[] accessSeconds, int firstDeparture, int minutes, int maxTravelSeconds);

  /**
   * What one origin's search found.
   *
   * @param byVehicle {@code [minute][stop]} the earliest time (seconds after midnight) a rider alights from a vehicle
   *     at the stop, or {@link #UNREACHED}; walks to a destination start from these only, so that an access walk,
   *     a walk between stops and an egress walk are never chained into a trip without a ride
   * @param reached the stops reached in some minute within the limit by any means (the access walk, a ride, a walk
   *     between stops after a ride): where the rider could be standing, which decides what a changed route can change
   */
  record Arrivals(int[][] byVehicle, BitSet reached) {}
}
