package dev.loopline.planner.proposal;

import dev.loopline.osm.LatLon;
import dev.loopline.gtfs.geo.LocalProjection;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a trip's shape into legs, one per pair of consecutive stops, so that a changed route keeps the path it
 * drives wherever it still drives it. Each stop is placed at its projection on the shape; the projections must go
 * forward along the shape, and among the forward placements the one with the least total distance from the stops
 * is taken (a dynamic programme over the shape's segments, so a route that passes a place twice is cut at the right
 * pass). Legs share their end points, so the legs' lengths add up to the shape's length between the first and the
 * last stop.
 */
final class ShapeCut {
  private ShapeCut() {}

  /**
   * The path of each leg: from stop {@code i}'s place on the shape to stop {@code i + 1}'s. Without a usable shape
   * (fewer than two points) the legs are straight lines between the stops, as the scores measure such trips.
   */
  static List<List<LatLon>> legs(List<LatLon> shape, List<LatLon> stops) {
    List<List<LatLon>> out = new ArrayList<>();
    if (shape.size() < 2) {
      for (int i = 1; i < stops.size(); i++) {
        out.add(List.of(stops.get(i - 1), stops.get(i)));
      }
      return out;
    }
    LocalProjection proj = new LocalProjection(shape.get(0).lat(), shape.get(0).lon());
    int segments = shape.size() - 1;
    double[] sx = new double[shape.size()];
    double[] sy = new double[shape.size()];
    for (int k = 0; k < shape.size(); k++) {
      sx[k] = proj.x(shape.get(k).lon());
      sy[k] = proj.y(shape.get(k).lat());
    }
    int n = stops.size();
    double[][] t = new double[n][segments];
    double[][] cost = new double[n][segments];
    int[][] from = new int[n][segments];
    for (int i = 0; i < n; i++) {
      double px = proj.x(stops.get(i).lon());
      double py = proj.y(stops.get(i).lat());
      // The best placement of the previous stop on a segment before this one (a running prefix minimum).
      double before = Double.POSITIVE_INFINITY;
      int beforeAt = -1;
      for (int s = 0; s < segments; s++) {
        double dx = sx[s + 1] - sx[s];
        double dy = sy[s + 1] - sy[s];
        double len2 = dx * dx + dy * dy;
        double u = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - sx[s]) * dx + (py - sy[s]) * dy) / len2));
        t[i][s] = u;
        double d = Math.hypot(px - (sx[s] + u * dx), py - (sy[s] + u * dy));
        if (i == 0) {
          cost[i][s] = d;
          continue;
        }
        double best = before;
        int arg = beforeAt;
        if (t[i - 1][s] <= u && cost[i - 1][s] < best) {
          best = cost[i - 1][s]; // the same segment, the previous stop first
          arg = s;
        }
        cost[i][s] = best + d;
        from[i][s] = arg;
        if (cost[i - 1][s] < before) {
          before = cost[i - 1][s];
          beforeAt = s;
        }
      }
    }
    int[] seg = new int[n];
    int best = 0;
    for (int s = 1; s < segments; s++) {
      if (cost[n - 1][s] < cost[n - 1][best]) {
        best = s;
      }
    }
    if (!Double.isFinite(cost[n - 1][best])) {
      return legs(List.of(), stops);
    }
    seg[n - 1] = best;
    for (int i = n - 1; i > 0; i--) {
      seg[i - 1] = from[i][seg[i]];
    }
    LatLon[] at = new LatLon[n];
    for (int i = 0; i < n; i++) {
      int s = seg[i];
      double u = t[i][s];
      at[i] = new LatLon(shape.get(s).lat() + u * (shape.get(s + 1).lat() - shape.get(s).lat()),
          shape.get(s).lon() + u * (shape.get(s + 1).lon() - shape.get(s).lon()));
    }
    for (int i = 1; i < n; i++) {
      List<LatLon> leg = new ArrayList<>();
      leg.add(at[i - 1]);
      for (int k = seg[i - 1] + 1; k <= seg[i]; k++) {
        leg.add(shape.get(k));
      }
      leg.add(at[i]);
      out.add(List.copyOf(leg));
    }
    return out;
  }
}
