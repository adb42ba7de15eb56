package dev.loopline.planner.transit;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.opentripplanner.raptor.RaptorService;
import org.opentripplanner.raptor.api.path.RaptorPath;
import org.opentripplanner.raptor.api.request.RaptorEnvironment;
import org.opentripplanner.raptor.api.request.RaptorProfile;
import org.opentripplanner.raptor.api.request.RaptorRequest;
import org.opentripplanner.raptor.api.request.RaptorRequestBuilder;
import org.opentripplanner.raptor.api.request.RaptorTuningParameters;
import org.opentripplanner.raptor.api.response.RaptorResponse;
import org.opentripplanner.raptor.configure.RaptorConfig;

/**
 * Runs OTP's Raptor on a {@link RaptorTransitData}. Thread-safe: each call gets its own Raptor config and service
 * (two small objects; the heavy data is the shared {@link TransitLayer}) because {@code RaptorConfig.context()}
 * stores per-search state in the config, so one config shared by two threads would race.
 */
public final class TransitRouter {
  /** Arrival value of a stop that was not reached. */
  public static final int UNREACHED = Integer.MAX_VALUE;

  /** The most transfers any search may ask for: Raptor's cap on rounds and the limit every request is checked against. */
  public static final int MAX_TRANSFERS = 10;

  static final RaptorTuningParameters TUNING = new RaptorTuningParameters() {
    @Override
    public int maxNumberOfTransfers() {
      return raptorTransferLimit(MAX_TRANSFERS);
    }
  };
  static final RaptorEnvironment ENVIRONMENT = new RaptorEnvironment() {};

  private TransitRouter() {}

  /**
   * Raptor's {@code maxNumberOfTransfers} for a limit on changes of vehicle. Raptor sizes its rounds with it and
   * rides once per round, so the value caps the rides, not the changes: a trip with {@code changes} changes rides
   * {@code changes + 1} times and needs that much.
   */
  public static int raptorTransferLimit(int changes) {
    return changes + 1;
  }

  /** A new Raptor configuration with Loopline's tuning (no thread pool: callers parallelise across searches). */
  public static RaptorConfig<TripSchedule> config() {
    return new RaptorConfig<>(TUNING, ENVIRONMENT);
  }

  public static RaptorResponse<TripSchedule> route(RaptorRequest<TripSchedule> request, RaptorTransitData data) {
    return new RaptorService<>(config()).route(request, data);
  }

  /**
   * Earliest arrival from one stop to another, boarding at {@code fromStop} no earlier than {@code departure} and
   * alighting at {@code toStop} (Raptor's plain, single-criterion search with one iteration). Walks between stops
   * are used between rides only. Empty when the target cannot be reached.
   */
  public static Optional<RaptorPath<TripSchedule>> stopToStop(TransitLayer layer, TransitSearchSettings settings,
                                                              int fromStop, int toStop, int departure,
                                                              int maxTransfers) {
    RaptorRequestBuilder<TripSchedule> b = new RaptorRequestBuilder<>();
    b.profile(RaptorProfile.STANDARD);
    b.searchParams()
        .earliestDepartureTime(departure)
        .searchOneIterationOnly()
        .maxNumberOfTransfers(raptorTransferLimit(maxTransfers))
        .numberOfAdditionalTransfers(maxTransfers)
        .addAccessPaths(new WalkAccessEgress(fromStop, 0, 0, 0))
        .addEgressPaths(new WalkAccessEgress(toStop, 0, 0, 0));
    Collection<RaptorPath<TripSchedule>> paths = route(b.build(), new RaptorTransitData(layer, settings)).paths();
    return paths.stream().min(Comparator.comparingInt(RaptorPath<TripSchedule>::endTime)
        .thenComparingInt(RaptorPath::numberOfTransfers));
  }

