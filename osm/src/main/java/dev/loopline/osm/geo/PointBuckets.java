package dev.loopline.osm.geo;

import dev.loopline.osm.LatLon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed grid of buckets over a list of points, to find the points within a radius without comparing all pairs.
 * Used to pick the candidate targets of a bounded walking tree (a stop beyond the straight-line radius cannot be
 * within the same walking distance).
 */
public final class PointBuckets {
  private static final double METERS_PER_DEGREE = Math.PI / 180 * LatLon.EARTH_RADIUS_METERS;

  private final List<LatLon> points;
  private final double cellLat;
  private final double cellLon;
  private final Map<Long, int[]> buckets;

  /**
   * @param points the points, indexed by position in the list
   * @param cellMeters bucket size; queries with a radius up to this size scan only the 3x3 neighbouring buckets
   */
  public PointBuckets(List<LatLon> points, double cellMeters) {
    if (!(cellMeters > 0)) {
      throw new IllegalArgumentException("cell size must be positive: " + cellMeters);
    }
    this.points = List.copyOf(points);
    double maxAbsLat = 0;
    for (LatLon p : points) {
      maxAbsLat = Math.max(maxAbsLat, Math.abs(p.lat()));
    }
    this.cellLat = cellMeters / METERS_PER_DEGREE;
    // The widest degree span is at the highest latitude present: size longitude cells for it.
    this.cellLon = Math.min(360, cellLat / Math.max(Math.cos(Math.toRadians(Math.min(maxAbsLat, 89))), 1e-6));
    Map<Long, List<Integer>> tmp = new HashMap<>();
    for (int i = 0; i < this.points.size(); i++) {
      tmp.computeIfAbsent(key(row(this.points.get(i).lat()), col(this.points.get(i).lon())), k -> new ArrayList<>())
          .add(i);
    }
    this.buckets = new HashMap<>(tmp.size() * 2);
    tmp.forEach((k, v) -> buckets.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
  }

  private long row(double lat) {
    return (long) Math.floor(lat / cellLat);
  }

  private long col(double lon) {
    return (long) Math.floor(lon / cellLon);
  }

  private static long key(long row, long col) {
    return (row << 32) ^ (col & 0xffffffffL);
  }

  /** Indices of the points within {@code meters} (great-circle) of {@code p}, ascending. */
  public int[] within(LatLon p, double meters) {
    int reach = (int) Math.ceil(meters / (cellLat * METERS_PER_DEGREE));
    long r0 = row(p.lat());
    long c0 = col(p.lon());
    int[] found = new int[16];
    int n = 0;
    for (long r = r0 - reach; r <= r0 + reach; r++) {
      for (long c = c0 - reach; c <= c0 + reach; c++) {
        int[] b = buckets.get(key(r, c));
        if (b == null) {
          continue;
        }
        for (int i : b) {
          if (p.distanceTo(points.get(i)) <= meters) {
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
}
