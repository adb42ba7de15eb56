package dev.loopline.planner.score;

import dev.loopline.gtfs.geo.LocalProjection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.cycle.QueueBFSFundamentalCycleBasis;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Loop closure, the Science City's own yardstick: do cross-border bus lines, together with rail, close loops
 * (形成闭环)? Computed on a {@link StopGraph}. For the network: the cycle-space figures of {@link NetworkLoops}.
 * For a proposal: every pair of rail stations the line links by bus across a district border, with the loop the
 * shortest rail path back closes. The definitions are in docs/methods.md, "Loop closure".
 */
public final class LoopClosure {
  private static final GeometryFactory GEOMETRY = new GeometryFactory();
  /**
   * A loop must ring ground at least this far from the rail line on average (its area over the rail path's length):
   * by default the walking distance that counts as covered by a rail station. A bus running beside the rail line
   * between two stations rings a thin sliver and closes nothing rail does not already serve.
   */
  public static final double DEFAULT_MIN_SEPARATION_METERS = 800;

  private LoopClosure() {}

  /** Network-level figures of a stop graph. */
  public static NetworkLoops network(StopGraph g) {
    int all = cycleSpaceDimension(g, e -> true);
    int noRail = cycleSpaceDimension(g, e -> !e.isRail());
    int noBorderBus = cycleSpaceDimension(g, e -> !e.isBorderBus());
    int neither = cycleSpaceDimension(g, e -> !e.isRail() && !e.isBorderBus());
    // Cycles avoiding rail and cycles avoiding border-bus edges span Z(G-R) + Z(G-B), whose dimension is
    // dim Z(G-R) + dim Z(G-B) - dim Z(G-R-B); what is left needs both kinds of edge.
    int railBorder = all - (noRail + noBorderBus - neither);
    int basis = basisCyclesWithRailAndBorderBus(g);
    Set<String> pairs = new TreeSet<>();
    for (StopEdge e : g.edges()) {
      if (e.isBorderBus()) {
        String a = g.nodes().get(e.u()).districtId();
        String b = g.nodes().get(e.v()).districtId();
        pairs.add(a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a);
      }
    }
    Set<String> feeders = new TreeSet<>();
    for (SortedSet<String> served : g.busRouteNodes().values()) {
      Set<String> districts = new TreeSet<>();
      for (String n : served) {
        String d = g.nodes().get(n).districtId();
        if (d != null) {
          districts.add(d);
        }
      }
      if (districts.size() < 2) {
        continue;
      }
      for (String n : served) {
        StopNode node = g.nodes().get(n);
        if (node.isRail() && node.districtId() != null) {
          // The route reaches a district other than the station's: it feeds the station from a neighbour.
          feeders.add(n);
        }
      }
    }
    return new NetworkLoops(all, basis, railBorder, List.copyOf(pairs), List.copyOf(feeders));
  }

  /**
   * Cycles of JGraphT's fundamental cycle basis (from a breadth-first spanning forest, built in node-id order so it
   * is the same every run) that contain both a rail edge and a border-crossing bus edge.
   */
  static int basisCyclesWithRailAndBorderBus(StopGraph g) {
    Graph<String, StopEdge> graph = new SimpleGraph<>(StopEdge.class);
    for (String n : g.nodes().keySet()) {
      graph.addVertex(n);
    }
    for (StopEdge e : g.edges()) {
      graph.addEdge(e.u(), e.v(), e);
    }
    int count = 0;
    for (List<StopEdge> cycle : new QueueBFSFundamentalCycleBasis<>(graph).getCycleBasis().getCycles()) {
      boolean rail = false;
      boolean border = false;
      for (StopEdge e : cycle) {
        rail |= e.isRail();
        border |= e.isBorderBus();
      }
      if (rail && border) {
        count++;
      }
    }
    return count;
  }

  /**
   * Dimension of the cycle space of the simple undirected graph on the edges that pass {@code keep}: the size of a
   * cycle basis (JGraphT's fundamental basis from a BFS spanning forest), which equals edges − nodes + components.
   */
  static int cycleSpaceDimension(StopGraph g, Predicate<StopEdge> keep) {
    Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    for (StopEdge e : g.edges()) {
      if (keep.test(e)) {
        graph.addVertex(e.u());
        graph.addVertex(e.v());
        graph.addEdge(e.u(), e.v());
      }
    }
    if (graph.edgeSet().isEmpty()) {
      return 0;
    }
    return new QueueBFSFundamentalCycleBasis<>(graph).getCycleBasis().getCycles().size();
  }

  /**
   * Loops a line closes in the scenario graph, with the default separation and the graph's stop ids for names.
   *
   * @param stopIds the line's stops in running order (a circular line's first stop is not repeated)
   */
  public static List<ClosedLoop> closedBy(StopGraph g, List<String> stopIds) {
    return closedBy(g, stopIds, false, DEFAULT_MIN_SEPARATION_METERS, id -> id);
  }

