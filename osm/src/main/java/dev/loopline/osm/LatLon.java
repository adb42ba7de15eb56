package dev.loopline.osm;

import dev.loopline.gtfs.geo.Geo;
import dev.loopline.gtfs.geo.PointIndex;
import java.util.List;

/**
 * A WGS84 position. The range is checked on construction so that a swapped or garbage coordinate fails where it
 * enters, not as a mysterious snap to the other side of the planet.
 *
 * @param lat latitude in degrees, -90..90
 * @param lon longitude in degrees, -180..180
 */
public record LatLon(double lat, double lon) {
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

  /** Great-circle distance in metres: {@link Geo#distanceMeters}, the one distance every module uses. */
  public double distanceTo(LatLon other) {
    return Geo.distanceMeters(lat, lon, other.lat, other.lon);
  }

  /** Length of a polyline in metres: the great-circle distances between consecutive positions, summed. */
  public static double pathMeters(List<LatLon> path) {
    double m = 0;
    for (int i = 1; i < path.size(); i++) {
      m += path.get(i - 1).distanceTo(path.get(i));
    }
    return m;
  }

  /** A {@link PointIndex} over positions, indexed by their place in the list. */
  public static PointIndex index(List<LatLon> points, double cellMeters) {
    return PointIndex.of(points, LatLon::lat, LatLon::lon, cellMeters);
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.6f,%.6f", lat, lon);
  }
}
