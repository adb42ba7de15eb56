package dev.loopline.gtfs.model;

import java.util.Map;

/**
 * One row of {@code stops.txt}. Coordinates are always WGS84: feeds published in GCJ-02 or BD-09 are converted
 * by the reader. {@code lat}/{@code lon} are {@code NaN} where the spec lets them be empty (generic nodes,
 * boarding areas). Optional integers are {@code null} when the field is empty.
 */
public record Stop(String id, String code, String name, String desc, double lat, double lon, String zoneId,
                   String url, Integer locationType, String parentStation, String timezone,
                   Integer wheelchairBoarding, String levelId, String platformCode, Map<String, String> extras) {

  public static final int STOP_OR_PLATFORM = 0;
  public static final int STATION = 1;
  public static final int ENTRANCE = 2;
  public static final int GENERIC_NODE = 3;
  public static final int BOARDING_AREA = 4;

  public Stop {
    extras = Extras.copy(extras);
  }

  /** The location type with the spec's default (0, stop or platform) applied. */
  public int locationTypeOrDefault() {
    return locationType == null ? STOP_OR_PLATFORM : locationType;
  }

  /** True for the places a vehicle serves: stops and platforms. */
  public boolean isBoardable() {
    return locationTypeOrDefault() == STOP_OR_PLATFORM;
  }

  public boolean hasCoordinates() {
    return !Double.isNaN(lat) && !Double.isNaN(lon);
  }

  public Stop withId(String newId) {
    return new Stop(newId, code, name, desc, lat, lon, zoneId, url, locationType, parentStation, timezone,
        wheelchairBoarding, levelId, platformCode, extras);
  }
}
