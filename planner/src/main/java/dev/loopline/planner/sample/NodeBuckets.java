package dev.loopline.planner.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/** Street nodes bucketed on a 400 m grid, for "nearest node that qualifies" look-ups. */
final class NodeBuckets {
  private static final double CELL = 400;
  private final Streets streets;
  private final Map<Long, List<Integer>> cells = new HashMap<>();

  NodeBuckets(Streets streets, IntPredicate include) {
    this.streets = streets;
    for (int n = 0; n < streets.nodeCount(); n++) {
      if (include.test(n)) {
        cells.computeIfAbsent(cell(streets.x(n), streets.y(n)), k -> new ArrayList<>()).add(n);
      }
    }
  }

  private static long cell(double x, double y) {
    return cellKey((int) Math.floor(x / CELL), (int) Math.floor(y / CELL));
  }

  private static long cellKey(int cx, int cy) {
    return ((long) cx << 32) ^ (cy & 0xffffffffL);
  }

  /** The nearest qualifying node within {@code max} metres (ties: smaller index), or -1. */
  int nearest(Xy p, double max, IntPredicate ok) {
    int cx = (int) Math.floor(p.x() / CELL);
    int cy = (int) Math.floor(p.y() / CELL);
    int r = (int) Math.ceil(max / CELL);
    int best = -1;
    double bestD = max;
    for (int dy = -r; dy <= r; dy++) {
      for (int dx = -r; dx <= r; dx++) {
        List<Integer> list = cells.get(cellKey(cx + dx, cy + dy));
        if (list == null) {
          continue;
        }
        for (int n : list) {
          if (!ok.test(n)) {
            continue;
          }
          double d = Math.hypot(streets.x(n) - p.x(), streets.y(n) - p.y());
          if (d < bestD || (d == bestD && n < best)) {
            bestD = d;
            best = n;
          }
        }
      }
    }
    return best;
  }
}
