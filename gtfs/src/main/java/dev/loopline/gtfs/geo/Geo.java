package dev.loopline.gtfs.geo;

/** Distances on the sphere: the one formula every module uses, so that thresholds mean the same everywhere. */
public final class Geo {
  /** Mean earth radius (IUGG), metres: the one radius of every distance, projection and grid in Loopline. */
  public static final double EARTH_RADIUS_METERS = 6371008.8;

  /** Metres per degree of latitude (and of longitude at the equator) on that sphere. */
  public static final double METERS_PER_DEGREE = EARTH_RADIUS_METERS * Math.PI / 180;

  private Geo() {}

  /**
   * Great-circle (haversine) distance between two WGS-84 points in metres. The sphere is within 0.5 % of the
   * ellipsoid, far below the other uncertainties of stop placement.
   */
  public static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
    double phi1 = Math.toRadians(lat1);
    double phi2 = Math.toRadians(lat2);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(lon2 - lon1);
    double sinPhi = Math.sin(dPhi / 2);
    double sinLambda = Math.sin(dLambda / 2);
    double h = sinPhi * sinPhi + Math.cos(phi1) * Math.cos(phi2) * sinLambda * sinLambda;
    return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }
}
