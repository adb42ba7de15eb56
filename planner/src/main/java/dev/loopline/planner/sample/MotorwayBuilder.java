package dev.loopline.planner.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds the expressways: each centreline becomes two one-way carriageways 30 m apart on nodes of their own (so they
 * cross streets without junctions, as elevated roads do), with tunnels where they pierce a ridge, a bridge where
 * the ring crosses the Chengyu expressway, and an interchange about every 5 km where a major street is near: an
 * off-ramp and an on-ramp ({@code motorway_link}) per direction to one grid node.
 */
final class MotorwayBuilder {
  private static final double STEP = 200;
  private static final double HALF_SEPARATION = 15;
  private static final int INTERCHANGE_EVERY = 25;
  private static final int RAMP = 3;

  private final Layout layout;
  private final StreetBuilder grid;
  private final StreetAssembler assembled;
  private final OsmDraft draft;

  MotorwayBuilder(Layout layout, StreetBuilder grid, StreetAssembler assembled, OsmDraft draft) {
    this.layout = layout;
    this.grid = grid;
    this.assembled = assembled;
    this.draft = draft;
  }

  void build() {
    List<List<Xy>> centres = new ArrayList<>();
    for (Motorway m : layout.motorways) {
      centres.add(densify(m.centreline()));
    }
    for (int mi = 0; mi < layout.motorways.size(); mi++) {
      Motorway m = layout.motorways.get(mi);
      List<Xy> c = centres.get(mi);
      int n = c.size();
      boolean[] tunnel = new boolean[n];
      boolean[] bridge = new boolean[n];
      for (int k = 0; k < n; k++) {
        tunnel[k] = layout.ridgeClearance(c.get(k).x(), c.get(k).y()) < 100;
        for (int o = 0; o < mi; o++) {
          bridge[k] |= nearLine(c.get(k), centres.get(o), 150);
        }
      }
      int[] fwd = new int[n];
      int[] rev = new int[n];
      for (int k = 0; k < n; k++) {
        Xy p = c.get(k);
        Xy a = c.get(Math.max(0, k - 1));
        Xy b = c.get(Math.min(n - 1, k + 1));
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len = Math.hypot(dx, dy);
        double rx = dy / len;
        double ry = -dx / len;
        fwd[k] = draft.addNode(p.x() + rx * HALF_SEPARATION, p.y() + ry * HALF_SEPARATION);
        rev[k] = draft.addNode(p.x() - rx * HALF_SEPARATION, p.y() - ry * HALF_SEPARATION);
      }
      boolean[] split = new boolean[n];
      List<int[]> interchanges = new ArrayList<>();
      for (int k = INTERCHANGE_EVERY / 2; k + RAMP < n; k += INTERCHANGE_EVERY) {
        if (k - RAMP < 0 || anyFlag(tunnel, k - RAMP - 1, k + RAMP + 1) || anyFlag(bridge, k - RAMP - 1, k + RAMP + 1)) {
          continue;
        }
        int local = nearestMajorNode(c.get(k), 450);
        if (local < 0) {
          continue;
        }
        interchanges.add(new int[] {k, local});
        split[k - RAMP] = split[k + RAMP] = true;
      }
      carriageway(m, fwd, tunnel, bridge, split, false);
      carriageway(m, rev, tunnel, bridge, split, true);
      for (int[] ic : interchanges) {
        int k = ic[0];
        int local = ic[1];
        Town t = nearestTown(c.get(k));
        draft.tagNode(fwd[k], Map.of("highway", "motorway_junction", "name", t.zh() + "立交",
            "name:en", t.en() + " Interchange"));
        link(fwd[k - RAMP], local);
        link(local, fwd[k + RAMP]);
        link(rev[k + RAMP], local);
        link(local, rev[k - RAMP]);
      }
    }
  }

  private void carriageway(Motorway m, int[] nodes, boolean[] tunnel, boolean[] bridge, boolean[] split,
                           boolean reverse) {
    int n = nodes.length;
    List<Integer> run = new ArrayList<>();
    int runKind = -1;
    for (int k = 0; k + 1 < n; k++) {
      int kind = tunnel[k] || tunnel[k + 1] ? 1 : (bridge[k] || bridge[k + 1] ? 2 : 0);
      if (runKind != kind || (split[k] && !run.isEmpty())) {
        emit(m, nodes, run, runKind, reverse);
        run.clear();
        run.add(k);
        runKind = kind;
      }
      run.add(k + 1);
    }
    emit(m, nodes, run, runKind, reverse);
  }

