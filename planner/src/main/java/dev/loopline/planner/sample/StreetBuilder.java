package dev.loopline.planner.sample;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the street network on a jittered 160 m grid: which grid edges exist follows the towns' density (dense
 * residential blocks in the centres, arterials reaching out into the countryside), a road hierarchy by line index
 * (primary every 1.6 km, secondary every 800 m, tertiary and residential between), one-way couplets in the densest
 * cores, nothing inside the ridge bands except the designated tunnels and passes, and rural roads joining every
 * town to its neighbours (shortest paths over the grid that prefer existing streets). Only the largest connected
 * part is kept, so every street is reachable by car.
 */
final class StreetBuilder {
  static final double SPACING = 160;
  static final double JITTER = 18;
  private static final double BUCKET = 4000;

  final Layout layout;
  final long seed;
  final int iMin;
  final int iMax;
  final int jMin;
  final int jMax;
  final int nx;
  final int ny;
  final boolean[] blocked;
  final float[] urb;
  final int[] dom;
  final byte[] hCls;
  final byte[] vCls;
  final int[] hConn;
  final int[] vConn;
  final List<Special> specials = new ArrayList<>();
  private final Map<Integer, List<Integer>> specialsAt = new HashMap<>();
  final List<String[]> connectorNames = new ArrayList<>();
  private final List<Town> towns;

  /** A tunnel or pass: a long edge between two grid nodes with its own intermediate nodes. */
  record Special(int a, int b, HighwayClass clazz, boolean tunnel, boolean pass, String zh, String en, List<Xy> via,
                 double length) {}

  StreetBuilder(Layout layout) {
    this.layout = layout;
    this.seed = layout.options.seed();
    this.towns = layout.towns;
    int ri = (int) Math.floor((layout.halfWidth - 120) / SPACING);
    int rj = (int) Math.floor((layout.halfHeight - 120) / SPACING);
    iMin = -ri;
    iMax = ri;
    jMin = -rj;
    jMax = rj;
    nx = iMax - iMin + 1;
    ny = jMax - jMin + 1;
    int n = nx * ny;
    blocked = new boolean[n];
    urb = new float[n];
    dom = new int[n];
    hCls = new byte[n];
    vCls = new byte[n];
    hConn = new int[n];
    vConn = new int[n];
    java.util.Arrays.fill(hConn, -1);
    java.util.Arrays.fill(vConn, -1);
    computeField();
  }

  int key(int i, int j) {
    return (j - jMin) * nx + (i - iMin);
  }

  int iOf(int key) {
    return key % nx + iMin;
  }

  int jOf(int key) {
    return key / nx + jMin;
  }

  boolean inside(int i, int j) {
    return i >= iMin && i <= iMax && j >= jMin && j <= jMax;
  }

  double nodeX(int key) {
    int i = iOf(key);
    return i * SPACING + JITTER * Noise.signed(seed, i, jOf(key), 11);
  }

  double nodeY(int key) {
    int j = jOf(key);
    return j * SPACING + JITTER * Noise.signed(seed, iOf(key), j, 12);
  }

  Town dominant(int key) {
    return dom[key] < 0 ? null : towns.get(dom[key]);
  }

  /** Road class of a grid line by its index: primary every 10th, secondary every 5th, tertiary, residential. */
  static HighwayClass lineClass(int idx) {
    if (Math.floorMod(idx, 10) == 0) {
      return HighwayClass.PRIMARY;
    }
    if (Math.floorMod(idx, 5) == 0) {
      return HighwayClass.SECONDARY;
    }
    if (Math.floorMod(idx, 5) == 2) {
      return HighwayClass.TERTIARY;
    }
    return HighwayClass.RESIDENTIAL;
  }

  static HighwayClass decode(byte b) {
    return b == 0 ? null : HighwayClass.values()[b - 1];
  }

  static byte encode(HighwayClass c) {
    return (byte) (c.ordinal() + 1);
  }

  // ---- density field -----------------------------------------------------------------------------------------

