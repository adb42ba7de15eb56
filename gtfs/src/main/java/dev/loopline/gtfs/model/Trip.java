package dev.loopline.gtfs.model;

import java.util.Map;

/** One row of {@code trips.txt}. Optional integers are {@code null} when the field is empty. */
public record Trip(String routeId, String serviceId, String id, String headsign, String shortName,
                   Integer directionId, String blockId, String shapeId, Integer wheelchairAccessible,
                   Integer bikesAllowed, Map<String, String> extras) {
  public Trip {
    extras = Extras.copy(extras);
  }
}
