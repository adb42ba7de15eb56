package dev.loopline.planner.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The OSM data being generated: nodes (plane coordinates) and ways, in creation order. OSM ids are the creation
 * index plus one, so they are stable for a seed and scale and independent of anything but the generation order,
 * which is itself fixed.
 */
final class OsmDraft {
  private double[] x = new double[1 << 16];
  private double[] y = new double[1 << 16];
  private int nodeCount;
  private final List<OsmWay> ways = new ArrayList<>();
  private final SortedMap<Integer, SortedMap<String, String>> nodeTags = new TreeMap<>();

  int addNode(double px, double py) {
    if (nodeCount == x.length) {
      x = Arrays.copyOf(x, nodeCount * 2);
      y = Arrays.copyOf(y, nodeCount * 2);
    }
    x[nodeCount] = px;
    y[nodeCount] = py;
    return nodeCount++;
  }

  void tagNode(int node, Map<String, String> tags) {
    nodeTags.put(node, new TreeMap<>(tags));
  }

  void addWay(int[] nodes, Map<String, String> tags) {
    if (nodes.length < 2) {
      throw new IllegalArgumentException("a way needs two nodes");
    }
    ways.add(new OsmWay(nodes.clone(), new TreeMap<>(tags)));
  }

  int nodeCount() {
    return nodeCount;
  }

  double x(int node) {
    return x[node];
  }

  double y(int node) {
    return y[node];
  }

  List<OsmWay> ways() {
    return ways;
  }

  SortedMap<Integer, SortedMap<String, String>> nodeTags() {
    return nodeTags;
  }

  /** Tags for a road: highway, names, and extra key-value pairs. */
  static Map<String, String> road(HighwayClass c, String zh, String en, String... more) {
    Map<String, String> t = new TreeMap<>();
    t.put("highway", c.osm());
    if (zh != null) {
      t.put("name", zh);
    }
    if (en != null) {
      t.put("name:en", en);
    }
    for (int i = 0; i + 1 < more.length; i += 2) {
      t.put(more[i], more[i + 1]);
    }
    return t;
  }
}
