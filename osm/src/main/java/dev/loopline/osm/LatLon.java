package dev.loopline.osm;

/**
 * A WGS84 position. The range is checked on construction so that a swapped or garbage coordinate fails where it
 * enters, not as a mysterious snap to the other side of the planet.
 *
 * @param lat latitude in degrees, -90..90
 * @param lon longitude in degrees, -180..180
 */
public record LatLon(double lat, double lon) {
  /** Mean Earth radius in metres, the one GraphHopper uses for its distances, so our lengths agree with its. */
  public static final double EARTH_RADIUS_METERS = 6_371_000.0;

  public LatLon {
    if (!(lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException("latitude out of range -90..90: " + lat);
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException("longitude out of range -180..180: " + lon);
    }
  }

  /** True when both values are finite and in range; for readers that must report bad input themselves. */
  public static boolean isValid(double lat, double lon) {
    return lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
  }

  /** Great-circle (haversine) distance in metres. */
  public double distanceTo(LatLon other) {
    return haversineMeters(lat, lon, other.lat, other.lon);
  }

  /** Great-circle (haversine) distance in metres between two positions given in degrees. */
  public static double haversineMeters(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(a)));
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.6f,%.6f", lat, lon);
  }
}
