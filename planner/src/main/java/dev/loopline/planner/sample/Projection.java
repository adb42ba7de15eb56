package dev.loopline.planner.sample;

import dev.loopline.gtfs.geo.LocalProjection;

/**
 * The generator's plane: the shared {@link LocalProjection} centred on the Science City (106.40 E, 29.60 N), x metres
 * east and y metres north. Over the sample's extent (about 40 x 67 km at scale 1) its scale error stays under 0.3 %,
 * far below what matters for streets and stops, and it is exactly invertible in a few operations, which keeps
 * generation fast. The static methods only spare the generator's many call sites from passing the plane around.
 */
public final class Projection {
  public static final double LAT0 = 29.60;
  public static final double LON0 = 106.40;
  /** The plane itself. */
  public static final LocalProjection PLANE = new LocalProjection(LAT0, LON0);

  private Projection() {}

  public static double lat(double y) {
    return PLANE.lat(y);
  }

  public static double lon(double x) {
    return PLANE.lon(x);
  }

  public static double x(double lon) {
    return PLANE.x(lon);
  }

  public static double y(double lat) {
    return PLANE.y(lat);
  }

  public static double lat(Xy p) {
    return lat(p.y());
  }

  public static double lon(Xy p) {
    return lon(p.x());
  }
}
