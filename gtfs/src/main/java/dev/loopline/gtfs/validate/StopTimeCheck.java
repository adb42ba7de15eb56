package dev.loopline.gtfs.validate;

import static dev.loopline.gtfs.validate.ValidationContext.STOP_TIMES;
import static dev.loopline.gtfs.validate.ValidationContext.TRIPS;

import dev.loopline.gtfs.geo.Geo;
import dev.loopline.gtfs.model.GtfsTime;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shape of each trip's stop times: both ends timed, times never going backwards, arrival not after departure,
 * shape distances not shrinking, and no hop faster than the vehicle could go. Intermediate stops may leave their
 * times empty (the spec lets consumers interpolate), so time order and speed are checked between timed stops.
 */
final class StopTimeCheck {
  /** Grace for hops between stops with identical times: schedules are often rounded to the minute. */
  static final int SAME_MINUTE_SECONDS = 60;

  private StopTimeCheck() {}

  static void run(ValidationContext ctx) {
    StopTimes st = ctx.feed.stopTimes();
    Map<String, Integer> routeTypes = new HashMap<>();
    for (Route r : ctx.feed.routes()) {
      routeTypes.putIfAbsent(r.id(), r.type());
    }
    Map<String, Trip> trips = new HashMap<>();
    List<Trip> tripList = ctx.feed.trips();
    for (int i = 0; i < tripList.size(); i++) {
      Trip t = tripList.get(i);
      trips.putIfAbsent(t.id(), t);
      if (st.indexOfTrip(t.id()) < 0) {
        ctx.warning("unused_trip", TRIPS, ctx.line(TRIPS, i), "trip_id",
            "trip '" + t.id() + "' has no stop times");
      }
    }
    for (int ti = 0; ti < st.tripIds().size(); ti++) {
      Trip trip = trips.get(st.tripIds().get(ti));
      Integer type = trip == null ? null : routeTypes.get(trip.routeId());
      trip(ctx, st, ti, type == null ? Route.BUS : type);
    }
  }

  private static void trip(ValidationContext ctx, StopTimes st, int ti, int routeType) {
    int first = st.firstRowOfTrip(ti);
    int count = st.rowCountOfTrip(ti);
    int last = first + count - 1;
    String tripId = st.tripIds().get(ti);
    if (count == 1) {
      ctx.warning("unusable_trip", STOP_TIMES, st.line(first), "trip_id",
          "trip '" + tripId + "' serves a single stop: nobody can ride it");
    }
    for (int edge : count == 1 ? new int[] {first} : new int[] {first, last}) {
      if (st.arrival(edge) == StopTimes.MISSING || st.departure(edge) == StopTimes.MISSING) {
        ctx.error("missing_trip_edge", STOP_TIMES, st.line(edge),
            st.arrival(edge) == StopTimes.MISSING ? "arrival_time" : "departure_time",
            (edge == first ? "first" : "last") + " stop of trip '" + tripId + "' needs arrival and departure times");
      }
    }
    int prevTimedRow = -1;
    int prevTime = -1;
    double distanceSincePrevTimed = 0;
    Stop prevStop = null;
    double prevDist = Double.NaN;
    double fastest = 0;
    int fastestRow = -1;
    double fastestMeters = 0;
    int fastestSeconds = 0;
    double limit = maxSpeedMetresPerSecond(routeType);
    for (int row = first; row <= last; row++) {
      int arr = st.arrival(row);
      int dep = st.departure(row);
      long line = st.line(row);
      if ((arr == StopTimes.MISSING) != (dep == StopTimes.MISSING)) {
        ctx.error("stop_time_with_only_arrival_or_departure_time", STOP_TIMES, line,
            arr == StopTimes.MISSING ? "arrival_time" : "departure_time",
            "arrival_time and departure_time must both be set or both be empty");
      }
      if (arr != StopTimes.MISSING && dep != StopTimes.MISSING && dep < arr) {
        ctx.error("stop_time_with_departure_before_arrival_time", STOP_TIMES, line, "departure_time",
            "departure " + GtfsTime.format(dep) + " is before arrival " + GtfsTime.format(arr));
      }
      if (st.timepoint(row) == 1 && arr == StopTimes.MISSING && dep == StopTimes.MISSING) {
        ctx.error("stop_time_timepoint_without_times", STOP_TIMES, line, "arrival_time",
            "a timepoint (timepoint=1) must have times");
      }
      double sd = st.shapeDistTraveled(row);
      if (!Double.isNaN(sd)) {
        if (!Double.isNaN(prevDist) && sd <= prevDist) {
          ctx.error("decreasing_or_equal_stop_time_distance", STOP_TIMES, line, "shape_dist_traveled",
              "shape_dist_traveled " + sd + (sd == prevDist ? " equals" : " is less than") + " the previous stop's "
                  + prevDist);
        }
        prevDist = sd;
      }
      Stop stop = ctx.stops.get(st.stopId(row));
      if (stop != null && stop.hasCoordinates() && prevStop != null && prevStop.hasCoordinates()) {
        distanceSincePrevTimed += Geo.distanceMeters(prevStop.lat(), prevStop.lon(), stop.lat(), stop.lon());
      }
      if (stop != null) {
        prevStop = stop;
      }
      int arrivalHere = arr != StopTimes.MISSING ? arr : dep;
      if (arrivalHere == StopTimes.MISSING) {
        continue;
      }
      if (prevTimedRow >= 0) {
        if (arrivalHere < prevTime) {
          ctx.error("stop_time_with_arrival_before_previous_departure_time", STOP_TIMES, line, "arrival_time",
              "trip '" + tripId + "' arrives at " + GtfsTime.format(arrivalHere) + ", before it left the previous"
                  + " timed stop at " + GtfsTime.format(prevTime) + " (line " + st.line(prevTimedRow) + ")");
        } else {
          int seconds = Math.max(arrivalHere - prevTime, SAME_MINUTE_SECONDS);
          double speed = distanceSincePrevTimed / seconds;
          if (speed > limit && speed > fastest) {
            fastest = speed;
            fastestRow = row;
            fastestMeters = distanceSincePrevTimed;
            fastestSeconds = arrivalHere - prevTime;
          }
        }
      }
      prevTimedRow = row;
      prevTime = dep != StopTimes.MISSING ? dep : arr;
      distanceSincePrevTimed = 0;
    }
    if (fastestRow >= 0) {
      ctx.warning("fast_travel_between_consecutive_stops", STOP_TIMES, st.line(fastestRow), "arrival_time",
          String.format(java.util.Locale.ROOT,
              "trip '%s' covers %.0f m in %d s (%.0f km/h), faster than %.0f km/h for route_type %d",
              tripId, fastestMeters, fastestSeconds, fastest * 3.6, limit * 3.6, routeType));
    }
  }

  /**
   * The fastest plausible average speed between stops per route type, in m/s. Rail may run fast; street vehicles
   * and ferries may not. A hop above it usually means swapped stops, wrong coordinates or wrong times.
   */
  static double maxSpeedMetresPerSecond(int routeType) {
    double kmh = switch (routeType) {
      case 0 -> 100; // tram, light rail
      case 1 -> 150; // metro
      case 2 -> 500; // rail
      case 3, 11 -> 150; // bus, trolleybus
      case 4 -> 80; // ferry
      case 5 -> 30; // cable tram
      case 6, 7 -> 50; // aerial lift, funicular
      case 12 -> 150; // monorail
      default -> routeType >= 100 && routeType < 200 ? 500 : 200;
    };
    return kmh / 3.6;
  }
}