  private void computeField() {
    int bw = (int) Math.ceil(2 * layout.halfWidth / BUCKET) + 1;
    int bh = (int) Math.ceil(2 * layout.halfHeight / BUCKET) + 1;
    List<List<Integer>> buckets = new ArrayList<>();
    for (int b = 0; b < bw * bh; b++) {
      buckets.add(new ArrayList<>());
    }
    for (int t = 0; t < towns.size(); t++) {
      Town town = towns.get(t);
      double reach = 3.5 * town.radius();
      int bx0 = Math.max(0, (int) ((town.centre().x() - reach + layout.halfWidth) / BUCKET));
      int bx1 = Math.min(bw - 1, (int) ((town.centre().x() + reach + layout.halfWidth) / BUCKET));
      int by0 = Math.max(0, (int) ((town.centre().y() - reach + layout.halfHeight) / BUCKET));
      int by1 = Math.min(bh - 1, (int) ((town.centre().y() + reach + layout.halfHeight) / BUCKET));
      for (int by = by0; by <= by1; by++) {
        for (int bx = bx0; bx <= bx1; bx++) {
          buckets.get(by * bw + bx).add(t);
        }
      }
    }
    for (int j = jMin; j <= jMax; j++) {
      for (int i = iMin; i <= iMax; i++) {
        int k = key(i, j);
        double x = i * SPACING;
        double y = j * SPACING;
        double clearance = layout.ridgeClearance(x, y);
        if (clearance < 0) {
          blocked[k] = true;
          dom[k] = -1;
          continue;
        }
        int bx = (int) ((x + layout.halfWidth) / BUCKET);
        int by = (int) ((y + layout.halfHeight) / BUCKET);
        double best = 0;
        int bestT = -1;
        for (int t : buckets.get(by * bw + bx)) {
          Town town = towns.get(t);
          double w = town.weight(Math.hypot(x - town.centre().x(), y - town.centre().y()));
          if (w > best) {
            best = w;
            bestT = t;
          }
        }
        urb[k] = (float) (best * Math.min(1, clearance / 600));
        dom[k] = bestT;
      }
    }
  }

  // ---- the grid ----------------------------------------------------------------------------------------------

  void buildGrid() {
    for (int j = jMin; j <= jMax; j++) {
      for (int i = iMin; i <= iMax; i++) {
        int a = key(i, j);
        if (blocked[a]) {
          continue;
        }
        if (i < iMax && !blocked[key(i + 1, j)]) {
          HighwayClass c = lineClass(j);
          if (exists(c, a, key(i + 1, j), Noise.unit(seed, i, j, 21))) {
            hCls[a] = encode(c);
          }
        }
        if (j < jMax && !blocked[key(i, j + 1)]) {
          HighwayClass c = lineClass(i);
          if (exists(c, a, key(i, j + 1), Noise.unit(seed, i, j, 22))) {
            vCls[a] = encode(c);
          }
        }
      }
    }
  }

  private boolean exists(HighwayClass c, int a, int b, double r) {
    double u = (urb[a] + urb[b]) / 2.0;
    Town t = dominant(urb[a] >= urb[b] ? a : b);
    TownKind kind = t == null ? TownKind.VILLAGE : t.kind();
    if (kind == TownKind.VILLAGE && (c == HighwayClass.PRIMARY || c == HighwayClass.SECONDARY)) {
      return u > 0.3;
    }
    return switch (c) {
      case PRIMARY -> u > 0.07;
      case SECONDARY -> u > 0.12;
      case TERTIARY -> u > (kind == TownKind.INDUSTRIAL ? 0.14 : 0.18);
      case RESIDENTIAL -> kind != TownKind.INDUSTRIAL && u > 0.32 + 0.22 * r;
      default -> false;
    };
  }

  // ---- ridge crossings ---------------------------------------------------------------------------------------

  void buildCrossings() {
    for (RidgeCrossing c : layout.crossings) {
      Ridge ridge = layout.ridge(c.ridgeId());
      int j = 5 * (int) Math.round(c.y() / (5 * SPACING));
      if (j < jMin || j > jMax) {
        continue;
      }
      int ic = (int) Math.round(ridge.xAt(j * SPACING) / SPACING);
      int iw = ic;
      while (iw >= iMin && blocked[key(iw, j)]) {
        iw--;
      }
      int ie = ic;
      while (ie <= iMax && blocked[key(ie, j)]) {
        ie++;
      }
      if (iw < iMin || ie > iMax || iw == ie) {
        continue;
      }
      int a = key(iw, j);
      int b = key(ie, j);
      double ax = nodeX(a);
      double ay = nodeY(a);
      double bx = nodeX(b);
      double by = nodeY(b);
      List<Xy> via = new ArrayList<>();
      double len;
      if (c.pass()) {
        int turns = Math.max(4, (int) Math.round((bx - ax) / 350));
        double prevX = ax;
        double prevY = ay;
        len = 0;
        for (int k = 1; k < turns; k++) {
          double t = k / (double) turns;
          double px = ax + (bx - ax) * t;
          double py = ay + (by - ay) * t + (k % 2 == 0 ? 1 : -1) * 260;
          via.add(new Xy(px, py));
          len += Math.hypot(px - prevX, py - prevY);
          prevX = px;
          prevY = py;
        }
        len += Math.hypot(bx - prevX, by - prevY);
      } else {
        int pieces = Math.max(2, (int) Math.round((bx - ax) / 450));
        for (int k = 1; k < pieces; k++) {
          double t = k / (double) pieces;
          via.add(new Xy(ax + (bx - ax) * t, ay + (by - ay) * t));
        }
        len = Math.hypot(bx - ax, by - ay);
      }
      int idx = specials.size();
      specials.add(new Special(a, b, c.clazz(), !c.pass(), c.pass(), c.zh(), c.en(), via, len));
      specialsAt.computeIfAbsent(a, k -> new ArrayList<>()).add(idx);
      specialsAt.computeIfAbsent(b, k -> new ArrayList<>()).add(idx);
    }
  }

