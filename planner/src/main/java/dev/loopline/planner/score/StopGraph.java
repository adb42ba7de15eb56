package dev.loopline.planner.score;

import dev.loopline.gtfs.geo.Geo;
import dev.loopline.gtfs.geo.PointIndex;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.Stop;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.jgrapht.alg.util.UnionFind;

/**
 * The network as riders see its topology: one node per place where lines meet, one edge per pair of places some
 * line serves one after the other. Stops become one node when they share a parent station, or when they are within
 * {@code mergeMeters} of each other (150 m by default, the merger's transfer-link distance), so that a bus stop at a
 * rail station joins the station. Merging is by increasing distance and refuses to make a node wider than twice
 * {@code mergeMeters}, so a street of closely spaced stops does not collapse into one long node. Only stops that
 * some trip serves take part.
 */
public final class StopGraph {
  public static final double DEFAULT_MERGE_METERS = 150;

  private final Map<String, StopNode> nodes;
  private final Map<String, String> nodeOfStop;
  private final List<StopEdge> edges;
  private final Map<String, List<StopEdge>> incident;
  /** Nodes served by each bus route, for the feeder count. */
  private final Map<String, SortedSet<String>> busRouteNodes;

  private StopGraph(Map<String, StopNode> nodes, Map<String, String> nodeOfStop, List<StopEdge> edges,
                    Map<String, SortedSet<String>> busRouteNodes) {
    this.nodes = nodes;
    this.nodeOfStop = nodeOfStop;
    this.edges = edges;
    this.busRouteNodes = busRouteNodes;
    Map<String, List<StopEdge>> inc = new HashMap<>();
    for (StopEdge e : edges) {
      inc.computeIfAbsent(e.u(), k -> new ArrayList<>()).add(e);
      inc.computeIfAbsent(e.v(), k -> new ArrayList<>()).add(e);
    }
    this.incident = inc;
  }

  /** Builds the graph of a feed. */
  public static StopGraph build(Feed feed, DistrictLookup districts, double mergeMeters) {
    FeedIndex index = new FeedIndex(feed);
    return build(StopPatterns.of(feed), index::stop, districts, mergeMeters);
  }

  /**
   * Builds the graph of patterns whose stops {@code stops} can look up (a scenario: the baseline's patterns plus a
   * line's, the baseline's stops plus the line's new ones).
   */
  public static StopGraph build(StopPatterns patterns, java.util.function.Function<String, Stop> stops,
                                DistrictLookup districts, double mergeMeters) {
    Set<String> served = new HashSet<>();
    for (StopPatterns.Pattern p : patterns.patterns()) {
      served.addAll(p.stopIds());
    }
    // Stops that take part, sorted by id for deterministic merging.
    List<Stop> members = new ArrayList<>();
    for (String id : new TreeSet<>(served)) {
      Stop s = stops.apply(id);
      if (s != null && s.hasCoordinates()) {
        members.add(s);
      }
    }
    return build(patterns, members, districts, mergeMeters);
  }

  private static StopGraph build(StopPatterns patternList, List<Stop> stops, DistrictLookup districts,
                                 double mergeMeters) {
    int[] parent = mergeStops(stops, mergeMeters);
    // Rail lines per stop.
    Map<String, Set<String>> railOfStop = new HashMap<>();
    for (StopPatterns.Pattern p : patternList.patterns()) {
      Route r = p.route();
      if (r.isRail()) {
        for (String s : p.stopIds()) {
          railOfStop.computeIfAbsent(s, k -> new TreeSet<>()).add(lineName(r));
        }
      }
    }
    Map<Integer, List<Stop>> groups = new TreeMap<>();
    for (int i = 0; i < stops.size(); i++) {
      groups.computeIfAbsent(parent[i], k -> new ArrayList<>()).add(stops.get(i));
    }
    Map<String, StopNode> nodes = new TreeMap<>();
    Map<String, String> nodeOfStop = new HashMap<>();
    for (List<Stop> g : groups.values()) {
      g.sort((a, b) -> a.id().compareTo(b.id()));
      double lat = 0;
      double lon = 0;
      SortedSet<String> rail = new TreeSet<>();
      String name = null;
      String id = null;
      for (Stop s : g) {
        lat += s.lat();
        lon += s.lon();
        rail.addAll(railOfStop.getOrDefault(s.id(), Set.of()));
        // A node is named after its rail station when it has one: that is how riders call the place.
        if (name == null && railOfStop.containsKey(s.id())) {
          name = s.name();
          id = s.id();
        }
      }
      if (name == null) {
        name = g.get(0).name();
        id = g.get(0).id();
      }
      lat /= g.size();
      lon /= g.size();
      StopNode node = new StopNode(id, name, lat, lon, districts.districtAt(lat, lon),
          g.stream().map(Stop::id).toList(), rail);
      nodes.put(id, node);
      for (Stop s : g) {
        nodeOfStop.put(s.id(), id);
      }
    }
    // Edges.
    Map<String, SortedSet<String>[]> edgeLabels = new TreeMap<>();
    Map<String, SortedSet<String>> busRouteNodes = new TreeMap<>();
    for (StopPatterns.Pattern p : patternList.patterns()) {
      Route r = p.route();
      String prev = null;
      for (String stopId : p.stopIds()) {
        String node = nodeOfStop.get(stopId);
        if (node == null) {
          continue;
        }
        if (!r.isRail()) {
          busRouteNodes.computeIfAbsent(r.id(), k -> new TreeSet<>()).add(node);
        }
        if (prev != null && !prev.equals(node)) {
          String u = prev.compareTo(node) < 0 ? prev : node;
          String v = u.equals(prev) ? node : prev;
          @SuppressWarnings("unchecked")
          SortedSet<String>[] labels = edgeLabels.computeIfAbsent(u + "\u0000" + v,
              k -> new SortedSet[] {new TreeSet<>(), new TreeSet<>()});
          labels[r.isRail() ? 0 : 1].add(r.isRail() ? lineName(r) : r.id());
        }
        prev = node;
      }
    }
    List<StopEdge> edges = new ArrayList<>();
    for (Map.Entry<String, SortedSet<String>[]> e : edgeLabels.entrySet()) {
      String[] uv = e.getKey().split("\u0000");
      StopNode u = nodes.get(uv[0]);
      StopNode v = nodes.get(uv[1]);
      boolean crosses = u.districtId() != null && v.districtId() != null && !u.districtId().equals(v.districtId());
      edges.add(new StopEdge(u.id(), v.id(), e.getValue()[0], e.getValue()[1], crosses,
          Geo.distanceMeters(u.lat(), u.lon(), v.lat(), v.lon())));
    }
    return new StopGraph(Collections.unmodifiableMap(nodes), nodeOfStop, List.copyOf(edges), busRouteNodes);
  }