  /**
   * Earliest arrival at every stop of the layer when leaving at {@code departure} through the given access walks
   * (one Raptor iteration over the whole network, no destination). Arrivals count walks after a ride too.
   *
   * @param latestArrival arrivals after this are not explored (bounds the work); use
   *                      {@code departure + max travel time}
   * @return per layer stop, the arrival time or {@link #UNREACHED}
   */
  public static int[] earliestArrivals(TransitLayer layer, TransitSearchSettings settings,
                                       Collection<WalkAccessEgress> access, int departure, int maxTransfers,
                                       int latestArrival) {
    int sink = layer.stopCount();
    RaptorRequestBuilder<TripSchedule> b = new RaptorRequestBuilder<>();
    b.profile(RaptorProfile.BEST_TIME);
    b.searchParams()
        .earliestDepartureTime(departure)
        .latestArrivalTime(latestArrival)
        .searchOneIterationOnly()
        .maxNumberOfTransfers(maxTransfers)
        .addAccessPaths(access.toArray(WalkAccessEgress[]::new))
        .addEgressPaths(new WalkAccessEgress(sink, 0, 0, 0));
    var arrivals = route(b.build(), new RaptorTransitData(layer, settings, 1)).getArrivals();
    int[] out = new int[layer.stopCount()];
    for (int s = 0; s < out.length; s++) {
      out[s] = arrivals.reached(s) ? arrivals.bestArrivalTime(s) : UNREACHED;
    }
    return out;
  }

  /** Receives, for each departure minute of a range search, the earliest arrival at every stop. */
  @FunctionalInterface
  public interface MinuteArrivals {
    /**
     * @param departure the minute's departure time (seconds after midnight); minutes come latest first
     * @param arrivals  the earliest arrival per stop leaving at {@code departure}; valid only during the call
     */
    void minute(int departure, ArrivalTable arrivals);
  }

  /**
   * Earliest arrival per layer stop; {@link #UNREACHED} when not reached. {@link #arrival} counts any way of getting
   * there (the access walk, or a walk between stops after a ride); {@link #vehicleArrival} only alighting from a
   * vehicle there, which is where a walk to a destination may start without chaining two walks.
   */
  public interface ArrivalTable {
    int arrival(int stop);

    int vehicleArrival(int stop);
  }

  /**
   * Earliest arrivals at every stop for each departure minute {@code first, first + 60, ...} (minutes of them),
   * computed by one Raptor range search (see {@link MinuteByMinuteRaptor}).
   *
   * @param accessStops   layer stops reached on foot from the origin
   * @param accessSeconds walking time to each
   * @param maxTravelSeconds arrivals later than the last departure plus this are not explored
   */
  public static void rangeArrivals(TransitLayer layer, TransitSearchSettings settings, int[] accessStops,
                                   int[] accessSeconds, int first, int minutes, int maxTransfers,
                                   int maxTravelSeconds, MinuteArrivals listener) {
    if (minutes < 1) {
      throw new IllegalArgumentException("at least one minute: " + minutes);
    }
    int sink = layer.stopCount();
    RaptorRequestBuilder<TripSchedule> b = new RaptorRequestBuilder<>();
    b.profile(RaptorProfile.BEST_TIME);
    var sp = b.searchParams()
        .earliestDepartureTime(first)
        .latestArrivalTime(first + (minutes - 1) * 60 + maxTravelSeconds + 1)
        .maxNumberOfTransfers(maxTransfers)
        .addEgressPaths(new WalkAccessEgress(sink, 0, 0, 0));
    if (minutes == 1) {
      sp.searchOneIterationOnly();
    } else {
      sp.searchWindowInSeconds(minutes * 60);
    }
    for (int i = 0; i < accessStops.length; i++) {
      sp.addAccessPaths(new WalkAccessEgress(accessStops[i], accessSeconds[i], 0, 0));
    }
    int n = layer.stopCount();
    MinuteByMinuteRaptor.run(b.build(), new RaptorTransitData(layer, settings, 1), (departure, table) ->
        listener.minute(departure, new ArrivalTable() {
          @Override
          public int arrival(int stop) {
            return stop < n && table.reached(stop) ? table.arrival(stop) : UNREACHED;
          }

          @Override
          public int vehicleArrival(int stop) {
            return stop < n && table.reachedByVehicle(stop) ? table.vehicleArrival(stop) : UNREACHED;
          }
        }));
  }
}
