package dev.loopline.gtfs.model;

import java.util.Map;

/** One row of {@code shapes.txt} (WGS84). {@code distTraveled} is {@code NaN} when empty. */
public record ShapePoint(String shapeId, double lat, double lon, int sequence, double distTraveled,
                         Map<String, String> extras) {
  public ShapePoint {
    extras = Extras.copy(extras);
  }
}
