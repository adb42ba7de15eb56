package dev.loopline.gtfs.validate;

import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Transfer;
import dev.loopline.gtfs.model.Trip;
import java.util.Map;

/**
 * A transfer naming a trip must name that trip's route (if it names a route) and a stop the trip serves (if it
 * names a stop; a station stands for its platforms): MobilityData's {@code transfer_with_invalid_trip_and_route}
 * and {@code transfer_with_invalid_trip_and_stop}. Trips and stops that do not exist are another rule's.
 */
public final class TransferTrips {
  /** What is wrong with one end of a transfer. */
  public record Problem(String code, String field, String message) {}

  private TransferTrips() {}

  /** The first problem of the transfer's two ends, or {@code null}. */
  public static Problem check(Transfer t, Map<String, Trip> trips, Map<String, Stop> stops, StopTimes st) {
    Problem from = end("from", t.fromTripId(), t.fromRouteId(), t.fromStopId(), trips, stops, st);
    return from != null ? from : end("to", t.toTripId(), t.toRouteId(), t.toStopId(), trips, stops, st);
  }

  private static Problem end(String side, String tripId, String routeId, String stopId, Map<String, Trip> trips,
                             Map<String, Stop> stops, StopTimes st) {
    Trip trip = tripId == null || tripId.isBlank() ? null : trips.get(tripId);
    if (trip == null) {
      return null;
    }
    if (routeId != null && !routeId.isBlank() && !routeId.equals(trip.routeId())) {
      return new Problem("transfer_with_invalid_trip_and_route", side + "_route_id", side + "_trip_id '" + tripId
          + "' runs on route '" + trip.routeId() + "', not on " + side + "_route_id '" + routeId + "'");
    }
    Stop stop = stopId == null || stopId.isBlank() ? null : stops.get(stopId);
    int ti = st.indexOfTrip(tripId);
    if (stop == null || ti < 0) {
      return null;
    }
    for (int r = st.firstRowOfTrip(ti); r < st.firstRowOfTrip(ti) + st.rowCountOfTrip(ti); r++) {
      String served = st.stopId(r);
      Stop s = stops.get(served);
      if (served.equals(stopId) || (stop.locationTypeOrDefault() == Stop.STATION && s != null
          && stopId.equals(s.parentStation()))) {
        return null;
      }
    }
    return new Problem("transfer_with_invalid_trip_and_stop", side + "_stop_id", side + "_trip_id '" + tripId
        + "' does not call at " + side + "_stop_id '" + stopId + "'");
  }
}
