package dev.loopline.gtfs.geo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The one spatial index of Loopline: WGS-84 points in a uniform grid of square-ish cells, to find the points near a
 * place (or all near pairs) without comparing every pair. Cells are {@code cellMeters} tall; longitude cells are
 * sized at the highest latitude present, where degrees of longitude are shortest, so a search by radius visits every
 * cell that can hold a match anywhere in the data. Distances are {@link Geo#distanceMeters}.
 *
 * <p>Immutable and thread-safe once built. Answers are in ascending point index, so they do not depend on the cell
 * size or on the order cells are visited: callers get deterministic results.
 */
public final class PointIndex {
  private final double[] lat;
  private final double[] lon;
  private final double cellLat;
  private final double cellLon;
  private final Map<Long, int[]> cells;

  /** A pair of points within a distance, {@code a < b}. */
  @FunctionalInterface
  public interface PairConsumer {
    void accept(int a, int b, double distanceMeters);
  }

  /**
   * @param lat        latitudes in degrees, indexed by point (not copied: the caller must not change them)
   * @param lon        longitudes in degrees, same length
   * @param cellMeters cell size; searches with a radius near this size visit the 3 x 3 cells around a point
   */
  public PointIndex(double[] lat, double[] lon, double cellMeters) {
    if (lat.length != lon.length) {
      throw new IllegalArgumentException("lat and lon differ in length: " + lat.length + " and " + lon.length);
    }
    if (!(cellMeters > 0) || Double.isInfinite(cellMeters)) {
      throw new IllegalArgumentException("cell size must be positive and finite: " + cellMeters);
    }
    this.lat = lat;
    this.lon = lon;
    double maxAbsLat = 0;
    for (double v : lat) {
      maxAbsLat = Math.max(maxAbsLat, Math.abs(v));
    }
    this.cellLat = cellMeters / Geo.METERS_PER_DEGREE;
    this.cellLon = Math.min(360, cellLat / Math.max(Math.cos(Math.toRadians(Math.min(maxAbsLat, 89))), 1e-6));
    Map<Long, int[]> grid = new HashMap<>();
    Map<Long, Integer> sizes = new HashMap<>();
    for (int i = 0; i < lat.length; i++) {
      sizes.merge(key(row(lat[i]), col(lon[i])), 1, Integer::sum);
    }
    sizes.forEach((k, n) -> grid.put(k, new int[n]));
    Map<Long, Integer> fill = new HashMap<>();
    for (int i = 0; i < lat.length; i++) {
      long k = key(row(lat[i]), col(lon[i]));
      grid.get(k)[fill.merge(k, 1, Integer::sum) - 1] = i;
    }
    this.cells = grid;
  }

  /**
   * An index over a list: point {@code i} is item {@code i}, placed where {@code lat} and {@code lon} say.
   *
   * @param cellMeters cell size, as for the constructor
   */
  public static <T> PointIndex of(List<T> items, ToDoubleFunction<? super T> lat, ToDoubleFunction<? super T> lon,
                                  double cellMeters) {
    double[] la = new double[items.size()];
    double[] lo = new double[items.size()];
    for (int i = 0; i < la.length; i++) {
      la[i] = lat.applyAsDouble(items.get(i));
      lo[i] = lon.applyAsDouble(items.get(i));
    }
    return new PointIndex(la, lo, cellMeters);
  }

  /** Number of points indexed. */
  public int size() {
    return lat.length;
  }

  private long row(double latitude) {
    return (long) Math.floor(latitude / cellLat);
  }

  private long col(double longitude) {
    return (long) Math.floor(longitude / cellLon);
  }

  private static long key(long row, long col) {
    return (row << 32) ^ (col & 0xffffffffL);
  }

  /** Indices of the points within {@code meters} (great-circle) of the place, ascending. */
  public int[] within(double latitude, double longitude, double meters) {
    long reach = (long) Math.ceil(meters / (cellLat * Geo.METERS_PER_DEGREE));
    long r0 = row(latitude);
    long c0 = col(longitude);
    int[] found = new int[16];
    int n = 0;
    for (long r = r0 - reach; r <= r0 + reach; r++) {
      for (long c = c0 - reach; c <= c0 + reach; c++) {
        int[] cell = cells.get(key(r, c));
        if (cell == null) {
          continue;
        }
        for (int i : cell) {
          if (Geo.distanceMeters(latitude, longitude, lat[i], lon[i]) <= meters) {
            if (n == found.length) {
              found = Arrays.copyOf(found, n * 2);
            }
            found[n++] = i;
          }
        }
      }
    }
    int[] out = Arrays.copyOf(found, n);
    Arrays.sort(out);
    return out;
  }

  /**
   * Calls {@code consumer} once for every unordered pair of points within {@code meters}, with {@code a < b}, in
   * ascending order of {@code a} and then {@code b}.
   */
  public void forEachPairWithin(double meters, PairConsumer consumer) {
    for (int a = 0; a < lat.length; a++) {
      for (int b : within(lat[a], lon[a], meters)) {
        if (b > a) {
          consumer.accept(a, b, Geo.distanceMeters(lat[a], lon[a], lat[b], lon[b]));
        }
      }
    }
  }
}
