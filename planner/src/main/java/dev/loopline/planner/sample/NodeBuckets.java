package dev.loopline.planner.sample;

import dev.loopline.gtfs.geo.PointIndex;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Street nodes in the shared {@link PointIndex}, for "nearest node that qualifies" look-ups in the generator's plane.
 * The index finds the candidates by great-circle distance with a margin wider than the plane's scale error (about
 * 1 % at the edges of the largest sample), then the plane's own distance picks the nearest, so answers are those of the plane.
 */
final class NodeBuckets {
  /** Cell size of the index. */
  private static final double CELL = 400;
  /** Candidates are searched this much wider than asked, covering the difference between plane and sphere. */
  private static final double MARGIN = 1.05;
  private final Streets streets;
  private final int[] nodes;
  private final PointIndex index;

  NodeBuckets(Streets streets, IntPredicate include) {
    this.streets = streets;
    this.nodes = IntStream.range(0, streets.nodeCount()).filter(include).toArray();
    double[] lat = new double[nodes.length];
    double[] lon = new double[nodes.length];
    for (int k = 0; k < nodes.length; k++) {
      lat[k] = Projection.lat(streets.y(nodes[k]));
      lon[k] = Projection.lon(streets.x(nodes[k]));
    }
    this.index = new PointIndex(lat, lon, CELL);
  }

  /** The nearest qualifying node within {@code max} metres (ties: smaller index), or -1. */
  int nearest(Xy p, double max, IntPredicate ok) {
    int best = -1;
    double bestD = max;
    for (int k : index.within(Projection.lat(p), Projection.lon(p), max * MARGIN + 1)) {
      int n = nodes[k];
      if (!ok.test(n)) {
        continue;
      }
      double d = Math.hypot(streets.x(n) - p.x(), streets.y(n) - p.y());
      if (d < bestD || (d == bestD && n < best)) {
        bestD = d;
        best = n;
      }
    }
    return best;
  }
}
