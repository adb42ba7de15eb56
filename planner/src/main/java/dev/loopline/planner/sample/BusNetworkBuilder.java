package dev.loopline.planner.sample;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * Generates the district bus networks on the streets: per district, trunk lines between its towns, circle lines,
 * rail feeders, village lines and neighbourhood lines, each routed inside the district over the street graph and
 * stopping at the regular stop slots along its path; then the cross-border lines both neighbours publish and the
 * border lines that end at the first stop over a border (whose twin the other district also publishes). Border gaps
 * get neither stops nor, where avoidable, lines. About {@link #BASE_LINES} lines per district per scale unit.
 */
final class BusNetworkBuilder {
  /** Lines per district at scale 1, in {@link DistrictSpec#ALL} order: about 150 lines in all. */
  static final int[] BASE_LINES = {30, 26, 26, 20, 16, 16};
  private static final double DWELL_SECONDS = 25;
  private static final double STATION_CLEARANCE = 90;
  private static final double MAX_LINE_METERS = 26_000;

  /** Cross-border lines of the blueprint: owner district, partner district, a town in each. */
  private static final String[][] CROSS_BORDER = {
      {"gaoxin", "shapingba", "kexuecheng", "shapingba"},
      {"gaoxin", "beibei", "chenjiaqiao", "caijia"},
      {"gaoxin", "jiangjin", "baishiyi", "shuangfu"},
      {"gaoxin", "bishan", "daxuecheng", "bishan"},
      {"jiulongpo", "jiangjin", "xipeng", "shuangfu"},
      {"shapingba", "jiulongpo", "xiaolongkan", "yangjiaping"}};
  /** Neighbours with a border in the open (not on a ridge crest), where border lines and twin stops are. */
  private static final String[][] FLAT_BORDERS = {
      {"gaoxin", "jiangjin"}, {"gaoxin", "beibei"}, {"shapingba", "jiulongpo"}, {"shapingba", "beibei"},
      {"jiangjin", "jiulongpo"}, {"bishan", "jiangjin"}, {"gaoxin", "jiulongpo"}};
  private static final String[] PALETTE = {
      "1F77B4", "D62728", "2CA02C", "9467BD", "8C564B", "E377C2", "17BECF", "BCBD22", "FF7F0E", "393B79",
      "637939", "843C39"};

  private final Layout layout;
  private final Streets streets;
  private final DistrictMap districts;
  private final RoadGraph graph;
  private final long seed;
  private final SplittableRandom rnd;
  private final int[] nodeDistrict;
  private final boolean[][] mainPart;
  private final boolean[] edgeInZone;
  private final NodeBuckets buckets;
  private final int[] crossFirst;
  private final int[] crossEdges;
  private final Map<Integer, StopSite> sites = new TreeMap<>();
  private final Set<Integer> ineligible = new HashSet<>();
  private final Map<Long, TwinStop> twins = new TreeMap<>();
  private final Set<Integer> crossBorderSites = new HashSet<>();
  private final List<Set<String>> namesUsed = new ArrayList<>();
  private final List<BusLine> lines = new ArrayList<>();
  private final Set<String> lineKeys = new HashSet<>();
  private final StopNamer namer;

  BusNetworkBuilder(Layout layout, Streets streets, DistrictMap districts) {
    this.layout = layout;
    this.streets = streets;
    this.districts = districts;
    this.graph = new RoadGraph(streets);
    this.seed = layout.options.seed();
    this.rnd = new SplittableRandom(seed ^ 0xB05_11AE5L);
    int n = streets.nodeCount();
    nodeDistrict = new int[n];
    for (int v = 0; v < n; v++) {
      nodeDistrict[v] = graph.degree(v) > 0 ? districts.locate(streets.x(v), streets.y(v)) : -1;
    }
    mainPart = new boolean[DistrictSpec.ALL.size()][];
    for (int d = 0; d < mainPart.length; d++) {
      mainPart[d] = largestPart(d);
    }
    edgeInZone = new boolean[streets.edges().size()];
    for (StreetEdge e : streets.edges()) {
      double mx = (streets.x(e.a()) + streets.x(e.b())) / 2;
      double my = (streets.y(e.a()) + streets.y(e.b())) / 2;
      for (NoStopZone z : layout.noStopZones) {
        edgeInZone[e.id()] |= z.contains(mx, my);
      }
    }
    buckets = new NodeBuckets(streets, v -> graph.degree(v) > 0);
    int[][] cross = crossStreetIndex(streets);
    crossFirst = cross[0];
    crossEdges = cross[1];
    for (int d = 0; d < DistrictSpec.ALL.size(); d++) {
      namesUsed.add(new HashSet<>());
    }
    namer = new StopNamer(layout, streets);
  }

  /** The result: lines (in generation order), the sites they use and the twins neighbours publish. */
  record Result(List<BusLine> lines, Map<Integer, StopSite> sites, Map<Long, TwinStop> twins,
                int[] nodeDistrict) {}

  Result build() {
    for (int d = 0; d < DistrictSpec.ALL.size(); d++) {
      intraLines(d);
    }
    crossBorderLines();
    borderLines();
    return new Result(nameLines(), sites, twins, nodeDistrict);
  }

  RoadGraph graph() {
    return graph;
  }

  // ---- districts and their connected parts -----------------------------------------------------------------

  private boolean[] largestPart(int d) {
    int n = streets.nodeCount();
    int[] label = new int[n];
    java.util.Arrays.fill(label, -1);
    int[][] neighbours = adjacency();
    int best = -1;
    int bestSize = 0;
    int next = 0;
    for (int s = 0; s < n; s++) {
      if (nodeDistrict[s] != d || label[s] >= 0) {
        continue;
      }
      int size = 0;
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      queue.add(s);
      label[s] = next;
      while (!queue.isEmpty()) {
        int u = queue.poll();
        size++;
        for (int v : neighbours[u]) {
          if (nodeDistrict[v] == d && label[v] < 0) {
            label[v] = next;
            queue.add(v);
          }
        }
      }
      if (size > bestSize) {
        bestSize = size;
        best = next;
      }
      next++;
    }
    boolean[] out = new boolean[n];
    for (int v = 0; v < n; v++) {
      out[v] = label[v] == best && best >= 0;
    }
    return out;
  }

  private int[][] neighboursCache;

  private int[][] adjacency() {
    if (neighboursCache == null) {
      int n = streets.nodeCount();
      int[] deg = new int[n];
      for (StreetEdge e : streets.edges()) {
        if (e.busUsable()) {
          deg[e.a()]++;
          deg[e.b()]++;
        }
      }
      int[][] adj = new int[n][];
      for (int v = 0; v < n; v++) {
        adj[v] = new int[deg[v]];
      }
      int[] fill = new int[n];
      for (StreetEdge e : streets.edges()) {
        if (e.busUsable()) {
          adj[e.a()][fill[e.a()]++] = e.b();
          adj[e.b()][fill[e.b()]++] = e.a();
        }
      }
      neighboursCache = adj;
    }
    return neighboursCache;
  }

  /** For every node, the grid edges meeting there (to name stops after the cross street). */
  private static int[][] crossStreetIndex(Streets streets) {
    int n = streets.nodeCount();
    int[] first = new int[n + 1];
    for (StreetEdge e : streets.edges()) {
      first[e.a() + 1]++;
      first[e.b() + 1]++;
    }
    for (int i = 0; i < n; i++) {
      first[i + 1] += first[i];
    }
    int[] list = new int[first[n]];
    int[] fill = java.util.Arrays.copyOf(first, n);
    for (StreetEdge e : streets.edges()) {
      list[fill[e.a()]++] = e.id();
      list[fill[e.b()]++] = e.id();
    }
    return new int[][] {first, list};
  }

  // ---- stop sites ------------------------------------------------------------------------------------------

  /** The stop site beside an edge, created on first use; null when no stop may stand there. */
  private StopSite site(int edgeId) {
    StopSite s = sites.get(edgeId);
    if (s != null || ineligible.contains(edgeId)) {
      return s;
    }
    StreetEdge e = streets.edges().get(edgeId);
    if (!e.stopSlot() || edgeInZone[edgeId]) {
      ineligible.add(edgeId);
      return null;
    }
    double ax = streets.x(e.a());
    double ay = streets.y(e.a());
    double bx = streets.x(e.b());
    double by = streets.y(e.b());
    double len = Math.hypot(bx - ax, by - ay);
    double ux = (bx - ax) / len;
    double uy = (by - ay) / len;
    double offset = 7 + 5 * Noise.unit(seed, edgeId, 0, 41);
    Xy pos = new Xy((ax + bx) / 2 - uy * offset, (ay + by) / 2 + ux * offset);
    int territory = districts.locate(pos.x(), pos.y());
    boolean ok = territory >= 0;
    for (NoStopZone z : layout.noStopZones) {
      ok &= !(Math.hypot(pos.x() - z.centre().x(), pos.y() - z.centre().y()) < z.radius() + 40);
    }
    for (RailLine l : layout.railLines) {
      for (RailStation st : l.stations()) {
        ok &= pos.distanceTo(st.position()) >= STATION_CLEARANCE;
      }
    }
    if (!ok) {
      ineligible.add(edgeId);
      return null;
    }
    String[] name = namer.name(e, pos, crossStreets(e), namesUsed.get(territory));
    s = new StopSite(edgeId, territory, pos, ux, uy, name[0], name[1]);
    sites.put(edgeId, s);
    return s;
  }

  private List<StreetEdge> crossStreets(StreetEdge e) {
    List<StreetEdge> out = new ArrayList<>();
    for (int node : new int[] {e.a(), e.b()}) {
      for (int k = crossFirst[node]; k < crossFirst[node + 1]; k++) {
        StreetEdge o = streets.edges().get(crossEdges[k]);
        if (o.id() != e.id() && o.horizontal() != e.horizontal() && o.zh() != null && o.via().length == 0) {
          out.add(o);
        }
      }
    }
    out.sort((p, q) -> p.clazz().rank() != q.clazz().rank() ? Integer.compare(q.clazz().rank(), p.clazz().rank())
        : Integer.compare(p.id(), q.id()));
    return out;
  }

  private TwinStop twin(StopSite s, int publisher, boolean far) {
    long key = (long) s.edge() * 8 + publisher;
    TwinStop t = twins.get(key);
    if (t == null) {
      double d = far ? 35 + 5 * Noise.unit(seed, s.edge(), publisher, 51) : 5 + 22 * Noise.unit(seed, s.edge(),
          publisher, 52);
      double sign = Noise.unit(seed, s.edge(), publisher, 53) < 0.5 ? -1 : 1;
      t = new TwinStop(s, publisher, d, s.position().plus(s.ux() * d * sign, s.uy() * d * sign));
      twins.put(key, t);
    }
    return t;
  }

  // ---- routing ---------------------------------------------------------------------------------------------

  private double[] baseCost;

  /**
   * Street length weighted by class (buses prefer arterials), 30 times for streets in a border gap (avoided unless
   * there is no other way), and varied by up to 35 % per line so that lines spread over parallel streets.
   */
  private RoadGraph.EdgeCost cost(int lineSalt) {
    if (baseCost == null) {
      baseCost = new double[streets.edges().size()];
      for (StreetEdge e : streets.edges()) {
        double f = switch (e.clazz()) {
          case TRUNK, PRIMARY -> 1.0;
          case SECONDARY -> 1.05;
          case TERTIARY -> 1.15;
          default -> 1.7;
        };
        baseCost[e.id()] = e.length() * f * (edgeInZone[e.id()] ? 30 : 1);
      }
    }
    long salt = seed * 31 + lineSalt;
    return e -> {
      long h = (e.id() + 1L) * 0x9E3779B97F4A7C15L ^ salt * 0xC2B2AE3D27D4EB4FL;
      h ^= h >>> 29;
      h *= 0xBF58476D1CE4E5B9L;
      h ^= h >>> 32;
      return baseCost[e.id()] * (1 + 0.35 * ((h >>> 11) * 0x1.0p-53));
    };
  }

  private double pathLength(List<RoadGraph.Step> steps) {
    double len = 0;
    for (RoadGraph.Step s : steps) {
      len += streets.edges().get(s.edge()).length();
    }
    return len;
  }

  private record Visit(StopSite site, int step) {}

  private List<Visit> visits(List<RoadGraph.Step> steps, java.util.function.Predicate<StopSite> siteOk) {
    List<Visit> out = new ArrayList<>();
    for (int k = 0; k < steps.size(); k++) {
      StopSite s = site(steps.get(k).edge());
      if (s != null && siteOk.test(s)
          && (out.isEmpty() || out.get(out.size() - 1).site() != s)) {
        out.add(new Visit(s, k));
      }
    }
    return out;
  }

  /** Makes a line from a routed path, or null when it has too few stops or repeats an existing line. */
  private BusLine makeLine(int owner, int partner, LineKind kind, List<RoadGraph.Step> steps,
                           java.util.function.Predicate<StopSite> territoryOk, boolean circular, int minStops) {
    if (steps == null || steps.isEmpty() || pathLength(steps) > MAX_LINE_METERS * (circular ? 0.8 : 1)) {
      return null;
    }
    List<Visit> v = visits(steps, territoryOk);
    if (v.size() < minStops) {
      return null;
    }
    List<StopSite> stops0;
    List<Xy> shape0;
    int[] base0;
    List<StopSite> stops1 = null;
    List<Xy> shape1 = null;
    int[] base1 = null;
    if (circular) {
      int k0 = v.get(0).step();
      List<RoadGraph.Step> loop = new ArrayList<>(steps.subList(k0, steps.size()));
      loop.addAll(steps.subList(0, k0));
      List<Visit> lv = new ArrayList<>(visits(loop, territoryOk));
      if (lv.get(lv.size() - 1).site() == lv.get(0).site()) {
        lv.remove(lv.size() - 1);
      }
      loop.add(loop.get(0));
      lv.add(new Visit(lv.get(0).site(), loop.size() - 1));
      stops0 = lv.stream().map(Visit::site).toList();
      shape0 = graph.polyline(loop);
      base0 = baseTimes(loop, lv);
    } else {
      int from = v.get(0).step();
      int to = v.get(v.size() - 1).step();
      List<RoadGraph.Step> trimmed = new ArrayList<>(steps.subList(from, to + 1));
      List<Visit> tv = new ArrayList<>();
      for (Visit x : v) {
        tv.add(new Visit(x.site(), x.step() - from));
      }
      stops0 = tv.stream().map(Visit::site).toList();
      shape0 = graph.polyline(trimmed);
      base0 = baseTimes(trimmed, tv);
      List<RoadGraph.Step> back = new ArrayList<>();
      for (int k = trimmed.size() - 1; k >= 0; k--) {
        back.add(new RoadGraph.Step(trimmed.get(k).edge(), !trimmed.get(k).forward()));
      }
      List<Visit> bv = new ArrayList<>();
      for (int k = tv.size() - 1; k >= 0; k--) {
        bv.add(new Visit(tv.get(k).site(), trimmed.size() - 1 - tv.get(k).step()));
      }
      stops1 = bv.stream().map(Visit::site).toList();
      shape1 = graph.polyline(back);
      base1 = baseTimes(back, bv);
    }
    String key = key(stops0);
    String rkey = key(stops0.reversed());
    if (lineKeys.contains(key) || lineKeys.contains(rkey)) {
      return null;
    }
    lineKeys.add(key);
    String color = PALETTE[rnd.nextInt(PALETTE.length)];
    StopSite first = stops0.get(0);
    StopSite last = stops0.get(stops0.size() - 1);
    String zh = first.zh() + "-" + last.zh();
    String en = first.en() + " - " + last.en();
    BusLine line = new BusLine(lines.size(), owner, partner, kind, "", zh, en, circular, stops0, shape0, base0,
        stops1, shape1, base1, headways(kind), color, "FFFFFF");
    lines.add(line);
    return line;
  }

  /** Names a line after the towns it joins ("大学城-西永"), as trunk lines are signed. */
  private BusLine rename(BusLine line, Town a, Town b) {
    if (line == null) {
      return null;
    }
    BusLine named = new BusLine(line.seq(), line.owner(), line.partner(), line.kind(), "", a.zh() + "-" + b.zh(),
        a.en() + " - " + b.en(), line.circular(), line.stops0(), line.shape0(), line.base0(), line.stops1(),
        line.shape1(), line.base1(), line.headways(), line.color(), line.textColor());
    lines.set(line.seq(), named);
    return named;
  }

  private static String key(List<StopSite> stops) {
    return stops.get(0).edge() + "/" + stops.get(stops.size() - 1).edge() + "/" + stops.size();
  }

  /** Seconds from the first stop to each stop: street lengths at bus speeds, plus a dwell per stop. */
  private int[] baseTimes(List<RoadGraph.Step> steps, List<Visit> visits) {
    double[] mid = new double[steps.size()];
    double t = 0;
    for (int k = 0; k < steps.size(); k++) {
      StreetEdge e = streets.edges().get(steps.get(k).edge());
      double dt = e.length() / e.clazz().busMetersPerSecond();
      mid[k] = t + dt / 2;
      t += dt;
    }
    int[] out = new int[visits.size()];
    double origin = mid[visits.get(0).step()];
    for (int i = 0; i < out.length; i++) {
      double at = mid[visits.get(i).step()];
      if (i > 0 && visits.get(i).step() <= visits.get(i - 1).step()) {
        at += t;
      }
      out[i] = (int) Math.round(at - origin + DWELL_SECONDS * i);
      if (i > 0 && out[i] <= out[i - 1]) {
        out[i] = out[i - 1] + (int) DWELL_SECONDS;
      }
    }
    return out;
  }

  private Headways headways(LineKind kind) {
    int c6 = Headways.clock(6, 0);
    int c630 = Headways.clock(6, 30);
    return switch (kind) {
      case TRUNK -> new Headways(6 + rnd.nextInt(3), 12 + rnd.nextInt(4), 20, c6, Headways.clock(22, 0), 15,
          Headways.clock(7, 0), Headways.clock(21, 0));
      case CIRCULAR -> new Headways(8, 15, 20, c630, Headways.clock(21, 30), 20, Headways.clock(7, 0),
          Headways.clock(21, 0));
      case FEEDER -> new Headways(8 + rnd.nextInt(3), 15 + 5 * rnd.nextInt(2), 20, c6, Headways.clock(22, 30), 20,
          Headways.clock(7, 0), Headways.clock(22, 0));
      case LOCAL -> new Headways(10 + rnd.nextInt(3), 20, 20, c630, Headways.clock(21, 0), 20,
          Headways.clock(7, 30), Headways.clock(20, 0));
      case VILLAGE -> new Headways(15, 20, 20, c630, Headways.clock(19, 30), 20, Headways.clock(7, 30),
          Headways.clock(19, 0));
      case CROSS_BORDER -> new Headways(8, 15, 20, c6, Headways.clock(22, 0), 20, Headways.clock(7, 0),
          Headways.clock(21, 0));
      case BORDER -> new Headways(12, 20, 20, c630, Headways.clock(21, 0), 20, Headways.clock(7, 30),
          Headways.clock(20, 0));
    };
  }

  // ---- lines inside a district -----------------------------------------------------------------------------

  private int anchor(Xy p, int d, double max) {
    boolean[] ok = mainPart[d];
    return buckets.nearest(p, max, v -> ok[v]);
  }

  private List<RoadGraph.Step> route(int from, int to, IntPredicate nodeOk) {
    if (from < 0 || to < 0 || from == to) {
      return null;
    }
    return graph.path(from, to, nodeOk, cost(lines.size() + 1));
  }

  private void intraLines(int d) {
    int target = BASE_LINES[d] * layout.options.scale();
    boolean[] ok = mainPart[d];
    IntPredicate inside = v -> ok[v];
    java.util.function.Predicate<StopSite> own = x -> x.territory() == d;
    int before = lines.size();
    List<Town> towns = new ArrayList<>();
    for (Town t : layout.towns) {
      if ((t.kind() == TownKind.URBAN || t.kind() == TownKind.INDUSTRIAL)
          && districts.locate(t.centre().x(), t.centre().y()) == d && anchor(t.centre(), d, 1500) >= 0) {
        towns.add(t);
      }
    }
    // Trunk lines between the district's towns, nearest pairs first.
    List<Town[]> pairs = new ArrayList<>();
    for (int i = 0; i < towns.size(); i++) {
      for (int j = i + 1; j < towns.size(); j++) {
        double dist = towns.get(i).centre().distanceTo(towns.get(j).centre());
        if (dist >= 2500 && dist <= 16000) {
          pairs.add(new Town[] {towns.get(i), towns.get(j)});
        }
      }
    }
    pairs.sort((p, q) -> Double.compare(p[0].centre().distanceTo(p[1].centre()),
        q[0].centre().distanceTo(q[1].centre())));
    for (Town[] p : pairs) {
      if (lines.size() - before >= target * 0.4) {
        break;
      }
      rename(makeLine(d, -1, LineKind.TRUNK, route(anchor(p[0].centre(), d, 1500), anchor(p[1].centre(), d, 1500),
          inside), own, false, 6), p[0], p[1]);
    }
    // Circle lines around the two biggest towns.
    List<Town> big = new ArrayList<>(towns.stream().filter(t -> t.kind() == TownKind.URBAN && t.radius() >= 1300)
        .toList());
    big.sort((p, q) -> Double.compare(q.residents(), p.residents()));
    for (Town t : big.subList(0, Math.min(2 * layout.options.scale(), big.size()))) {
      circle(d, t, inside, own);
    }
    // Feeders from the district's rail stations.
    for (RailLine l : layout.railLines) {
      for (RailStation st : l.stations()) {
        if (lines.size() - before >= target * 0.7) {
          break;
        }
        if (districts.locate(st.position().x(), st.position().y()) != d || inZone(st.position())) {
          continue;
        }
        int from = anchor(st.position(), d, 600);
        int to = randomDenseNode(d, st.position(), 2500, 6000);
        makeLine(d, -1, LineKind.FEEDER, route(from, to, inside), own, false, 6);
      }
    }
    // Village lines to the nearest town.
    int villageLines = 0;
    for (Town v : layout.towns) {
      if (v.kind() != TownKind.VILLAGE || villageLines >= target * 0.15 || lines.size() - before >= target) {
        continue;
      }
      int vn = anchor(v.centre(), d, 800);
      if (vn < 0 || districts.locate(v.centre().x(), v.centre().y()) != d) {
        continue;
      }
      Town best = null;
      for (Town t : towns) {
        if (best == null || t.centre().distanceTo(v.centre()) < best.centre().distanceTo(v.centre())) {
          best = t;
        }
      }
      if (best != null && makeLine(d, -1, LineKind.VILLAGE, route(vn, anchor(best.centre(), d, 1500), inside), own,
          false, 5) != null) {
        villageLines++;
      }
    }
    // Neighbourhood lines until the district has its share.
    for (int attempt = 0; lines.size() - before < target && attempt < 60 * target; attempt++) {
      int a = randomDenseNode(d, null, 0, 0);
      if (a < 0) {
        break;
      }
      int b = randomDenseNode(d, streets.xy(a), 3000, 10000);
      makeLine(d, -1, LineKind.LOCAL, route(a, b, inside), own, false, 6);
    }
  }

  private boolean inZone(Xy p) {
    for (NoStopZone z : layout.noStopZones) {
      if (z.contains(p.x(), p.y())) {
        return true;
      }
    }
    return false;
  }

  private final Map<Integer, List<Integer>> denseNodes = new TreeMap<>();

  /** A random node of the district's main part in a dense area, optionally within a distance band of a point. */
  private int randomDenseNode(int d, Xy from, double minDist, double maxDist) {
    List<Integer> pool = denseNodes.computeIfAbsent(d, k -> {
      List<Integer> l = new ArrayList<>();
      for (int v = 0; v < streets.nodeCount(); v++) {
        if (mainPart[d][v] && streets.density(v) >= 0.3 && graph.degree(v) >= 2) {
          l.add(v);
        }
      }
      return l;
    });
    if (pool.isEmpty()) {
      return -1;
    }
    for (int attempt = 0; attempt < 200; attempt++) {
      int v = pool.get(rnd.nextInt(pool.size()));
      if (from == null) {
        return v;
      }
      double dist = from.distanceTo(streets.xy(v));
      if (dist >= minDist && dist <= maxDist) {
        return v;
      }
    }
    return -1;
  }

  private void circle(int d, Town t, IntPredicate inside, java.util.function.Predicate<StopSite> own) {
    int[] points = new int[3];
    for (int k = 0; k < 3; k++) {
      double ang = Math.toRadians(90 + 120 * k);
      Xy p = t.centre().plus(0.9 * t.radius() * StrictMath.cos(ang), 0.9 * t.radius() * StrictMath.sin(ang));
      points[k] = anchor(p, d, 800);
    }
    List<RoadGraph.Step> loop = new ArrayList<>();
    for (int k = 0; k < 3; k++) {
      List<RoadGraph.Step> leg = route(points[k], points[(k + 1) % 3], inside);
      if (leg == null) {
        return;
      }
      loop.addAll(leg);
    }
    BusLine line = makeLine(d, -1, LineKind.CIRCULAR, loop, own, true, 6);
    if (line != null) {
      lines.set(line.seq(), new BusLine(line.seq(), d, -1, LineKind.CIRCULAR, "", t.zh() + "环线",
          t.en() + " Circle Line", true, line.stops0(), line.shape0(), line.base0(), null, null, null,
          line.headways(), line.color(), line.textColor()));
    }
  }

  // ---- lines across borders --------------------------------------------------------------------------------

  private void crossBorderLines() {
    for (String[] spec : CROSS_BORDER) {
      int a = DistrictSpec.byId(spec[0]).index();
      int b = DistrictSpec.byId(spec[1]).index();
      List<Town[]> pairs = new ArrayList<>();
      pairs.add(new Town[] {layout.town(spec[2]), layout.town(spec[3])});
      if (layout.options.scale() > 1) {
        List<Town[]> more = new ArrayList<>();
        for (Town ta : layout.towns) {
          for (Town tb : layout.towns) {
            if (ta.kind() == TownKind.URBAN && tb.kind() == TownKind.URBAN
                && districts.locate(ta.centre().x(), ta.centre().y()) == a
                && districts.locate(tb.centre().x(), tb.centre().y()) == b
                && ta.centre().distanceTo(tb.centre()) < 18000) {
              more.add(new Town[] {ta, tb});
            }
          }
        }
        more.sort((p, q) -> Double.compare(p[0].centre().distanceTo(p[1].centre()),
            q[0].centre().distanceTo(q[1].centre())));
        pairs.addAll(more);
      }
      int made = 0;
      for (Town[] p : pairs) {
        if (made >= layout.options.scale()) {
          break;
        }
        IntPredicate nodeOk = v -> nodeDistrict[v] == a || nodeDistrict[v] == b;
        int from = anchor(p[0].centre(), a, 1500);
        int to = anchor(p[1].centre(), b, 1500);
        BusLine line = makeLine(a, b, LineKind.CROSS_BORDER, route(from, to, nodeOk),
            x -> x.territory() == a || x.territory() == b, false, 8);
        if (line == null) {
          continue;
        }
        line = rename(line, p[0], p[1]);
        made++;
        for (StopSite s : line.stops0()) {
          crossBorderSites.add(s.edge());
          twin(s, s.territory() == a ? b : a, false);
        }
      }
    }
  }

  /**
   * One border stop per flat border and scale unit: a stop just inside one district, served by a line of that
   * district and by a line of its neighbour ending there, which publishes it as a twin. Every second such twin is
   * placed 35-40 m away (a pair a 30 m merge rule must keep apart).
   */
  private void borderLines() {
    int made = 0;
    for (int pi = 0; pi < FLAT_BORDERS.length; pi++) {
      String[] pair = FLAT_BORDERS[pi];
      int a = DistrictSpec.byId(pair[pi % 2]).index();
      int b = DistrictSpec.byId(pair[1 - pi % 2]).index();
      List<StopSite> candidates = new ArrayList<>();
      org.locationtech.jts.operation.distance.IndexedFacetDistance other =
          new org.locationtech.jts.operation.distance.IndexedFacetDistance(districts.polygons().get(b));
      for (StreetEdge e : streets.edges()) {
        if (!e.stopSlot() || nodeDistrict[e.a()] != a || !mainPart[a][e.a()] || crossBorderSites.contains(e.id())) {
          continue;
        }
        double mx = (streets.x(e.a()) + streets.x(e.b())) / 2;
        double my = (streets.y(e.a()) + streets.y(e.b())) / 2;
        if (other.distance(point(new Xy(mx, my))) > 300) {
          continue;
        }
        StopSite site = site(e.id());
        if (site != null && site.territory() == a) {
          candidates.add(site);
        }
      }
      candidates.sort((p, q) -> {
        int c = Double.compare(other.distance(point(p.position())), other.distance(point(q.position())));
        return c != 0 ? c : Integer.compare(p.edge(), q.edge());
      });
      int accepted = 0;
      for (StopSite site : candidates) {
        if (accepted >= layout.options.scale()) {
          break;
        }
        if (borderPair(a, b, site, made % 2 == 0)) {
          accepted++;
          made++;
        }
      }
    }
  }

  private static org.locationtech.jts.geom.Point point(Xy p) {
    return new org.locationtech.jts.geom.GeometryFactory().createPoint(
        new org.locationtech.jts.geom.Coordinate(p.x(), p.y()));
  }

  /** Lines of both districts ending at {@code s} (in district {@code a}); {@code b} publishes a twin. */
  private boolean borderPair(int a, int b, StopSite s, boolean far) {
    List<RoadGraph.Step> fromA = pathTo(a, b, a, s);
    List<RoadGraph.Step> fromB = pathTo(a, b, b, s);
    if (fromA == null || fromB == null) {
      return false;
    }
    List<Visit> va = visits(fromA, x -> x.territory() == a);
    List<Visit> vb = visits(fromB, x -> x.territory() == b || x == s);
    if (va.size() < 5 || vb.size() < 5 || va.get(va.size() - 1).site() != s || vb.get(vb.size() - 1).site() != s) {
      return false;
    }
    int before = lines.size();
    if (makeLine(a, -1, LineKind.BORDER, fromA, x -> x.territory() == a, false, 5) == null) {
      return false;
    }
    if (makeLine(b, -1, LineKind.BORDER, fromB, x -> x.territory() == b || x == s, false, 5) == null) {
      lines.remove(lines.size() - 1);
      lineKeys.clear();
      lines.forEach(l -> lineKeys.add(key(l.stops0())));
      return false;
    }
    twin(s, b, far);
    return lines.size() == before + 2;
  }

  /** A path from the nearest town of {@code home} to site {@code s}, ending on the site's edge. */
  private List<RoadGraph.Step> pathTo(int a, int b, int home, StopSite s) {
    Town town = null;
    for (Town t : layout.towns) {
      if (t.kind() == TownKind.URBAN && districts.locate(t.centre().x(), t.centre().y()) == home
          && anchor(t.centre(), home, 1500) >= 0
          && (town == null || t.centre().distanceTo(s.position()) < town.centre().distanceTo(s.position()))) {
        town = t;
      }
    }
    if (town == null || town.centre().distanceTo(s.position()) > 12000) {
      return null;
    }
    StreetEdge e = streets.edges().get(s.edge());
    IntPredicate nodeOk = v -> nodeDistrict[v] == a || nodeDistrict[v] == b;
    List<RoadGraph.Step> path = route(anchor(town.centre(), home, 1500), e.a(), nodeOk);
    if (path == null) {
      return null;
    }
    List<RoadGraph.Step> steps = new ArrayList<>(path);
    if (steps.isEmpty() || steps.get(steps.size() - 1).edge() != e.id()) {
      steps.add(new RoadGraph.Step(e.id(), true));
    }
    return steps;
  }

  // ---- names -----------------------------------------------------------------------------------------------

  /**
   * Route short names as districts number them, each from 1 (so "1", "2" ... clash across districts): ordinary
   * lines 1-15 then 200 upwards, cross-border lines 801 upwards (the same name in both feeds), border lines 301
   * upwards.
   */
  private List<BusLine> nameLines() {
    int[] ordinary = new int[DistrictSpec.ALL.size()];
    int[] border = new int[DistrictSpec.ALL.size()];
    int cross = 0;
    List<BusLine> out = new ArrayList<>();
    for (BusLine l : lines) {
      String name;
      if (l.kind() == LineKind.CROSS_BORDER) {
        name = String.valueOf(801 + cross++);
      } else if (l.kind() == LineKind.BORDER) {
        name = String.valueOf(301 + border[l.owner()]++);
      } else {
        int k = ordinary[l.owner()]++;
        name = k < 15 ? String.valueOf(k + 1) : String.valueOf(200 + k - 15);
      }
      out.add(l.withShortName(name));
    }
    return List.copyOf(out);
  }

}
