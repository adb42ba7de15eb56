package dev.loopline.planner.proposal;

import dev.loopline.gtfs.model.Trip;
import dev.loopline.osm.LatLon;
import java.util.List;
import java.util.Map;

/**
 * An existing route's trips as a scenario runs them, replacing all its published trips in the scenario's feed:
 * each trip with its stops and times, and the shapes of patterns whose stops changed (patterns as published keep
 * their shape).
 *
 * @param shapes new shapes by id, in id order
 */
public record RouteRewrite(String routeId, Map<String, List<LatLon>> shapes, List<TripTimes> trips) {
  public RouteRewrite {
    shapes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(shapes));
    trips = List.copyOf(trips);
  }

  /**
   * One trip: the trips.txt row and its stop_times.
   *
   * @param distances shape_dist_traveled per stop in metres, or null when the trip keeps a published shape
   */
  public record TripTimes(Trip trip, List<String> stopIds, int[] arrivals, int[] departures, double[] distances) {
    public TripTimes {
      stopIds = List.copyOf(stopIds);
    }
  }
}
