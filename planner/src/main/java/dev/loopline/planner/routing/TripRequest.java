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
 * @param maxWalkMeters  longest walk to the first stop, from the last stop, and between stops
 * @param walkSpeedMps   the rider's walking speed
 * @param maxTransfers   most changes of vehicle
 * @param maxItineraries most itineraries returned
 * @param optimize       what to search for (see {@link Optimize})
 * @param geometry       whether to compute leg geometry (street paths, shape slices); off for batch work
 * @param cost           generalized-cost weights
 */
public record TripRequest(LatLon from, LatLon to, LocalDateTime time, boolean arriveBy, Duration window,
                          double maxWalkMeters, double walkSpeedMps, int maxTransfers, int maxItineraries,
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
    return new TripRequest(from, to, time, false, DEFAULT_WINDOW, DEFAULT_MAX_WALK_METERS, DEFAULT_WALK_SPEED,
        DEFAULT_MAX_TRANSFERS, DEFAULT_MAX_ITINERARIES, Optimize.BEST_ITINERARIES, true, CostParameters.DEFAULTS);
  }

  /** Arrive at {@code to} by {@code time} with every other setting at its default. */
  public static TripRequest arriveBy(LatLon from, LatLon to, LocalDateTime time) {
    return departAt(from, to, time).withArriveBy(true);
  }

  public TripRequest withArriveBy(boolean v) {
    return new TripRequest(from, to, time, v, window, maxWalkMeters, walkSpeedMps, maxTransfers, maxItineraries,
        optimize, geometry, cost);
  }

  public TripRequest withWindow(Duration v) {
    return new TripRequest(from, to, time, arriveBy, v, maxWalkMeters, walkSpeedMps, maxTransfers, maxItineraries,
        optimize, geometry, cost);
  }

  public TripRequest withMaxWalkMeters(double v) {
    return new TripRequest(from, to, time, arriveBy, window, v, walkSpeedMps, maxTransfers, maxItineraries,
        optimize, geometry, cost);
  }

  public TripRequest withWalkSpeed(double v) {
    return new TripRequest(from, to, time, arriveBy, window, maxWalkMeters, v, maxTransfers, maxItineraries,
        optimize, geometry, cost);
  }

  public TripRequest withMaxTransfers(int v) {
    return new TripRequest(from, to, time, arriveBy, window, maxWalkMeters, walkSpeedMps, v, maxItineraries,
        optimize, geometry, cost);
  }

  public TripRequest withMaxItineraries(int v) {
    return new TripRequest(from, to, time, arriveBy, window, maxWalkMeters, walkSpeedMps, maxTransfers, v,
        optimize, geometry, cost);
  }

  public TripRequest withOptimize(Optimize v) {
    return new TripRequest(from, to, time, arriveBy, window, maxWalkMeters, walkSpeedMps, maxTransfers,
        maxItineraries, v, geometry, cost);
  }

  public TripRequest withGeometry(boolean v) {
    return new TripRequest(from, to, time, arriveBy, window, maxWalkMeters, walkSpeedMps, maxTransfers,
        maxItineraries, optimize, v, cost);
  }

  public TripRequest withCost(CostParameters v) {
    return new TripRequest(from, to, time, arriveBy, window, maxWalkMeters, walkSpeedMps, maxTransfers,
        maxItineraries, optimize, geometry, v);
  }
}
