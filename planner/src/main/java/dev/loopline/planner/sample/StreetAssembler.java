package dev.loopline.planner.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns the grid decided by {@link StreetBuilder} into OSM nodes and ways and into the routable {@link StreetEdge}s:
 * names each edge after its town (or its rural road), decides the one-way couplets, marks the stop slots, and
 * groups consecutive edges of one street into ways (arterials up to the next arterial, residential streets every
 * two blocks), as mappers split them.
 */
final class StreetAssembler {
  private final StreetBuilder g;
  private final OsmDraft draft;
  final int[] nodeIndex;
  final List<StreetEdge> edges = new ArrayList<>();

  /** What a grid edge is, for grouping into ways. */
  private record EdgeTags(HighwayClass clazz, int oneway, String zh, String en) {}

  StreetAssembler(StreetBuilder g, OsmDraft draft) {
    this.g = g;
    this.draft = draft;
    this.nodeIndex = new int[g.nx * g.ny];
    java.util.Arrays.fill(nodeIndex, -1);
  }

  void assemble() {
    int n = g.nx * g.ny;
    boolean[] used = new boolean[n];
    for (int k = 0; k < n; k++) {
      if (g.hCls[k] != 0) {
        used[k] = used[k + 1] = true;
      }
      if (g.vCls[k] != 0) {
        used[k] = used[k + g.nx] = true;
      }
    }
    for (StreetBuilder.Special s : g.specials) {
      used[s.a()] = used[s.b()] = true;
    }
    for (int k = 0; k < n; k++) {
      if (used[k]) {
        nodeIndex[k] = draft.addNode(g.nodeX(k), g.nodeY(k));
      }
    }
    for (int k = 0; k < n; k++) {
      if (g.hCls[k] != 0) {
        addEdge(k, k + 1, true);
      }
    }
    for (int k = 0; k < n; k++) {
      if (g.vCls[k] != 0) {
        addEdge(k, k + g.nx, false);
      }
    }
    addWays(true);
    addWays(false);
    for (StreetBuilder.Special s : g.specials) {
      int[] via = new int[s.via().size()];
      for (int v = 0; v < via.length; v++) {
        via[v] = draft.addNode(s.via().get(v).x(), s.via().get(v).y());
      }
      int a = nodeIndex[s.a()];
      int b = nodeIndex[s.b()];
      edges.add(new StreetEdge(edges.size(), a, b, via, s.clazz(), false, s.tunnel(), s.pass(), true, 0, s.zh(),
          s.en(), false, s.length()));
      int[] nodes = new int[via.length + 2];
      nodes[0] = a;
      System.arraycopy(via, 0, nodes, 1, via.length);
      nodes[nodes.length - 1] = b;
      Map<String, String> tags = s.tunnel()
          ? OsmDraft.road(s.clazz(), s.zh(), s.en(), "tunnel", "yes", "layer", "-1")
          : OsmDraft.road(s.clazz(), s.zh(), s.en(), "surface", "asphalt");
      draft.addWay(nodes, tags);
    }
  }

  private EdgeTags[] hTags;
  private EdgeTags[] vTags;

  /** The tags of a grid edge, computed once (names are built from strings, which is not free at scale 16). */
  private EdgeTags tags(int a, int b, boolean horizontal) {
    EdgeTags[] cache = horizontal ? hTags : vTags;
    if (cache == null) {
      cache = new EdgeTags[g.nx * g.ny];
      if (horizontal) {
        hTags = cache;
      } else {
        vTags = cache;
      }
    }
    EdgeTags t = cache[a];
    if (t == null) {
      t = computeTags(a, b, horizontal);
      cache[a] = t;
    }
    return t;
  }

