package dev.loopline.planner.routing;

import java.time.LocalDateTime;

/**
 * A point of an itinerary: the origin, the destination or a stop, with the time the rider is there.
 *
 * @param name   stop name, or "Origin" / "Destination"
 * @param stopId GTFS stop id, or null for the origin and destination
 * @param lat    latitude (WGS84)
 * @param lon    longitude (WGS84)
 * @param time   arrival (or, at the start of a leg, departure) time
 */
public record Place(String name, String stopId, double lat, double lon, LocalDateTime time) {
  public boolean isStop() {
    return stopId != null;
  }
}
