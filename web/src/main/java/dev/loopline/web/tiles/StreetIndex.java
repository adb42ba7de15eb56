package dev.loopline.web.tiles;

import dev.loopline.osm.LatLon;
import dev.loopline.osm.StreetLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The streets projected once to Web Mercator (x, y in 0..1 across the world) and kept in flat arrays, in paint order
 * (tunnels, then paths up to motorways), with a uniform grid over their bounds that answers "which streets may touch
 * this rectangle" without looking at the others. Immutable and thread-safe after construction.
 */
final class StreetIndex {
  private static final int GRID = 256;

  private final int[] start; // line i has points start[i] .. start[i+1]-1
  private final double[] xs;
  private final double[] ys;
  private final StreetStyle[] style;
  private final boolean[] tunnel;
  private final double minX;
  private final double minY;
  private final double cellW;
  private final double cellH;
  private final int[][] cells;
  private final double[] bounds; // minX, minY, maxX, maxY of all points

  private StreetIndex(List<StreetLine> input) {
    List<StreetLine> lines = new ArrayList<>(input);
    // Stable sort: same input order → same paint order → same bytes.
    lines.sort(Comparator.comparingInt((StreetLine l) -> l.tunnel() ? 0 : 1)
        .thenComparingInt(l -> StreetStyle.of(l.roadClass()).ordinal()));
    int n = lines.size();
    start = new int[n + 1];
    style = new StreetStyle[n];
    tunnel = new boolean[n];
    int total = 0;
    for (int i = 0; i < n; i++) {
      start[i] = total;
      total += lines.get(i).points().size();
    }
    start[n] = total;
    xs = new double[total];
    ys = new double[total];
    double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
    for (int i = 0; i < n; i++) {
      StreetLine l = lines.get(i);
      style[i] = StreetStyle.of(l.roadClass());
      tunnel[i] = l.tunnel();
      int k = start[i];
      for (LatLon p : l.points()) {
        xs[k] = TileKey.mercatorX(p.lon());
        ys[k] = TileKey.mercatorY(p.lat());
        b[0] = Math.min(b[0], xs[k]);
        b[1] = Math.min(b[1], ys[k]);
        b[2] = Math.max(b[2], xs[k]);
        b[3] = Math.max(b[3], ys[k]);
        k++;
      }
    }
    if (n == 0) {
      b = new double[] {0, 0, 0, 0};
    }
    bounds = b;
    minX = b[0];
    minY = b[1];
    cellW = Math.max((b[2] - b[0]) / GRID, 1e-12);
    cellH = Math.max((b[3] - b[1]) / GRID, 1e-12);
    cells = buildGrid(n);
  }

  static StreetIndex of(List<StreetLine> lines) {
    return new StreetIndex(lines);
  }

  private int[][] buildGrid(int n) {
    int[] counts = new int[GRID * GRID];
    int[][] range = new int[n][];
    for (int i = 0; i < n; i++) {
      range[i] = cellRange(lineMin(xs, i), lineMin(ys, i), lineMax(xs, i), lineMax(ys, i));
      for (int cy = range[i][1]; cy <= range[i][3]; cy++) {
        for (int cx = range[i][0]; cx <= range[i][2]; cx++) {
          counts[cy * GRID + cx]++;
        }
      }
    }
    int[][] grid = new int[GRID * GRID][];
    for (int c = 0; c < grid.length; c++) {
      grid[c] = new int[counts[c]];
    }
    int[] fill = new int[GRID * GRID];
    for (int i = 0; i < n; i++) { // ascending i: each cell's list is in paint order
      for (int cy = range[i][1]; cy <= range[i][3]; cy++) {
        for (int cx = range[i][0]; cx <= range[i][2]; cx++) {
          int c = cy * GRID + cx;
          grid[c][fill[c]++] = i;
        }
      }
    }
    return grid;
  }

  private double lineMin(double[] v, int i) {
    double m = Double.MAX_VALUE;
    for (int k = start[i]; k < start[i + 1]; k++) {
      m = Math.min(m, v[k]);
    }
    return m;
  }

  private double lineMax(double[] v, int i) {
    double m = -Double.MAX_VALUE;
    for (int k = start[i]; k < start[i + 1]; k++) {
      m = Math.max(m, v[k]);
    }
    return m;
  }

  /** Grid cells (x0, y0, x1, y1 inclusive) overlapping a rectangle, clamped to the grid. */
  private int[] cellRange(double x0, double y0, double x1, double y1) {
    return new int[] {clampCell((x0 - minX) / cellW), clampCell((y0 - minY) / cellH), clampCell((x1 - minX) / cellW),
        clampCell((y1 - minY) / cellH)};
  }

  private static int clampCell(double v) {
    return (int) Math.max(0, Math.min(GRID - 1, Math.floor(v)));
  }

  /**
   * The streets whose grid cells overlap a rectangle (in world units 0..1), ascending, i.e. in paint order. May hold
   * a few streets that only pass near it; never misses one that touches it.
   */
  int[] candidates(double x0, double y0, double x1, double y1) {
    if (size() == 0 || x1 < bounds[0] || x0 > bounds[2] || y1 < bounds[1] || y0 > bounds[3]) {
      return new int[0];
    }
    int[] r = cellRange(x0, y0, x1, y1);
    int count = 0;
    for (int cy = r[1]; cy <= r[3]; cy++) {
      for (int cx = r[0]; cx <= r[2]; cx++) {
        count += cells[cy * GRID + cx].length;
      }
    }
    int[] out = new int[count];
    int k = 0;
    for (int cy = r[1]; cy <= r[3]; cy++) {
      for (int cx = r[0]; cx <= r[2]; cx++) {
        int[] c = cells[cy * GRID + cx];
        System.arraycopy(c, 0, out, k, c.length);
        k += c.length;
      }
    }
    Arrays.sort(out);
    int u = 0;
    for (int i = 0; i < out.length; i++) {
      if (i == 0 || out[i] != out[i - 1]) {
        out[u++] = out[i];
      }
    }
    return Arrays.copyOf(out, u);
  }

  int size() {
    return style.length;
  }

  int firstPoint(int line) {
    return start[line];
  }

  int endPoint(int line) {
    return start[line + 1];
  }

  double x(int point) {
    return xs[point];
  }

  double y(int point) {
    return ys[point];
  }

  StreetStyle style(int line) {
    return style[line];
  }

  boolean tunnel(int line) {
    return tunnel[line];
  }
}
