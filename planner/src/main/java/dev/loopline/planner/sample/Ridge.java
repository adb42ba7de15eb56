package dev.loopline.planner.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * A mountain ridge running north-south (缙云山 Jinyun in the west, 中梁山 Zhongliang in the east): a crest polyline
 * and a band of {@code halfWidth} metres either side of it where nobody lives and no street runs, except the few
 * tunnels, passes and footpaths that cross it. The ridges are why cross-border bus links are scarce.
 *
 * @param crest points from south to north (y strictly increasing)
 */
public record Ridge(String id, String zh, String en, List<Xy> crest, double halfWidth) {
  public Ridge {
    crest = List.copyOf(crest);
    for (int i = 1; i < crest.size(); i++) {
      if (!(crest.get(i).y() > crest.get(i - 1).y())) {
        throw new IllegalArgumentException("ridge crest must run south to north: " + id);
      }
    }
  }

  /** Distance from a point to the crest line, metres. */
  public double distance(double x, double y) {
    double best = Double.POSITIVE_INFINITY;
    for (int i = 1; i < crest.size(); i++) {
      best = Math.min(best, Segments.distance(x, y, crest.get(i - 1), crest.get(i)));
    }
    return best;
  }

  /** True inside the uninhabited band. */
  public boolean inBand(double x, double y) {
    return distance(x, y) < halfWidth;
  }

  /** The crest's x at latitude-line {@code y} (clamped to the crest's ends). */
  public double xAt(double y) {
    if (y <= crest.get(0).y()) {
      return crest.get(0).x();
    }
    for (int i = 1; i < crest.size(); i++) {
      Xy a = crest.get(i - 1);
      Xy b = crest.get(i);
      if (y <= b.y()) {
        return a.x() + (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y());
      }
    }
    return crest.get(crest.size() - 1).x();
  }

  /** The crest between two y values (inclusive, interpolated ends): a district border that follows the ridge. */
  public List<Xy> between(double yFrom, double yTo) {
    List<Xy> out = new ArrayList<>();
    out.add(new Xy(xAt(yFrom), yFrom));
    for (Xy p : crest) {
      if (p.y() > yFrom && p.y() < yTo) {
        out.add(p);
      }
    }
    out.add(new Xy(xAt(yTo), yTo));
    return out;
  }
}
