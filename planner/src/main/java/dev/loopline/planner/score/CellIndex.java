package dev.loopline.planner.score;

import dev.loopline.osm.LatLon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Grid cells bucketed by position, to find the cells within a straight-line radius of a point without scanning
 * them all. Straight-line distance is a lower bound of walking distance, so it also bounds walk searches.
 */
public final class CellIndex {
  private static final double BUCKET_METERS = 500;
  private final List<GridCell> cells;
  private final double bucketLat;
  private final double bucketLon;
  private final Map<Long, int[]> buckets;

  public CellIndex(List<GridCell> cells) {
    this.cells = List.copyOf(cells);
    double refLat = cells.isEmpty() ? 0 : cells.get(0).lat();
    this.bucketLat = BUCKET_METERS / 111_195.0;
    this.bucketLon = bucketLat / Math.max(0.05, Math.cos(Math.toRadians(refLat)));
    Map<Long, List<Integer>> b = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      b.computeIfAbsent(key(row(cells.get(i).lat()), col(cells.get(i).lon())), k -> new ArrayList<>()).add(i);
    }
    this.buckets = new HashMap<>();
    b.forEach((k, v) -> buckets.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
  }

  public List<GridCell> cells() {
    return cells;
  }

  public int size() {
    return cells.size();
  }

  public GridCell get(int i) {
    return cells.get(i);
  }

  private long row(double lat) {
    return (long) Math.floor(lat / bucketLat);
  }

  private long col(double lon) {
    return (long) Math.floor(lon / bucketLon);
  }

  private static long key(long r, long c) {
    return (r << 32) ^ (c & 0xffffffffL);
  }

  /** Indexes (ascending) of the cells whose centroid is within {@code meters} in a straight line. */
  public int[] within(double lat, double lon, double meters) {
    int reach = (int) Math.ceil(meters / BUCKET_METERS) + 1;
    long r0 = row(lat);
    long c0 = col(lon);
    int[] out = new int[16];
    int n = 0;
    for (long r = r0 - reach; r <= r0 + reach; r++) {
      for (long c = c0 - reach; c <= c0 + reach; c++) {
        int[] b = buckets.get(key(r, c));
        if (b == null) {
          continue;
        }
        for (int i : b) {
          GridCell cell = cells.get(i);
          if (LatLon.haversineMeters(lat, lon, cell.lat(), cell.lon()) <= meters) {
            if (n == out.length) {
              out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = i;
          }
        }
      }
    }
    int[] result = Arrays.copyOf(out, n);
    Arrays.sort(result);
    return result;
  }
}
