package dev.loopline.planner.score;

import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.district.PathLengths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A feed's trips as the week-based cost measurements read them ({@link ExistingLineCosts}, {@link RouteMeter}): each
 * trip's stops with its first departure and last arrival, and the path it drives — its shape, or its stops in a
 * straight line without one — with the path's length and metres per district, worked out once per shape or stop
 * sequence.
 */
final class TripPaths {
  private final FeedIndex index;
  private final DistrictLengths lengths;
  private final Map<String, double[]> meters = new HashMap<>();
  private final Map<String, PathLengths> districts = new HashMap<>();

  TripPaths(FeedIndex index, DistrictLengths lengths) {
    this.index = index;
    this.lengths = lengths;
  }

  /** One trip with its stops, first departure and last arrival. */
  record Timed(Trip trip, List<String> stopIds, int start, int end) {
    int duration() {
      return end - start;
    }
  }

  /** The trip at stop_times trip index {@code t}, or null when it has no usable first and last time. */
  Timed timed(int t) {
    StopTimes st = index.feed().stopTimes();
    Trip trip = index.trip(st.tripIds().get(t));
    int row0 = st.firstRowOfTrip(t);
    int rows = st.rowCountOfTrip(t);
    int start = StopTimes.MISSING;
    int end = StopTimes.MISSING;
    List<String> stopIds = new ArrayList<>(rows);
    for (int r = row0; r < row0 + rows; r++) {
      stopIds.add(st.stopId(r));
      int dep = st.departure(r) != StopTimes.MISSING ? st.departure(r) : st.arrival(r);
      int arr = st.arrival(r) != StopTimes.MISSING ? st.arrival(r) : st.departure(r);
      if (start == StopTimes.MISSING && dep != StopTimes.MISSING) {
        start = dep;
      }
      if (arr != StopTimes.MISSING) {
        end = arr;
      }
    }
    return trip == null || start == StopTimes.MISSING || end < start ? null : new Timed(trip, stopIds, start, end);
  }

  /** Metres the trip drives. */
  double meters(Timed t) {
    return meters.get(measure(t))[0];
  }

  /** The trip's path cut by district. */
  PathLengths districts(Timed t) {
    return districts.get(measure(t));
  }

  /** Adds the trip's stops (with coordinates) to {@code served}, as bus-served stops. */
  void serve(Timed t, Map<String, StopPoint> served) {
    for (String id : t.stopIds()) {
      Stop s = index.stop(id);
      if (s != null && s.hasCoordinates()) {
        served.putIfAbsent(id, new StopPoint(id, s.lat(), s.lon(), true, false));
      }
    }
  }

  private String measure(Timed t) {
    Trip trip = t.trip();
    String key = trip.shapeId() != null && !index.shape(trip.shapeId()).isEmpty() ? "shape:" + trip.shapeId()
        : "stops:" + String.join(",", t.stopIds());
    if (!meters.containsKey(key)) {
      List<LatLon> path = path(trip, t.stopIds());
      meters.put(key, new double[] {LatLon.pathMeters(path)});
      districts.put(key, path.size() < 2 ? new PathLengths(Map.of(), 0) : lengths.along(path));
    }
    return key;
  }

  private List<LatLon> path(Trip trip, List<String> stopIds) {
    List<LatLon> out = new ArrayList<>();
    if (trip.shapeId() != null) {
      for (ShapePoint p : index.shape(trip.shapeId())) {
        out.add(new LatLon(p.lat(), p.lon()));
      }
    }
    if (out.size() >= 2) {
      return out;
    }
    out.clear();
    for (String id : stopIds) {
      Stop s = index.stop(id);
      if (s != null && s.hasCoordinates()) {
        out.add(new LatLon(s.lat(), s.lon()));
      }
    }
    return out;
  }
}
