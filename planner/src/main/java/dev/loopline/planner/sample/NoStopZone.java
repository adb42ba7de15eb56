package dev.loopline.planner.sample;

/** A disc where the generated bus network places no stop and runs no line if it can avoid it: a border gap. */
public record NoStopZone(Xy centre, double radius, String why) {
  public boolean contains(double x, double y) {
    return Math.hypot(x - centre.x(), y - centre.y()) < radius;
  }
}
