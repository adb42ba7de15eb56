package dev.loopline.gtfs.merge;

import dev.loopline.gtfs.geo.Geo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A uniform grid over points, with cells at least {@code radius} metres wide, so that every pair closer than the
 * radius lies in the same or in adjacent cells: finding near pairs costs the number of points times the points per
 * neighbourhood instead of all pairs. Longitude cells are sized at the highest latitude present, where degrees of
 * longitude are shortest, so the guarantee holds everywhere.
 */
final class StopGrid {
  /** Metres per degree of latitude, rounded down so cells err on the large side. */
  private static final double METERS_PER_DEGREE_LAT = 110_000;

  interface PairConsumer {
    void accept(int a, int b, double distanceMeters);
  }

  private final double[] lat;
  private final double[] lon;
  private final double cellLat;
  private final double cellLon;
  private final Map<Long, List<Integer>> cells = new HashMap<>();

  StopGrid(double[] lat, double[] lon, double radiusMeters) {
    this.lat = lat;
    this.lon = lon;
    double maxAbsLat = 0;
    for (double v : lat) {
      maxAbsLat = Math.max(maxAbsLat, Math.abs(v));
    }
    this.cellLat = Math.max(radiusMeters, 1) / METERS_PER_DEGREE_LAT;
    this.cellLon = cellLat / Math.max(Math.cos(Math.toRadians(Math.min(maxAbsLat, 89.9))), 0.01);
    for (int i = 0; i < lat.length; i++) {
      cells.computeIfAbsent(key(cellY(i), cellX(i)), k -> new ArrayList<>()).add(i);
    }
  }

  /** Calls {@code consumer} once for every unordered pair within {@code radiusMeters}, with {@code a < b}. */
  void forEachPairWithin(double radiusMeters, PairConsumer consumer) {
    for (int i = 0; i < lat.length; i++) {
      int cy = cellY(i);
      int cx = cellX(i);
      for (int dy = -1; dy <= 1; dy++) {
        for (int dx = -1; dx <= 1; dx++) {
          List<Integer> cell = cells.get(key(cy + dy, cx + dx));
          if (cell == null) {
            continue;
          }
          for (int j : cell) {
            if (j <= i) {
              continue;
            }
            double d = Geo.distanceMeters(lat[i], lon[i], lat[j], lon[j]);
            if (d <= radiusMeters) {
              consumer.accept(i, j, d);
            }
          }
        }
      }
    }
  }

  private int cellY(int i) {
    return (int) Math.floor(lat[i] / cellLat);
  }

  private int cellX(int i) {
    return (int) Math.floor(lon[i] / cellLon);
  }

  private static long key(int y, int x) {
    return ((long) y << 32) | (x & 0xffffffffL);
  }
}