  // ---- rural roads between towns -----------------------------------------------------------------------------

  void buildConnectors() {
    List<int[]> pairs = new ArrayList<>();
    List<Integer> major = new ArrayList<>();
    for (int t = 0; t < towns.size(); t++) {
      if (towns.get(t).kind() != TownKind.VILLAGE) {
        major.add(t);
      }
    }
    for (int t : major) {
      for (int n : nearest(t, major, 2)) {
        pairs.add(new int[] {Math.min(t, n), Math.max(t, n)});
      }
    }
    for (int t = 0; t < towns.size(); t++) {
      if (towns.get(t).kind() == TownKind.VILLAGE) {
        for (int n : nearest(t, major, 1)) {
          pairs.add(new int[] {t, n});
        }
      }
    }
    pairs.sort((p, q) -> p[0] != q[0] ? Integer.compare(p[0], q[0]) : Integer.compare(p[1], q[1]));
    int[] last = null;
    for (int[] p : pairs) {
      if (last != null && last[0] == p[0] && last[1] == p[1]) {
        continue;
      }
      last = p;
      Town a = towns.get(p[0]);
      Town b = towns.get(p[1]);
      HighwayClass c;
      if (a.kind() == TownKind.VILLAGE || b.kind() == TownKind.VILLAGE) {
        c = HighwayClass.TERTIARY;
      } else if (a.residents() >= 100_000 && b.residents() >= 100_000) {
        c = HighwayClass.PRIMARY;
      } else {
        c = HighwayClass.SECONDARY;
      }
      connect(centreNode(a), centreNode(b), c, StreetNames.rural(a, b));
    }
    // Each crossing's portals reach the nearest town on their side.
    for (Special s : specials) {
      for (int portal : new int[] {s.a(), s.b()}) {
        double px = nodeX(portal);
        double py = nodeY(portal);
        int bestT = -1;
        double bestD = Double.POSITIVE_INFINITY;
        for (int t : major) {
          Town town = towns.get(t);
          if (sameSide(px, py, town.centre().x(), town.centre().y())) {
            double d = Math.hypot(px - town.centre().x(), py - town.centre().y());
            if (d < bestD) {
              bestD = d;
              bestT = t;
            }
          }
        }
        if (bestT >= 0) {
          Town town = towns.get(bestT);
          HighwayClass c = s.pass() ? HighwayClass.TERTIARY : s.clazz();
          connect(portal, centreNode(town), c, new String[] {s.zh().replaceAll("(隧道|盘山公路)$", "") + "路",
              s.en().replaceAll(" (Tunnel|Mountain Road)$", "") + " Road"});
        }
      }
    }
  }

  /** True when no ridge crest lies between the two points (they are in the same valley or plain). */
  private boolean sameSide(double x1, double y1, double x2, double y2) {
    for (Ridge r : layout.ridges) {
      if (Math.signum(x1 - r.xAt(y1)) != Math.signum(x2 - r.xAt(y2))) {
        return false;
      }
    }
    return true;
  }

  private List<Integer> nearest(int t, List<Integer> candidates, int count) {
    Town a = towns.get(t);
    List<Integer> sorted = new ArrayList<>();
    for (int c : candidates) {
      if (c != t) {
        sorted.add(c);
      }
    }
    sorted.sort((p, q) -> {
      int cmp = Double.compare(a.centre().distanceTo(towns.get(p).centre()),
          a.centre().distanceTo(towns.get(q).centre()));
      return cmp != 0 ? cmp : Integer.compare(p, q);
    });
    return sorted.subList(0, Math.min(count, sorted.size()));
  }

