package dev.loopline.planner.sample;

/** Point-to-segment distance in the plane; the one geometric primitive the generator needs everywhere. */
final class Segments {
  private Segments() {}

  static double distance(double px, double py, Xy a, Xy b) {
    return distance(px, py, a.x(), a.y(), b.x(), b.y());
  }

  static double distance(double px, double py, double ax, double ay, double bx, double by) {
    double dx = bx - ax;
    double dy = by - ay;
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
    t = Math.max(0, Math.min(1, t));
    return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
  }
}
