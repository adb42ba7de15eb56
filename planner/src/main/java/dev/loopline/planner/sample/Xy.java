package dev.loopline.planner.sample;

/**
 * A point of the generator's plane: metres east ({@code x}) and north ({@code y}) of the Science City centre. The
 * whole generator works in this plane, where distances are plain Euclidean, and converts to WGS-84 only when it
 * writes (see {@link Projection}).
 */
public record Xy(double x, double y) {
  public double distanceTo(Xy o) {
    return Math.hypot(x - o.x, y - o.y);
  }

  public Xy plus(double dx, double dy) {
    return new Xy(x + dx, y + dy);
  }

  public Xy scaled(double f) {
    return new Xy(x * f, y * f);
  }

  /** A blueprint point given in kilometres, stretched by {@code f}, as metres. */
  static Xy km(double xKm, double yKm, double f) {
    return new Xy(xKm * 1000 * f, yKm * 1000 * f);
  }
}
