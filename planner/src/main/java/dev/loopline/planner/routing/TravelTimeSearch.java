package dev.loopline.planner.routing;

import dev.loopline.osm.LatLon;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.transit.TransitLayer;
import dev.loopline.planner.transit.TransitRouter;
import dev.loopline.planner.transit.TransitSearchSettings;
import java.util.Arrays;
import java.util.List;

/**
 * Accessibility's engine: travel times from one origin to every stop of the network, for every departure minute
 * of a window, using Raptor's range search (one backwards sweep over the minutes that reuses each minute's
 * result for the next, not one search per minute). Designed for evaluations that run it for many thousands of
 * origins: the search keeps nothing but its settings, so one instance can be shared by all threads, and calls
 * on different threads run in parallel.
 *
 * <p>Typical use:
 * <pre>{@code
 * TransitLayer layer = network.transitLayer(date);
 * TravelTimeSearch search = new TravelTimeSearch(layer);
 * TravelTimeSearch.Access access = TravelTimeSearch.accessFrom(network, layer, home, 800, 1.3);
 * TravelTimes times = search.search(access, 7 * 3600, 8 * 3600, 90 * 60);   // 07:00-08:00, at most 90 min
 * int[] median = times.median();                                           // per layer stop
 * }</pre>
 * Travel time to a place other than a stop is the caller's business: add the walk from nearby stops (egress).
 */
public final class TravelTimeSearch {
  /** Default limit on vehicle changes. */
  public static final int DEFAULT_MAX_TRANSFERS = 4;

  private final TransitLayer layer;
  private final TransitSearchSettings settings;
  private final int maxTransfers;

  /**
   * Walks from an origin to its stops.
   *
   * @param stops   layer stop indexes
   * @param seconds walking time to each
   */
  public record Access(int[] stops, int[] seconds) {
    public Access {
      if (stops.length != seconds.length) {
        throw new IllegalArgumentException("stops and seconds differ in length");
      }
      stops = stops.clone();
      seconds = seconds.clone();
    }

    public int size() {
      return stops.length;
    }
  }

  public TravelTimeSearch(TransitLayer layer) {
    this(layer, TransitSearchSettings.DEFAULTS, DEFAULT_MAX_TRANSFERS);
  }

  public TravelTimeSearch(TransitLayer layer, TransitSearchSettings settings, int maxTransfers) {
    if (maxTransfers < 0 || maxTransfers > TransitRouter.MAX_TRANSFERS) {
      throw new IllegalArgumentException("max transfers must be 0.." + TransitRouter.MAX_TRANSFERS + ": " + maxTransfers);
    }
    this.layer = layer;
    this.settings = settings;
    this.maxTransfers = maxTransfers;
  }

  public TransitLayer layer() {
    return layer;
  }

  /**
   * The walks from a point to the stops within {@code maxWalkMeters}, on the street network (see
   * {@link StopAccess}). Empty when the point is off the street network.
   */
  public static Access accessFrom(Network network, TransitLayer layer, LatLon origin, double maxWalkMeters,
                                  double walkSpeedMps) {
    List<StopAccess.StopWalk> walks = StopAccess.around(network, layer, origin, maxWalkMeters, walkSpeedMps, false);
    int[] stops = new int[walks.size()];
    int[] seconds = new int[walks.size()];
    for (int i = 0; i < stops.length; i++) {
      stops[i] = walks.get(i).stop();
      seconds[i] = walks.get(i).seconds();
    }
    return new Access(stops, seconds);
  }

  /**
   * Travel times for departures every minute in {@code [fromSeconds, toSeconds)}.
   *
   * @param fromSeconds      first departure, seconds after midnight of the layer's date
   * @param toSeconds        end of the window (exclusive); must be after {@code fromSeconds}
   * @param maxTravelSeconds longer trips count as unreached (also bounds the work)
   */
  public TravelTimes search(Access access, int fromSeconds, int toSeconds, int maxTravelSeconds) {
    if (toSeconds <= fromSeconds) {
      throw new IllegalArgumentException("empty departure window " + fromSeconds + ".." + toSeconds);
    }
    int minutes = (toSeconds - fromSeconds + 59) / 60;
    int stops = layer.stopCount();
    int[] out = new int[minutes * stops];
    int[] ride = new int[minutes * stops];
    Arrays.fill(out, TravelTimes.UNREACHED);
    Arrays.fill(ride, TravelTimes.UNREACHED);
    if (access.size() == 0) {
      return new TravelTimes(fromSeconds, minutes, stops, out, ride);
    }
    TransitRouter.rangeArrivals(layer, settings, access.stops(), access.seconds(), fromSeconds, minutes, maxTransfers,
        maxTravelSeconds, (departure, arrivals) -> {
          int m = (departure - fromSeconds) / 60;
          if (m < 0 || m >= minutes) {
            return;
          }
          int base = m * stops;
          for (int s = 0; s < stops; s++) {
            int a = arrivals.arrival(s);
            if (a != TravelTimes.UNREACHED && a - departure <= maxTravelSeconds) {
              out[base + s] = a - departure;
              int v = arrivals.vehicleArrival(s);
              if (v != TravelTimes.UNREACHED && v - departure <= maxTravelSeconds) {
                ride[base + s] = v - departure;
              }
            }
          }
        });
    return new TravelTimes(fromSeconds, minutes, stops, out, ride);
  }
}