  private EdgeTags computeTags(int a, int b, boolean horizontal) {
    byte cls = horizontal ? g.hCls[a] : g.vCls[a];
    int conn = horizontal ? g.hConn[a] : g.vConn[a];
    HighwayClass c = StreetBuilder.decode(cls);
    int line = horizontal ? g.jOf(a) : g.iOf(a);
    double u = (g.urb[a] + g.urb[b]) / 2.0;
    int oneway = 0;
    int mod = Math.floorMod(line, 5);
    if (c == HighwayClass.RESIDENTIAL && u > 0.72 && (mod == 1 || mod == 4)) {
      oneway = mod == 1 ? 1 : -1;
    }
    String[] name;
    if (conn >= 0) {
      name = g.connectorNames.get(conn);
    } else {
      Town t = g.dominant(g.urb[a] >= g.urb[b] ? a : b);
      if (t == null) {
        name = new String[] {null, null};
      } else {
        double centre = horizontal ? t.centre().y() : t.centre().x();
        int offset = line - (int) Math.round(centre / StreetBuilder.SPACING);
        name = StreetNames.grid(t, horizontal, offset, mod == 0);
      }
    }
    return new EdgeTags(c, oneway, name[0], name[1]);
  }

  private void addEdge(int ka, int kb, boolean horizontal) {
    EdgeTags t = tags(ka, kb, horizontal);
    int a = nodeIndex[ka];
    int b = nodeIndex[kb];
    if (t.oneway() < 0) {
      int tmp = a;
      a = b;
      b = tmp;
    }
    int along = horizontal ? g.iOf(ka) : g.jOf(ka);
    boolean slot = t.oneway() == 0 && t.clazz().bus() && t.clazz() != HighwayClass.TRUNK
        && Math.floorMod(along, 3) == 1;
    double len = Math.hypot(draft.x(a) - draft.x(b), draft.y(a) - draft.y(b));
    edges.add(new StreetEdge(edges.size(), a, b, new int[0], t.clazz(), t.oneway() != 0, false, false, horizontal,
        horizontal ? g.jOf(ka) : g.iOf(ka), t.zh(), t.en(), slot, len));
  }

  private void addWays(boolean horizontal) {
    int outer0 = horizontal ? g.jMin : g.iMin;
    int outer1 = horizontal ? g.jMax : g.iMax;
    int inner0 = horizontal ? g.iMin : g.jMin;
    int inner1 = horizontal ? g.iMax : g.jMax;
    for (int o = outer0; o <= outer1; o++) {
      List<Integer> run = new ArrayList<>();
      EdgeTags runTags = null;
      int runEdges = 0;
      for (int in = inner0; in < inner1; in++) {
        int ka = horizontal ? g.key(in, o) : g.key(o, in);
        int kb = horizontal ? ka + 1 : ka + g.nx;
        byte cls = horizontal ? g.hCls[ka] : g.vCls[ka];
        if (cls == 0) {
          flush(run, runTags);
          run.clear();
          runTags = null;
          continue;
        }
        EdgeTags t = tags(ka, kb, horizontal);
        int maxEdges = t.clazz() == HighwayClass.RESIDENTIAL ? 2 : 5;
        boolean split = runTags == null || !runTags.equals(t) || runEdges >= maxEdges
            || (t.clazz() != HighwayClass.RESIDENTIAL && Math.floorMod(in, 5) == 0);
        if (split) {
          flush(run, runTags);
          run.clear();
          run.add(nodeIndex[ka]);
          runTags = t;
          runEdges = 0;
        }
        run.add(nodeIndex[kb]);
        runEdges++;
      }
      flush(run, runTags);
    }
  }

  private void flush(List<Integer> run, EdgeTags t) {
    if (t == null || run.size() < 2) {
      return;
    }
    int[] nodes = new int[run.size()];
    for (int k = 0; k < nodes.length; k++) {
      nodes[k] = run.get(t.oneway() < 0 ? nodes.length - 1 - k : k);
    }
    Map<String, String> tags = t.oneway() != 0
        ? OsmDraft.road(t.clazz(), t.zh(), t.en(), "oneway", "yes")
        : OsmDraft.road(t.clazz(), t.zh(), t.en());
    if (Objects.equals(t.zh(), null)) {
      tags.remove("name");
    }
    draft.addWay(nodes, tags);
  }
}