  /**
   * Loops a line closes in the scenario graph: for every two rail stations it calls at with a bus path between
   * them through two or more districts, the bus path and the shortest rail path back, kept when it rings ground at
   * least {@code minSeparationMeters} from the rail line on average.
   *
   * @param stopIds the line's stops in running order (a circular line's first stop is not repeated)
   * @param circular the line runs round: the bus path between two stations may also run through the last and first
   *     stops (the wrap-around)
   * @param stopNames names of stop ids, for the labels
   */
  public static List<ClosedLoop> closedBy(StopGraph g, List<String> stopIds, boolean circular,
                                          double minSeparationMeters, Function<String, String> stopNames) {
    List<StopNode> line = new ArrayList<>();
    List<String> calls = new ArrayList<>();  // the line's own stop at each node
    for (String id : stopIds) {
      StopNode n = g.nodeOf(id);
      if (n != null && (line.isEmpty() || !line.get(line.size() - 1).id().equals(n.id()))) {
        line.add(n);
        calls.add(id);
      }
    }
    if (circular && line.size() > 1 && line.get(0).id().equals(line.get(line.size() - 1).id())) {
      line.remove(line.size() - 1);
      calls.remove(calls.size() - 1);
    }
    SimpleWeightedGraph<String, DefaultWeightedEdge> rail = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Map<String, StopEdge> edgeByPair = new HashMap<>();
    for (StopEdge e : g.edges()) {
      edgeByPair.put(e.u() + "\u0000" + e.v(), e);
      if (e.isRail()) {
        rail.addVertex(e.u());
        rail.addVertex(e.v());
        DefaultWeightedEdge re = rail.addEdge(e.u(), e.v());
        rail.setEdgeWeight(re, e.meters());
      }
    }
    DijkstraShortestPath<String, DefaultWeightedEdge> shortest = new DijkstraShortestPath<>(rail);
    int n = line.size();
    List<ClosedLoop> loops = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < n; i++) {
      StopNode a = line.get(i);
      if (!a.isRail() || !rail.containsVertex(a.id())) {
        continue;
      }
      // Forward along the line; a circular line may run on past its last stop to its first (j >= n wraps).
      int end = circular ? i + n : n;
      for (int j = i + 1; j < end; j++) {
        StopNode b = line.get(j % n);
        if (!b.isRail() || b.id().equals(a.id()) || !rail.containsVertex(b.id())) {
          continue;
        }
        List<StopNode> bus = new ArrayList<>();
        for (int k = i; k <= j; k++) {
          bus.add(line.get(k % n));
        }
        Set<String> busDistricts = new TreeSet<>();
        for (StopNode x : bus) {
          if (x.districtId() != null) {
            busDistricts.add(x.districtId());
          }
        }
        if (busDistricts.size() < 2) {
          continue; // the bus leg stays inside one district: not a cross-border link
        }
        if (!seen.add(bus.stream().map(StopNode::id).collect(java.util.stream.Collectors.joining("|")))) {
          continue;
        }
        GraphPath<String, DefaultWeightedEdge> back = shortest.getPath(b.id(), a.id());
        if (back == null || back.getWeight() <= 0) {
          continue;
        }
        ClosedLoop loop = loop(g, bus, back.getVertexList(), back.getWeight(), edgeByPair,
            label(g, a, calls.get(i), stopNames), calls.get(i), label(g, b, calls.get(j % n), stopNames),
            calls.get(j % n));
        if (loop.meanSeparationMeters() >= minSeparationMeters) {
          loops.add(loop);
        }
      }
    }
    return loops;
  }

  /**
   * How a station the line calls at is named: the name of the line's own stop there, and when that stop is a bus
   * stop merged into the station, the station's name too.
   */
  private static String label(StopGraph g, StopNode node, String call, Function<String, String> stopNames) {
    String named = stopNames.apply(call);
    String own = named == null ? call : named;
    if (node.id().equals(call) || node.name() == null || node.name().equals(own)) {
      return own;
    }
    return node.name() + " (" + own + ")";
  }

  private static ClosedLoop loop(StopGraph g, List<StopNode> bus, List<String> railPath, double railMeters,
                                 Map<String, StopEdge> edgeByPair, String fromLabel, String fromStop,
                                 String toLabel, String toStop) {
    List<StopNode> ringNodes = new ArrayList<>(bus);
    for (int k = 1; k < railPath.size() - 1; k++) {
      ringNodes.add(g.nodes().get(railPath.get(k)));
    }
    Set<String> districts = new TreeSet<>();
    for (StopNode n : ringNodes) {
      if (n.districtId() != null) {
        districts.add(n.districtId());
      }
    }
    Set<String> lines = new LinkedHashSet<>();
    for (int k = 0; k + 1 < railPath.size(); k++) {
      String u = railPath.get(k);
      String v = railPath.get(k + 1);
      StopEdge e = edgeByPair.get(u.compareTo(v) < 0 ? u + "\u0000" + v : v + "\u0000" + u);
      if (e != null) {
        lines.addAll(e.railLines());
      }
    }
    List<double[]> ring = new ArrayList<>();
    for (StopNode n : ringNodes) {
      ring.add(new double[] {n.lon(), n.lat()});
    }
    ring.add(ring.get(0));
    double area = areaKm2(ring);
    return new ClosedLoop(fromStop, fromLabel, toStop, toLabel, bus.stream().map(StopNode::id).toList(), railPath,
        area, area * 1e6 / railMeters, List.copyOf(districts), new ArrayList<>(new TreeSet<>(lines)), ring);
  }

  /** Area of a closed [lon, lat] ring in km², in a local metric projection; self-crossing rings are fixed first. */
  static double areaKm2(List<double[]> ring) {
    Set<String> distinct = new TreeSet<>();
    for (double[] p : ring) {
      distinct.add(p[0] + "," + p[1]);
    }
    if (distinct.size() < 3) {
      return 0;
    }
    LocalProjection proj = new LocalProjection(ring.get(0)[1], ring.get(0)[0]);
    Coordinate[] coords = new Coordinate[ring.size()];
    for (int i = 0; i < ring.size(); i++) {
      coords[i] = new Coordinate(proj.x(ring.get(i)[0]), proj.y(ring.get(i)[1]));
    }
    Polygon polygon = GEOMETRY.createPolygon(coords);
    Geometry valid = polygon.isValid() ? polygon : GeometryFixer.fix(polygon);
    return valid.getArea() / 1e6;
  }
}