  /** How riders name a rail line: its short name ("7"), else its long name, else its id. */
  static String lineName(Route r) {
    String n = r.displayName();
    return n == null || n.isEmpty() ? r.id() : n;
  }

  /**
   * Union-find over stops (JGraphT's {@link UnionFind}): first the members of a parent station, then pairs within
   * {@code mergeMeters} by increasing distance, unless the merged node would hold two stops more than
   * {@code 2 * mergeMeters} apart. Returns each stop's group as the smallest stop index in it.
   */
  private static int[] mergeStops(List<Stop> stops, double mergeMeters) {
    int n = stops.size();
    UnionFind<Integer> groups = new UnionFind<>(new TreeSet<>(IntStream.range(0, n).boxed().toList()));
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < n; i++) {
      members.put(i, new ArrayList<>(List.of(i)));
    }
    Map<String, Integer> stationFirst = new HashMap<>();
    for (int i = 0; i < n; i++) {
      String ps = stops.get(i).parentStation();
      if (ps != null && !ps.isEmpty()) {
        Integer j = stationFirst.putIfAbsent(ps, i);
        if (j != null) {
          union(groups, members, j, i);
        }
      }
    }
    if (mergeMeters > 0) {
      List<double[]> pairs = new ArrayList<>();
      PointIndex.of(stops, Stop::lat, Stop::lon, mergeMeters)
          .forEachPairWithin(mergeMeters, (i, j, d) -> pairs.add(new double[] {d, i, j}));
      pairs.sort((p, q) -> p[0] != q[0] ? Double.compare(p[0], q[0])
          : p[1] != q[1] ? Double.compare(p[1], q[1]) : Double.compare(p[2], q[2]));
      double maxSpan = 2 * mergeMeters;
      for (double[] p : pairs) {
        int ra = groups.find((int) p[1]);
        int rb = groups.find((int) p[2]);
        if (ra == rb) {
          continue;
        }
        boolean ok = true;
        for (int x : members.get(ra)) {
          for (int y : members.get(rb)) {
            if (distance(stops.get(x), stops.get(y)) > maxSpan) {
              ok = false;
              break;
            }
          }
          if (!ok) {
            break;
          }
        }
        if (ok) {
          union(groups, members, ra, rb);
        }
      }
    }
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = members.get(groups.find(i)).stream().mapToInt(Integer::intValue).min().orElseThrow();
    }
    return group;
  }

  private static double distance(Stop a, Stop b) {
    return Geo.distanceMeters(a.lat(), a.lon(), b.lat(), b.lon());
  }

  private static void union(UnionFind<Integer> groups, Map<Integer, List<Integer>> members, int a, int b) {
    int ra = groups.find(a);
    int rb = groups.find(b);
    if (ra == rb) {
      return;
    }
    groups.union(ra, rb);
    int root = groups.find(ra);
    List<Integer> merged = new ArrayList<>(members.remove(ra));
    merged.addAll(members.remove(rb));
    members.put(root, merged);
  }

  public Map<String, StopNode> nodes() {
    return nodes;
  }

  public List<StopEdge> edges() {
    return edges;
  }

  /** The node a stop belongs to, or {@code null} when no trip serves the stop. */
  public StopNode nodeOf(String stopId) {
    String id = nodeOfStop.get(stopId);
    return id == null ? null : nodes.get(id);
  }

  public List<StopEdge> edgesAt(String nodeId) {
    return incident.getOrDefault(nodeId, List.of());
  }

  /** Bus route id to the nodes it serves. */
  public Map<String, SortedSet<String>> busRouteNodes() {
    return busRouteNodes;
  }
}
