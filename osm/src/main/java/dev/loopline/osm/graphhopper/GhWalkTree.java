package dev.loopline.osm.graphhopper;

import com.carrotsearch.hppc.DoubleArrayList;
import com.carrotsearch.hppc.IntIntHashMap;
import com.graphhopper.isochrone.algorithm.ShortestPathTree;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.util.EdgeIteratorState;
import dev.loopline.osm.EdgeAnchor;
import dev.loopline.osm.Snap;
import dev.loopline.osm.WalkTree;

/**
 * A walking shortest-path tree: GraphHopper's {@link ShortestPathTree} run once from the origin's snapped position
 * (a virtual node on a query graph), with the network time and distance of every junction it reached kept in a hash
 * map. A target is then priced from the two junctions of its own edge plus the partial edge and its off-road leg,
 * which is the same path a point-to-point route would find.
 *
 * <p>Because the walk profile's weight is walking time, the tree's order is time order, and its time limit is exact.
 */
final class GhWalkTree implements WalkTree {
  private final BaseGraph graph;
  private final Weighting weighting;
  private final double speed;
  private final Snap origin;
  private final double maxSeconds;
  private final boolean reverse;
  private final IntIntHashMap indexByNode;
  private final DoubleArrayList seconds;
  private final DoubleArrayList meters;

  private GhWalkTree(BaseGraph graph, Weighting weighting, double speed, Snap origin, double maxSeconds,
      boolean reverse, int expected) {
    this.graph = graph;
    this.weighting = weighting;
    this.speed = speed;
    this.origin = origin;
    this.maxSeconds = maxSeconds;
    this.reverse = reverse;
    this.indexByNode = new IntIntHashMap(expected);
    this.seconds = new DoubleArrayList(expected);
    this.meters = new DoubleArrayList(expected);
  }

  /**
   * Runs the tree.
   *
   * @param ghSnap GraphHopper's snap for {@code origin}; consumed (a query graph rewrites it)
   */
  static GhWalkTree build(BaseGraph graph, Weighting weighting, double speed, Snap origin,
      com.graphhopper.storage.index.Snap ghSnap, double maxSeconds, boolean reverse) {
    if (!origin.ok()) {
      return new GhWalkTree(graph, weighting, speed, origin, maxSeconds, reverse, 0);
    }
    double budget = maxSeconds - origin.offRoadMeters() / speed;
    GhWalkTree tree = new GhWalkTree(graph, weighting, speed, origin, maxSeconds, reverse, 1024);
    if (budget < 0) {
      return tree;
    }
    QueryGraph qg = QueryGraph.create(graph, ghSnap);
    ShortestPathTree spt = new ShortestPathTree(qg, qg.wrapWeighting(weighting), reverse, TraversalMode.NODE_BASED);
    spt.setTimeLimit(budget * 1000);
    int realNodes = graph.getNodes();
    spt.search(ghSnap.getClosestNode(), label -> {
      if (label.node < realNodes) {
        tree.indexByNode.put(label.node, tree.seconds.size());
        tree.seconds.add(label.time / 1000.0);
        tree.meters.add(label.distance);
      }
    });
    return tree;
  }

  @Override
  public Snap origin() {
    return origin;
  }

  @Override
  public boolean reverse() {
    return reverse;
  }

  @Override
  public double maxSeconds() {
    return maxSeconds;
  }

  @Override
  public double secondsTo(Snap target) {
    double[] r = evaluate(target);
    return r == null ? Double.POSITIVE_INFINITY : r[0];
  }

  @Override
  public double metersTo(Snap target) {
    double[] r = evaluate(target);
    return r == null ? Double.POSITIVE_INFINITY : r[1];
  }

  /** Number of junctions reached, for benchmarks and tests. */
  int reachedNodes() {
    return seconds.size();
  }

  /** {seconds, metres} of the whole walk to the target, or null when unreached within the limit. */
  double[] evaluate(Snap target) {
    if (!origin.ok() || target == null || !target.ok()) {
      return null;
    }
    EdgeAnchor t = target.anchor();
    EdgeAnchor o = origin.anchor();
    double bestMeters = Double.POSITIVE_INFINITY;
    double bestSeconds = Double.POSITIVE_INFINITY;

    if (o.edge() == t.edge()) {
      // Both on one edge: walk along it directly (which way depends on the order and on the tree direction).
      double d = Math.abs(t.offsetMeters() - o.offsetMeters());
      boolean baseToAdj = reverse ? o.offsetMeters() >= t.offsetMeters() : t.offsetMeters() >= o.offsetMeters();
      if (d == 0 || walkable(t, baseToAdj)) {
        bestMeters = d;
        bestSeconds = d / speed;
      }
    }
    int viaBase = indexByNode.getOrDefault(t.baseNode(), -1);
    // forward: base -> target runs along the edge; reverse: target -> base runs against it
    if (viaBase >= 0 && walkable(t, !reverse)) {
      double s = seconds.get(viaBase) + t.offsetMeters() / speed;
      if (s < bestSeconds) {
        bestSeconds = s;
        bestMeters = meters.get(viaBase) + t.offsetMeters();
      }
    }
    int viaAdj = indexByNode.getOrDefault(t.adjNode(), -1);
    if (viaAdj >= 0 && walkable(t, reverse)) {
      double rest = Math.max(0, t.edgeMeters() - t.offsetMeters());
      double s = seconds.get(viaAdj) + rest / speed;
      if (s < bestSeconds) {
        bestSeconds = s;
        bestMeters = meters.get(viaAdj) + rest;
      }
    }
    if (bestSeconds == Double.POSITIVE_INFINITY) {
      return null;
    }
    double offRoad = origin.offRoadMeters() + target.offRoadMeters();
    double totalSeconds = bestSeconds + offRoad / speed;
    if (totalSeconds > maxSeconds) {
      return null;
    }
    return new double[] {totalSeconds, bestMeters + offRoad};
  }

  /** Whether the target's edge may be walked in the given direction (one-way footways exist). */
  private boolean walkable(EdgeAnchor a, boolean baseToAdj) {
    EdgeIteratorState state = graph.getEdgeIteratorState(a.edge(), a.adjNode());
    return state != null && Double.isFinite(weighting.calcEdgeWeight(state, !baseToAdj));
  }
}
