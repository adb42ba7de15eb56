package dev.loopline.planner.routing;

import dev.loopline.osm.LatLon;
import dev.loopline.osm.StreetConfig;
import dev.loopline.planner.transit.TransitRouter;
import dev.loopline.planner.transit.CostParameters;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A resident's question: from here to there, leaving at (or arriving by) a time.
 *
 * @param from           origin
 * @param to             destination
 * @param time           departure time, or arrival time when {@code arriveBy}
 * @param arriveBy       true: arrive no later than {@code time}; false: leave no earlier than {@code time}
 * @param window         how far after (before, for arrive-by) {@code time} departures are considered
 * @param maxWalkMeters  longest walk between stops (a transfer)
 * @param maxAccessWalk  longest walk from the origin to the first stop, and from the last stop to the destination
 *                       (a time, like OpenTripPlanner's access and egress limits: a slow walker reaches fewer stops)
 * @param walkSpeedMps   the rider's walking speed
 * @param maxTransfers   most changes of vehicle
 * @param maxItineraries most itineraries returned
 * @param optimize       what to search for (see {@link Optimize})
 * @param geometry       whether to compute leg geometry (street paths, shape slices); off for batch work
 * @param cost           generalized-cost weights
 */
public record TripRequest(LatLon from, LatLon to, LocalDateTime time, boolean arriveBy, Duration window,
                          double maxWalkMeters, Duration maxAccessWalk, double walkSpeedMps, int maxTransfers,
                          int maxItineraries,
                          Optimize optimize, boolean geometry, CostParameters cost) {

  /** What the search optimises. */
  public enum Optimize {
    /**
     * The Pareto set over arrival time, number of transfers and generalized cost (Raptor's multi-criteria
     * range search over the window), ranked, up to {@code maxItineraries}.
     */
    BEST_ITINERARIES,
    /** Only the earliest arrival leaving at {@code time} (Raptor's single-criterion search); for batch work. */
    EARLIEST_ARRIVAL
  }

  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(60);
  public static final double DEFAULT_MAX_WALK_METERS = 1200;
  /** 45 minutes to the first stop or from the last one: OpenTripPlanner's default, so no trip is lost to a cap. */
  public static final Duration DEFAULT_MAX_ACCESS_WALK = Duration.ofMinutes(45);
  public static final double DEFAULT_WALK_SPEED = StreetConfig.DEFAULT_WALK_SPEED_MPS;
  public static final int DEFAULT_MAX_TRANSFERS = 6;
  public static final int DEFAULT_MAX_ITINERARIES = 5;

  public TripRequest {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(optimize, "optimize");
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(maxAccessWalk, "maxAccessWalk");
    if (maxAccessWalk.isNegative() || maxAccessWalk.compareTo(Duration.ofHours(2)) > 0) {
      throw new IllegalArgumentException("maximum walk to and from stops must be between 0 and 120 min, was "
          + maxAccessWalk.toMinutes() + " min");
    }
    if (window.isNegative() || window.compareTo(Duration.ofHours(24)) > 0) {
      throw new IllegalArgumentException("search window must be between 0 and 24 h, was " + window);
    }
    if (!(maxWalkMeters >= 0 && maxWalkMeters <= 10_000)) {
      throw new IllegalArgumentException("maximum walk must be between 0 and 10000 m, was " + maxWalkMeters);
    }
    if (!(walkSpeedMps >= 0.3 && walkSpeedMps <= 3)) {
      throw new IllegalArgumentException("walking speed must be between 0.3 and 3 m/s, was " + walkSpeedMps);
    }
    if (maxTransfers < 0 || maxTransfers > TransitRouter.MAX_TRANSFERS) {
      throw new IllegalArgumentException("maximum transfers must be between 0 and " + TransitRouter.MAX_TRANSFERS
          + ", was " + maxTransfers);
    }
    if (maxItineraries < 1 || maxItineraries > 50) {
      throw new IllegalArgumentException("number of itineraries must be between 1 and 50, was " + maxItineraries);
    }
  }

  /** Leave from {@code from} at {@code time} with every other setting at its default. */
  public static TripRequest departAt(LatLon from, LatLon to, LocalDateTime time) {
    return new TripRequest(from, to, time, false, DEFAULT_WINDOW, DEFAULT_MAX_WALK_METERS, DEFAULT_MAX_ACCESS_WALK,
        DEFAULT_WALK_SPEED,
        DEFAULT_MAX_TRANSFERS, DEFAULT_MAX_ITINERARIES, Optimize.BEST_ITINERARIES, true, CostParameters.DEFAULTS);
  }

  /** Arrive at {@code to} by {@code time} with every other setting at its default. */
  public static TripRequest arriveBy(LatLon from, LatLon to, LocalDateTime time) {
    return departAt(from, to, time).withArriveBy(true);
  }

  public TripRequest withArriveBy(boolean v) {
    return new TripRequest(from, to, time, v, window, maxWalkMeters, maxAccessWalk, walkSpeedMps, maxTransfers,
        maxItineraries, optimize, geometry, cost);
  }

  public TripRequest withWindow(Duration v) {
    return new TripRequest(from, to, time, arriveBy, v, maxWalkMeters, maxAccessWalk, walkSpeedMps, maxTransfers,
        maxItineraries, optimize, geometry, cost);
  }

  public TripRequest withMaxWalkMeters(double v) {
    return new TripRequest(from, to, time, arriveBy, window, v, maxAccessWalk, walkSpeedMps, maxTransfers,
        maxItineraries, optimize, geometry, cost);
  }

  public TripRequest withMaxAccessWalk(Duration v) {
    return new TripRequest(from, to, time, arriveBy, window, maxWalkMeters, v, walkSpeedMps, maxTransfers,
        maxItineraries, optimize, geometry, cost);
  }

  /** The longest walk to or from a stop in metres at the rider's speed. */
  public double maxAccessMeters() {
    return maxAccessWalk.toSeconds() * walkSpeedMps;
  }

  public TripRequest withWalkSpeed(double v) {
    return new TripRequest(from, to, time, arriveBy, window, maxWalkMeters, maxAccessWalk, v, maxTransfers,
        maxItineraries, optimize, geometry, cost);
  }

  public TripRequest withMaxTransfers(int v) {
    return new TripRequest(from, to, time, arriveBy, window, maxWalkMeters, maxAccessWalk, walkSpeedMps, v,
        maxItineraries, optimize, geometry, cost);
  }

  public TripRequest withMaxItineraries(int v) {
    return new TripRequest(from, to, time, arriveBy, window, maxWalkMeters, maxAccessWalk, walkSpeedMps, maxTransfers,
        v, optimize, geometry, cost);
  }

  public TripRequest withOptimize(Optimize v) {
    return new TripRequest(from, to, time, arriveBy, window, maxWalkMeters, maxAccessWalk, walkSpeedMps, maxTransfers,
        maxItineraries, v, geometry, cost);
  }

  public TripRequest withGeometry(boolean v) {
    return new TripRequest(from, to, time, arriveBy, window, maxWalkMeters, maxAccessWalk, walkSpeedMps, maxTransfers,
        maxItineraries, optimize, v, cost);
  }

  public TripRequest withCost(CostParameters v) {
    return new TripRequest(from, to, time, arriveBy, window, maxWalkMeters, maxAccessWalk, walkSpeedMps, maxTransfers,
        maxItineraries, optimize, geometry, v);
  }
}
