package dev.loopline.gtfs.geo;

/**
 * The forward transforms of the two Chinese datums, and their inverses by fixed-point iteration.
 *
 * <p>GCJ-02 ("Mars coordinates") is WGS-84 plus a deliberate, smooth, position-dependent offset of a few hundred
 * metres, mandated for maps published in mainland China. Its forward formula (an ellipsoidal Krasovsky-based
 * polynomial-plus-sines perturbation) is widely published; no closed-form inverse exists. BD-09 is Baidu's further
 * rotation-and-shift of GCJ-02. Both offsets vary by at most a few millimetres per metre, so the
 * iteration {@code x <- x + (target - forward(x))} contracts fast: a handful of steps reach
 * {@link #TOLERANCE_DEGREES}.
 */
final class ChinaDatums {
  /** Stop iterating once the forward image is this close to the target: 1e-10 degrees is about 0.01 mm. */
  static final double TOLERANCE_DEGREES = 1e-10;
  private static final int MAX_ITERATIONS = 50;

  // Krasovsky 1940 ellipsoid, which the GCJ-02 formula is built on.
  private static final double A = 6378245.0;
  private static final double EE = 0.00669342162296594323;
  private static final double BAIDU_PI = Math.PI * 3000.0 / 180.0;

  private ChinaDatums() {}

  /**
   * The rough mainland-China box the GCJ-02 offset is applied in; outside it the datum equals WGS-84. Every
   * published implementation uses this same box, so feeds produced by them agree with us at its edges.
   */
  static boolean insideChina(double lat, double lon) {
    return lon >= 72.004 && lon <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
  }

  static double[] wgs84ToGcj02(double lat, double lon) {
    if (!insideChina(lat, lon)) {
      return new double[] {lat, lon};
    }
    double x = lon - 105.0;
    double y = lat - 35.0;
    double dLat = offsetLat(x, y);
    double dLon = offsetLon(x, y);
    double radLat = Math.toRadians(lat);
    double magic = Math.sin(radLat);
    magic = 1 - EE * magic * magic;
    double sqrtMagic = Math.sqrt(magic);
    dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
    dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
    return new double[] {lat + dLat, lon + dLon};
  }

  static double[] gcj02ToWgs84(double lat, double lon) {
    return invert(lat, lon, ChinaDatums::wgs84ToGcj02);
  }

  static double[] gcj02ToBd09(double lat, double lon) {
    double z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * BAIDU_PI);
    double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * BAIDU_PI);
    return new double[] {z * Math.sin(theta) + 0.006, z * Math.cos(theta) + 0.0065};
  }

  static double[] bd09ToGcj02(double lat, double lon) {
    return invert(lat, lon, ChinaDatums::gcj02ToBd09);
  }

  private interface Transform {
    double[] apply(double lat, double lon);
  }

  /** Solves {@code forward(x) = target} starting from the target itself. */
  private static double[] invert(double lat, double lon, Transform forward) {
    double wLat = lat;
    double wLon = lon;
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      double[] g = forward.apply(wLat, wLon);
      double eLat = lat - g[0];
      double eLon = lon - g[1];
      if (Math.abs(eLat) < TOLERANCE_DEGREES && Math.abs(eLon) < TOLERANCE_DEGREES) {
        break;
      }
      wLat += eLat;
      wLon += eLon;
    }
    return new double[] {wLat, wLon};
  }

  private static double offsetLat(double x, double y) {
    double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
    r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
    r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320.0 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
    return r;
  }

  private static double offsetLon(double x, double y) {
    double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
    r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
    r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
    r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
    return r;
  }
}