  /** The unblocked grid node nearest a town's centre. */
  int centreNode(Town t) {
    int ic = (int) Math.round(t.centre().x() / SPACING);
    int jc = (int) Math.round(t.centre().y() / SPACING);
    for (int r = 0; r < 40; r++) {
      for (int dj = -r; dj <= r; dj++) {
        for (int di = -r; di <= r; di++) {
          if (Math.max(Math.abs(di), Math.abs(dj)) != r) {
            continue;
          }
          int i = ic + di;
          int j = jc + dj;
          if (inside(i, j) && !blocked[key(i, j)]) {
            return key(i, j);
          }
        }
      }
    }
    throw new IllegalStateException("no street node near " + t.id());
  }

  private final MinHeap heap = new MinHeap();
  private double[] cost;
  private int[] parent;
  private int[] parentSpecial;
  private int[] touched = new int[1024];

  /** A* over the grid from a to b; marks the path's edges as roads of class {@code c}. */
  void connect(int from, int to, HighwayClass c, String[] name) {
    if (from == to) {
      return;
    }
    int n = nx * ny;
    if (cost == null) {
      cost = new double[n];
      java.util.Arrays.fill(cost, Double.POSITIVE_INFINITY);
      parent = new int[n];
      parentSpecial = new int[n];
    }
    int touchedCount = 0;
    heap.clear();
    double tx = to % nx;
    double ty = to / nx;
    cost[from] = 0;
    parent[from] = -1;
    parentSpecial[from] = -1;
    touched[touchedCount++] = from;
    heap.push(from, h(from, tx, ty));
    boolean found = false;
    while (!heap.isEmpty()) {
      double pr = heap.peekPriority();
      int u = heap.pop();
      if (pr - h(u, tx, ty) > cost[u] + 1e-9) {
        continue;
      }
      if (u == to) {
        found = true;
        break;
      }
      int ui = u % nx;
      int uj = u / nx;
      for (int d = 0; d < 4; d++) {
        int vi = ui + (d == 0 ? 1 : d == 1 ? -1 : 0);
        int vj = uj + (d == 2 ? 1 : d == 3 ? -1 : 0);
        if (vi < 0 || vi >= nx || vj < 0 || vj >= ny) {
          continue;
        }
        int v = vj * nx + vi;
        if (blocked[v]) {
          continue;
        }
        double w = SPACING * stepFactor(u, v, d);
        if (cost[u] + w < cost[v]) {
          if (cost[v] == Double.POSITIVE_INFINITY) {
            if (touchedCount == touched.length) {
              touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = v;
          }
          cost[v] = cost[u] + w;
          parent[v] = u;
          parentSpecial[v] = -1;
          heap.push(v, cost[v] + h(v, tx, ty));
        }
      }
      List<Integer> sp = specialsAt.get(u);
      if (sp != null) {
        for (int si : sp) {
          Special s = specials.get(si);
          int v = s.a() == u ? s.b() : s.a();
          double w = s.length() * (s.pass() ? 1.6 : 1.0);
          if (cost[u] + w < cost[v]) {
            if (cost[v] == Double.POSITIVE_INFINITY) {
              if (touchedCount == touched.length) {
                touched = java.util.Arrays.copyOf(touched, touchedCount * 2);
              }
              touched[touchedCount++] = v;
            }
            cost[v] = cost[u] + w;
            parent[v] = u;
            parentSpecial[v] = si;
            heap.push(v, cost[v] + h(v, tx, ty));
          }
        }
      }
    }
    if (found) {
      int nameIdx = connectorNames.size();
      connectorNames.add(name);
      for (int v = to; parent[v] >= 0; v = parent[v]) {
        if (parentSpecial[v] >= 0) {
          continue;
        }
        mark(parent[v], v, c, nameIdx);
      }
    }
    for (int k = 0; k < touchedCount; k++) {
      cost[touched[k]] = Double.POSITIVE_INFINITY;
    }
  }

  private double h(int u, double tx, double ty) {
    return Math.hypot(u % nx - tx, u / nx - ty) * SPACING;
  }

  private double stepFactor(int u, int v, int d) {
    int a = Math.min(u, v);
    boolean horizontal = d < 2;
    HighwayClass existing = decode(horizontal ? hCls[a] : vCls[a]);
    if (existing != null) {
      return existing == HighwayClass.RESIDENTIAL ? 1.4 : 1.0;
    }
    int line = horizontal ? jOf(a) : iOf(a);
    return Math.floorMod(line, 5) == 0 ? 1.7 : 2.8;
  }

  private void mark(int u, int v, HighwayClass c, int nameIdx) {
    int a = Math.min(u, v);
    boolean horizontal = Math.abs(u - v) == 1;
    byte[] cls = horizontal ? hCls : vCls;
    int[] conn = horizontal ? hConn : vConn;
    double uAvg = (urb[u] + urb[v]) / 2.0;
    HighwayClass target = uAvg >= 0.15 ? min(c, HighwayClass.PRIMARY) : c;
    HighwayClass current = decode(cls[a]);
    cls[a] = encode(HighwayClass.max(current, target));
    if (uAvg < 0.15 && conn[a] < 0) {
      conn[a] = nameIdx;
    }
  }

  private static HighwayClass min(HighwayClass a, HighwayClass b) {
    return a.rank() <= b.rank() ? a : b;
  }

  // ---- keep one connected network -----------------------------------------------------------------------------

  /** Joins towns left on islands to the main network, then drops whatever is still not connected to it. */
  void keepLargestComponent() {
    int[] comp = components();
    int main = largest(comp);
    for (Town t : towns) {
      int c = centreNode(t);
      if (comp[c] != main) {
        Town target = null;
        double best = Double.POSITIVE_INFINITY;
        for (Town o : towns) {
          int oc = centreNode(o);
          if (o != t && comp[oc] == main && o.kind() != TownKind.VILLAGE) {
            double d = t.centre().distanceTo(o.centre());
            if (d < best) {
              best = d;
              target = o;
            }
          }
        }
        if (target != null) {
          connect(c, centreNode(target), HighwayClass.TERTIARY, StreetNames.rural(t, target));
        }
      }
    }
    int[] fin = components();
    int keep = largest(fin);
    for (int k = 0; k < nx * ny; k++) {
      if (fin[k] != keep) {
        hCls[k] = 0;
        vCls[k] = 0;
      }
    }
    specials.removeIf(s -> fin[s.a()] != keep || fin[s.b()] != keep);
    specialsAt.clear();
    for (int idx = 0; idx < specials.size(); idx++) {
      specialsAt.computeIfAbsent(specials.get(idx).a(), k -> new ArrayList<>()).add(idx);
      specialsAt.computeIfAbsent(specials.get(idx).b(), k -> new ArrayList<>()).add(idx);
    }
  }

  private int largest(int[] comp) {
    Map<Integer, Integer> size = new TreeMap<>();
    for (int c : comp) {
      if (c >= 0) {
        size.merge(c, 1, Integer::sum);
      }
    }
    int best = -1;
    int bestSize = -1;
    for (Map.Entry<Integer, Integer> e : size.entrySet()) {
      if (e.getValue() > bestSize) {
        bestSize = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }

  /**
   * Connected components over existing edges; -1 for nodes without any edge. A component is named by its smallest
   * node, which {@link #largest} relies on to break ties. Union-find on an int array rather than JGraphT's
   * {@code UnionFind} (which the loop scorer uses): this runs over every grid node (about 10^5 at scale 1, growing
   * with the area), where boxed nodes in hash maps would cost far more memory and time than the arrays.
   */
  int[] components() {
    int n = nx * ny;
    int[] uf = new int[n];
    for (int k = 0; k < n; k++) {
      uf[k] = k;
    }
    boolean[] used = new boolean[n];
    for (int k = 0; k < n; k++) {
      if (hCls[k] != 0) {
        union(uf, k, k + 1);
        used[k] = used[k + 1] = true;
      }
      if (vCls[k] != 0) {
        union(uf, k, k + nx);
        used[k] = used[k + nx] = true;
      }
    }
    for (Special s : specials) {
      union(uf, s.a(), s.b());
      used[s.a()] = used[s.b()] = true;
    }
    int[] comp = new int[n];
    for (int k = 0; k < n; k++) {
      comp[k] = used[k] ? find(uf, k) : -1;
    }
    return comp;
  }

  private static int find(int[] uf, int k) {
    while (uf[k] != k) {
      uf[k] = uf[uf[k]];
      k = uf[k];
    }
    return k;
  }

  private static void union(int[] uf, int a, int b) {
    int ra = find(uf, a);
    int rb = find(uf, b);
    if (ra != rb) {
      uf[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
