package dev.loopline.planner.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The streets buses may use (two-way, not passes), as an adjacency array, with a Dijkstra search that can be kept
 * inside some districts and told what each edge costs. Bus lines and proposals are routed with it, so they follow
 * the generated OSM streets exactly.
 */
final class RoadGraph {
  /** Cost of traversing an edge (metres-like); infinite to forbid it. */
  @FunctionalInterface
  interface EdgeCost {
    double cost(StreetEdge e);
  }

  /** One traversed edge: {@code forward} means from the edge's a to its b. */
  record Step(int edge, boolean forward) {}

  private final Streets streets;
  private final int[] first;
  private final int[] adjEdge;
  private final int[] adjNode;
  private final double[] dist;
  private final int[] prevStep;
  private final MinHeap heap = new MinHeap();
  private int[] touched = new int[1024];

  RoadGraph(Streets streets) {
    this.streets = streets;
    int n = streets.nodeCount();
    int[] degree = new int[n + 1];
    for (StreetEdge e : streets.edges()) {
      if (e.busUsable()) {
        degree[e.a()]++;
        degree[e.b()]++;
      }
    }
    first = new int[n + 1];
    for (int i = 0; i < n; i++) {
      first[i + 1] = first[i] + degree[i];
    }
    adjEdge = new int[first[n]];
    adjNode = new int[first[n]];
    int[] fill = Arrays.copyOf(first, n);
    for (StreetEdge e : streets.edges()) {
      if (e.busUsable()) {
        adjEdge[fill[e.a()]] = e.id();
        adjNode[fill[e.a()]++] = e.b();
        adjEdge[fill[e.b()]] = e.id();
        adjNode[fill[e.b()]++] = e.a();
      }
    }
    dist = new double[n];
    Arrays.fill(dist, Double.POSITIVE_INFINITY);
    prevStep = new int[n];
  }

  Streets streets() {
    return streets;
  }

  /** Bus-usable edges at a node. */
  int degree(int node) {
    return first[node + 1] - first[node];
  }

  /**
   * The cheapest path from {@code from} to {@code to} through nodes accepted by {@code nodeOk} (the end nodes
   * need not be), or null when there is none. A* with the straight-line distance as the estimate, which is exact
   * enough as long as every edge costs at least its length (all cost functions here multiply the length by 1 or
   * more).
   */
  List<Step> path(int from, int to, IntPredicate nodeOk, EdgeCost cost) {
    if (from == to) {
      return List.of();
    }
    int touchedCount = 0;
    heap.clear();
    double tx = streets.x(to);
    double ty = streets.y(to);
    dist[from] = 0;
    prevStep[from] = -1;
    touched[touchedCount++] = from;
    heap.push(from, Math.hypot(streets.x(from) - tx, streets.y(from) - ty));
    boolean found = false;
    while (!heap.isEmpty()) {
      double pr = heap.peekPriority();
      int u = heap.pop();
      double d = dist[u];
      if (pr > d + Math.hypot(streets.x(u) - tx, streets.y(u) - ty) + 1e-6) {
        continue;
      }
      if (u == to) {
        found = true;
        break;
      }
      for (int k = first[u]; k < first[u + 1]; k++) {
        int v = adjNode[k];
        if (v != to && !nodeOk.test(v)) {
          continue;
        }
        StreetEdge e = streets.edges().get(adjEdge[k]);
        double w = cost.cost(e);
        if (Double.isInfinite(w)) {
          continue;
        }
        double nd = d + w;
        if (nd < dist[v]) {
          if (dist[v] == Double.POSITIVE_INFINITY) {
            if (touchedCount == touched.length) {
              touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = v;
          }
          dist[v] = nd;
          prevStep[v] = k;
          heap.push(v, nd + Math.hypot(streets.x(v) - tx, streets.y(v) - ty));
        }
      }
    }
    List<Step> out = null;
    if (found) {
      out = new ArrayList<>();
      for (int v = to; v != from; ) {
        int k = prevStep[v];
        StreetEdge e = streets.edges().get(adjEdge[k]);
        int u = e.a() == v ? e.b() : e.a();
        out.add(new Step(e.id(), e.b() == v));
        v = u;
      }
      java.util.Collections.reverse(out);
    }
    for (int i = 0; i < touchedCount; i++) {
      dist[touched[i]] = Double.POSITIVE_INFINITY;
    }
    return out;
  }

  /** The node a step ends at. */
  int endNode(Step s) {
    StreetEdge e = streets.edges().get(s.edge());
    return s.forward() ? e.b() : e.a();
  }

  int startNode(Step s) {
    StreetEdge e = streets.edges().get(s.edge());
    return s.forward() ? e.a() : e.b();
  }

  /** The path's polyline: every OSM node it passes, via nodes included, in travel order. */
  List<Xy> polyline(List<Step> steps) {
    List<Xy> out = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      StreetEdge e = streets.edges().get(s.edge());
      int[] nodes = new int[e.via().length + 2];
      nodes[0] = e.a();
      System.arraycopy(e.via(), 0, nodes, 1, e.via().length);
      nodes[nodes.length - 1] = e.b();
      for (int k = 0; k < nodes.length; k++) {
        int node = nodes[s.forward() ? k : nodes.length - 1 - k];
        if (k == 0 && i > 0) {
          continue;
        }
        out.add(streets.xy(node));
      }
    }
    return out;
  }
}
