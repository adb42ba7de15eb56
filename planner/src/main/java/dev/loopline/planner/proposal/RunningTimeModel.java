package dev.loopline.planner.proposal;

import dev.loopline.osm.BusLeg;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bus running times calibrated on the network's own timetables (by the scorer's {@code RunningTimeCalibration}): a
 * trip from its first departure to its last arrival takes {@code Σ km by road class × seconds per km of the class +
 * stop seconds × intermediate stops}, times the factor of the hour it leaves in. Road classes are GraphHopper's (OSM
 * {@code highway} classes); classes with too little data share the pooled pace {@link #OTHER}.
 *
 * @param secondsPerKm fitted pace per road class, including {@link #OTHER}
 * @param stopSeconds fitted time per intermediate stop (dwell plus braking and accelerating)
 * @param hourFactors running-time multiplier by departure hour (0 .. 29, GTFS hours past 24 included); 1 where
 *     the feed has too few trips in the hour
 * @param fit how well the model reproduces the timetables it was fitted on, and the speeds found there
 */
public record RunningTimeModel(Map<String, Double> secondsPerKm, double stopSeconds, double[] hourFactors,
                               Fit fit) {
  /** The pooled class: road classes with little data, or none. */
  public static final String OTHER = "other";

  public RunningTimeModel {
    secondsPerKm = java.util.Collections.unmodifiableMap(new TreeMap<>(secondsPerKm));
    hourFactors = hourFactors.clone();
    if (!secondsPerKm.containsKey(OTHER)) {
      throw new IllegalArgumentException("the model needs a pooled pace '" + OTHER + "'");
    }
  }

  /**
   * What the calibration saw.
   *
   * @param patterns distinct bus stop sequences routed
   * @param unroutable patterns GraphHopper could not route (left out)
   * @param trips scheduled bus trips fitted
   * @param routes bus routes those trips belong to
   * @param meanAbsolutePercentError mean |predicted − scheduled| / scheduled over the trips, in percent
   * @param slowestRouteKmh the slowest route's scheduled speed (its routed km ÷ scheduled hours, stops included)
   * @param meanKmh all trips' km ÷ all trips' hours
   * @param fastestRouteKmh the fastest route's scheduled speed
   */
  public record Fit(int patterns, int unroutable, int trips, int routes, double meanAbsolutePercentError,
                    double slowestRouteKmh, double meanKmh, double fastestRouteKmh) {}

  /** Base running seconds of a leg (without the stop time at its end, without the hour factor). */
  public double legSeconds(BusLeg leg) {
    Map<String, Double> byClass = leg.metersByRoadClass();
    if (byClass.isEmpty()) {
      return leg.meters() / 1000 * secondsPerKm.get(OTHER);
    }
    double s = 0;
    for (Map.Entry<String, Double> e : byClass.entrySet()) {
      s += e.getValue() / 1000 * secondsPerKm.getOrDefault(e.getKey(), secondsPerKm.get(OTHER));
    }
    return s;
  }

  /** The running-time multiplier for a trip leaving at {@code departureSeconds} after midnight. */
  public double timeFactor(int departureSeconds) {
    int h = Math.max(0, Math.min(hourFactors.length - 1, departureSeconds / 3600));
    return hourFactors[h];
  }

  /** True when a scheduled speed (km/h, stops included) lies between the network's slowest and fastest route's. */
  public boolean speedWithinNetworkRange(double kmh) {
    return kmh >= fit.slowestRouteKmh() && kmh <= fit.fastestRouteKmh();
  }
}