  private void emit(Motorway m, int[] nodes, List<Integer> run, int kind, boolean reverse) {
    if (run.size() < 2) {
      return;
    }
    int[] way = new int[run.size()];
    for (int i = 0; i < way.length; i++) {
      way[i] = nodes[run.get(reverse ? way.length - 1 - i : i)];
    }
    Map<String, String> tags = new TreeMap<>(OsmDraft.road(HighwayClass.MOTORWAY, m.zh(), m.en(), "oneway", "yes",
        "ref", m.ref(), "maxspeed", "100", "lanes", "3"));
    if (kind == 1) {
      Xy mid = new Xy(draft.x(way[way.length / 2]), draft.y(way[way.length / 2]));
      Ridge r = layout.jinyun.distance(mid.x(), mid.y()) < layout.zhongliang.distance(mid.x(), mid.y())
          ? layout.jinyun : layout.zhongliang;
      tags.put("tunnel", "yes");
      tags.put("layer", "-1");
      tags.put("tunnel:name", r.zh() + "隧道");
      tags.put("tunnel:name:en", r.en().replace(" Mountain", "shan") + " Tunnel");
    } else if (kind == 2) {
      tags.put("bridge", "yes");
      tags.put("layer", "1");
    }
    draft.addWay(way, tags);
  }

  private void link(int from, int to) {
    double mx = (draft.x(from) + draft.x(to)) / 2;
    double my = (draft.y(from) + draft.y(to)) / 2;
    int mid = draft.addNode(mx, my);
    draft.addWay(new int[] {from, mid, to}, OsmDraft.road(HighwayClass.MOTORWAY_LINK, null, null, "oneway", "yes"));
  }

  /** A grid node with a two-way street of tertiary class or above, within {@code max} metres. */
  private int nearestMajorNode(Xy p, double max) {
    int ic = (int) Math.round(p.x() / StreetBuilder.SPACING);
    int jc = (int) Math.round(p.y() / StreetBuilder.SPACING);
    int r = (int) Math.ceil(max / StreetBuilder.SPACING);
    int best = -1;
    double bestD = max;
    for (int j = jc - r; j <= jc + r; j++) {
      for (int i = ic - r; i <= ic + r; i++) {
        if (!grid.inside(i, j)) {
          continue;
        }
        int k = grid.key(i, j);
        int node = assembled.nodeIndex[k];
        if (node < 0 || !major(k, i, j)) {
          continue;
        }
        double d = Math.hypot(draft.x(node) - p.x(), draft.y(node) - p.y());
        if (d < bestD) {
          bestD = d;
          best = node;
        }
      }
    }
    return best;
  }

  private boolean major(int k, int i, int j) {
    HighwayClass[] around = {
        StreetBuilder.decode(grid.hCls[k]), StreetBuilder.decode(grid.vCls[k]),
        i > grid.iMin ? StreetBuilder.decode(grid.hCls[k - 1]) : null,
        j > grid.jMin ? StreetBuilder.decode(grid.vCls[k - grid.nx]) : null};
    for (HighwayClass c : around) {
      if (c != null && c.rank() >= HighwayClass.TERTIARY.rank()) {
        return true;
      }
    }
    return false;
  }

  private Town nearestTown(Xy p) {
    Town best = null;
    double bestD = Double.POSITIVE_INFINITY;
    for (Town t : layout.towns) {
      if (t.kind() == TownKind.VILLAGE) {
        continue;
      }
      double d = p.distanceTo(t.centre());
      if (d < bestD) {
        bestD = d;
        best = t;
      }
    }
    return best;
  }

  private static boolean anyFlag(boolean[] f, int from, int to) {
    for (int k = Math.max(0, from); k <= Math.min(f.length - 1, to); k++) {
      if (f[k]) {
        return true;
      }
    }
    return false;
  }

  private static boolean nearLine(Xy p, List<Xy> line, double max) {
    for (int i = 1; i < line.size(); i++) {
      if (Segments.distance(p.x(), p.y(), line.get(i - 1), line.get(i)) < max) {
        return true;
      }
    }
    return false;
  }

  private static List<Xy> densify(List<Xy> line) {
    List<Xy> out = new ArrayList<>();
    out.add(line.get(0));
    for (int i = 1; i < line.size(); i++) {
      Xy a = line.get(i - 1);
      Xy b = line.get(i);
      int steps = Math.max(1, (int) Math.round(a.distanceTo(b) / STEP));
      for (int k = 1; k <= steps; k++) {
        double t = k / (double) steps;
        out.add(new Xy(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t));
      }
    }
    return out;
  }
}
