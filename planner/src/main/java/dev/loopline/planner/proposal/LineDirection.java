package dev.loopline.planner.proposal;

import dev.loopline.osm.LatLon;
import java.util.List;

/**
 * One direction of a routed line: its stops in running order, the driven path, and per leg (stop to next stop) the
 * distance and the calibrated running time. A circular line has one direction whose last stop is its first.
 *
 * @param directionId GTFS direction_id: 0 outbound (the stops as written), 1 inbound (reversed)
 * @param geometry the path on the roads, WGS84
 * @param legs one per pair of consecutive stops
 * @param dwellSeconds time spent at each intermediate stop
 */
public record LineDirection(int directionId, List<PlacedStop> stops, List<LatLon> geometry, List<Leg> legs,
                            int dwellSeconds) {
  public LineDirection {
    stops = List.copyOf(stops);
    geometry = List.copyOf(geometry);
    legs = List.copyOf(legs);
    if (legs.size() != stops.size() - 1) {
      throw new IllegalArgumentException(stops.size() + " stops need " + (stops.size() - 1) + " legs, got "
          + legs.size());
    }
  }

  /** Driving distance and running time (traffic-calibrated, without dwell) between two consecutive stops. */
  public record Leg(double meters, double seconds) {}

  public double meters() {
    return legs.stream().mapToDouble(Leg::meters).sum();
  }

  /** Running time from the first departure to the last arrival: legs plus dwell at intermediate stops. */
  public double runningSeconds() {
    return legs.stream().mapToDouble(Leg::seconds).sum() + (double) dwellSeconds * Math.max(0, stops.size() - 2);
  }

  /**
   * Whole-second arrival and departure offsets from the first departure, per stop: {@code [i][0]} arrival,
   * {@code [i][1]} departure. Rounded from the cumulative running time so that they never go backwards.
   */
  public int[][] offsets() {
    return offsets(1.0);
  }

  /**
   * {@link #offsets()} for a trip whose running time is {@code factor} times the base (time-of-day calibration): the
   * last arrival is {@code round(runningSeconds() × factor)}.
   */
  public int[][] offsets(double factor) {
    int[][] out = new int[stops.size()][2];
    double t = 0;
    for (int i = 1; i < stops.size(); i++) {
      t += legs.get(i - 1).seconds();
      int arrival = (int) Math.round(t * factor);
      int departure = i < stops.size() - 1 ? (int) Math.round((t + dwellSeconds) * factor) : arrival;
      out[i][0] = Math.max(arrival, out[i - 1][1]);
      out[i][1] = Math.max(departure, out[i][0]);
      if (i < stops.size() - 1) {
        t += dwellSeconds;
      }
    }
    return out;
  }

  /** Cumulative driven metres at each stop (for shape_dist_traveled). */
  public double[] distances() {
    double[] d = new double[stops.size()];
    for (int i = 1; i < d.length; i++) {
      d[i] = d[i - 1] + legs.get(i - 1).meters();
    }
    return d;
  }
}
