package dev.loopline.planner.routing;

import dev.loopline.gtfs.geo.Geo;
import dev.loopline.gtfs.geo.LocalProjection;
import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.osm.LatLon;
import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a ride: the part of the trip's GTFS shape between the boarding and the alighting stop. Stops are
 * not on the shape; each is projected onto its nearest shape segment, searching forward from the previous stop's
 * segment (so a loop route that passes a place twice takes the right pass) and no farther along the shape than a
 * generous multiple of the straight-line distance. Without a shape the ride is drawn stop to stop.
 */
final class ShapeSlicer {
  /** A ride's drawn path and its length. */
  record Slice(List<LatLon> points, double meters) {}

  private ShapeSlicer() {}

  /** @param stops the ride's stops from boarding to alighting (at least two) */
  static Slice slice(List<ShapePoint> shape, List<Stop> stops) {
    if (shape.size() < 2) {
      return straight(stops);
    }
    int n = shape.size();
    double[] cum = new double[n];
    for (int i = 1; i < n; i++) {
      cum[i] = cum[i - 1] + dist(shape.get(i - 1), shape.get(i));
    }
    // Project the first and last stop, walking forward through the intermediate ones for the right pass.
    int seg = 0;
    double frac = 0;
    int firstSeg = -1;
    double firstFrac = 0;
    Stop prev = null;
    double along = 0;
    for (Stop s : stops) {
      double budget = prev == null ? Double.POSITIVE_INFINITY
          : along + Geo.distanceMeters(prev.lat(), prev.lon(), s.lat(), s.lon()) * 3 + 500;
      double best = Double.POSITIVE_INFINITY;
      int bestSeg = seg;
      double bestFrac = frac;
      for (int i = seg; i < n - 1; i++) {
        if (cum[i] > budget) {
          break;
        }
        double[] p = project(shape.get(i), shape.get(i + 1), s);
        double f = i == seg ? Math.max(p[0], frac) : p[0];
        double d = distToPoint(shape.get(i), shape.get(i + 1), f, s);
        if (d < best) {
          best = d;
          bestSeg = i;
          bestFrac = f;
        }
      }
      seg = bestSeg;
      frac = bestFrac;
      along = cum[seg] + frac * (cum[seg + 1] - cum[seg]);
      if (firstSeg < 0) {
        firstSeg = seg;
        firstFrac = frac;
      }
      prev = s;
    }
    List<LatLon> pts = new ArrayList<>();
    pts.add(interp(shape.get(firstSeg), shape.get(firstSeg + 1), firstFrac));
    for (int i = firstSeg + 1; i <= seg; i++) {
      pts.add(new LatLon(shape.get(i).lat(), shape.get(i).lon()));
    }
    pts.add(interp(shape.get(seg), shape.get(seg + 1), frac));
    double meters = 0;
    for (int i = 1; i < pts.size(); i++) {
      meters += pts.get(i - 1).distanceTo(pts.get(i));
    }
    if (meters <= 0) {
      return straight(stops);
    }
    return new Slice(pts, meters);
  }

  static Slice straight(List<Stop> stops) {
    List<LatLon> pts = new ArrayList<>();
    double meters = 0;
    for (Stop s : stops) {
      LatLon p = new LatLon(s.lat(), s.lon());
      if (!pts.isEmpty()) {
        meters += pts.get(pts.size() - 1).distanceTo(p);
      }
      pts.add(p);
    }
    return new Slice(pts, meters);
  }

  private static double dist(ShapePoint a, ShapePoint b) {
    return Geo.distanceMeters(a.lat(), a.lon(), b.lat(), b.lon());
  }

  /** Fraction along a→b of the point nearest to s (in the {@link LocalProjection} at a), clamped to [0, 1]. */
  private static double[] project(ShapePoint a, ShapePoint b, Stop s) {
    LocalProjection plane = new LocalProjection(a.lat(), a.lon());
    double dx = plane.x(b.lon());
    double dy = plane.y(b.lat());
    double len2 = dx * dx + dy * dy;
    double f = len2 == 0 ? 0 : (plane.x(s.lon()) * dx + plane.y(s.lat()) * dy) / len2;
    return new double[] {Math.max(0, Math.min(1, f))};
  }

  /** Distance in metres in the {@link LocalProjection} at the stop: exact enough to compare a stop's candidates. */
  private static double distToPoint(ShapePoint a, ShapePoint b, double f, Stop s) {
    double lat = a.lat() + (b.lat() - a.lat()) * f;
    double lon = a.lon() + (b.lon() - a.lon()) * f;
    LocalProjection plane = new LocalProjection(s.lat(), s.lon());
    return Math.hypot(plane.x(lon), plane.y(lat));
  }

  private static LatLon interp(ShapePoint a, ShapePoint b, double f) {
    return new LatLon(a.lat() + (b.lat() - a.lat()) * f, a.lon() + (b.lon() - a.lon()) * f);
  }
}
