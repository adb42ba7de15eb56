package dev.loopline.gtfs.geo;

import java.util.Locale;

/**
 * The datum a feed's coordinates are published in. Loopline works in WGS-84 (the datum of OpenStreetMap and GPS);
 * many Chinese sources publish GCJ-02 (offset a few hundred metres from OSM) or Baidu's BD-09, so the reader
 * converts with {@link #toWgs84} and the writer can produce such feeds with {@link #fromWgs84}.
 * See docs/methods.md, "Coordinate systems", for the formulas and their accuracy.
 */
public enum CoordinateSystem {
  /** WGS-84, what GTFS specifies; conversion is the identity. */
  WGS84,
  /** China's GCJ-02; equals WGS-84 outside mainland China's bounding box. */
  GCJ02,
  /** Baidu's BD-09, a rotation and shift of GCJ-02. */
  BD09;

  /** Parses {@code wgs84}, {@code gcj02} or {@code bd09}, ignoring case (hyphens allowed: {@code gcj-02}). */
  public static CoordinateSystem parse(String text) {
    if (text != null) {
      String t = text.trim().toUpperCase(Locale.ROOT).replace("-", "").replace("_", "");
      for (CoordinateSystem c : values()) {
        if (c.name().equals(t)) {
          return c;
        }
      }
    }
    throw new IllegalArgumentException("unknown coordinate system '" + text + "' (expected wgs84, gcj02 or bd09)");
  }

  /** Converts a point in this datum to WGS-84; returns {@code {lat, lon}}. NaN stays NaN. */
  public double[] toWgs84(double lat, double lon) {
    if (Double.isNaN(lat) || Double.isNaN(lon)) {
      return new double[] {lat, lon};
    }
    return switch (this) {
      case WGS84 -> new double[] {lat, lon};
      case GCJ02 -> ChinaDatums.gcj02ToWgs84(lat, lon);
      case BD09 -> {
        double[] gcj = ChinaDatums.bd09ToGcj02(lat, lon);
        yield ChinaDatums.gcj02ToWgs84(gcj[0], gcj[1]);
      }
    };
  }

  /** Converts a WGS-84 point into this datum; returns {@code {lat, lon}}. NaN stays NaN. */
  public double[] fromWgs84(double lat, double lon) {
    if (Double.isNaN(lat) || Double.isNaN(lon)) {
      return new double[] {lat, lon};
    }
    return switch (this) {
      case WGS84 -> new double[] {lat, lon};
      case GCJ02 -> ChinaDatums.wgs84ToGcj02(lat, lon);
      case BD09 -> {
        double[] gcj = ChinaDatums.wgs84ToGcj02(lat, lon);
        yield ChinaDatums.gcj02ToBd09(gcj[0], gcj[1]);
      }
    };
  }

  /** The lower-case name used on command lines and in config files. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
