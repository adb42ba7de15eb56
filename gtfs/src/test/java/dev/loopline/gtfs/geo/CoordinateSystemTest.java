package dev.loopline.gtfs.geo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CoordinateSystemTest {
  /** Science City and the five districts, plus far corners of China where the offset field is steepest. */
  private static final double[][] POINTS = {
      {29.5630, 106.5516}, {29.6040, 106.3000}, {29.8260, 106.4370}, {29.2900, 106.2590}, {29.5900, 106.2190},
      {29.5000, 106.5000}, {39.9150, 116.4040}, {22.2783, 114.1747}, {45.7500, 126.6500}, {43.8256, 87.6168},
      {18.2528, 109.5119}};

  @Test
  void parsesNamesIgnoringCase() {
    assertEquals(CoordinateSystem.GCJ02, CoordinateSystem.parse("gcj02"));
    assertEquals(CoordinateSystem.GCJ02, CoordinateSystem.parse("GCJ-02"));
    assertEquals(CoordinateSystem.BD09, CoordinateSystem.parse("Bd09"));
    assertEquals(CoordinateSystem.WGS84, CoordinateSystem.parse(" wgs84 "));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CoordinateSystem.parse("utm"));
    assertTrue(e.getMessage().contains("wgs84, gcj02 or bd09"), e.getMessage());
  }

  @Test
  void forwardTransformsMatchThePublishedReferenceValues() {
    // The values every GCJ-02/BD-09 implementation documents for the point (39.915 N, 116.404 E).
    double[] gcj = CoordinateSystem.GCJ02.fromWgs84(39.915, 116.404);
    assertEquals(39.91640428150164, gcj[0], 1e-12);
    assertEquals(116.41024449916938, gcj[1], 1e-12);
    double[] bd = ChinaDatums.gcj02ToBd09(39.915, 116.404);
    assertEquals(39.92133699351021, bd[0], 1e-12);
    assertEquals(116.41036949371029, bd[1], 1e-12);
  }

  @Test
  void gcj02RoundTripsWithinOneCentimetre() {
    for (double[] p : POINTS) {
      double[] gcj = CoordinateSystem.GCJ02.fromWgs84(p[0], p[1]);
      double[] back = CoordinateSystem.GCJ02.toWgs84(gcj[0], gcj[1]);
      assertTrue(Geo.distanceMeters(p[0], p[1], back[0], back[1]) < 0.01, () -> "at " + p[0] + "," + p[1]);
      // And the other way: a GCJ-02 point published by a district maps to a WGS-84 point that maps back onto it.
      double[] wgs = CoordinateSystem.GCJ02.toWgs84(p[0], p[1]);
      double[] again = CoordinateSystem.GCJ02.fromWgs84(wgs[0], wgs[1]);
      assertTrue(Geo.distanceMeters(p[0], p[1], again[0], again[1]) < 0.01);
    }
  }

  @Test
  void bd09RoundTripsWithinOneCentimetre() {
    for (double[] p : POINTS) {
      double[] bd = CoordinateSystem.BD09.fromWgs84(p[0], p[1]);
      double[] back = CoordinateSystem.BD09.toWgs84(bd[0], bd[1]);
      assertTrue(Geo.distanceMeters(p[0], p[1], back[0], back[1]) < 0.01, () -> "at " + p[0] + "," + p[1]);
    }
  }

  @Test
  void gcj02OffsetInChongqingIsAFewHundredMetres() {
    for (int i = 0; i < 6; i++) {
      double[] p = POINTS[i];
      double[] gcj = CoordinateSystem.GCJ02.fromWgs84(p[0], p[1]);
      double offset = Geo.distanceMeters(p[0], p[1], gcj[0], gcj[1]);
      assertTrue(offset > 300 && offset < 600, "offset " + offset + " m at " + p[0] + "," + p[1]);
    }
  }

  @Test
  void gcj02IsTheIdentityOutsideChina() {
    assertArrayEquals(new double[] {-30.0262849537, -51.2282682008},
        CoordinateSystem.GCJ02.toWgs84(-30.0262849537, -51.2282682008));
    assertArrayEquals(new double[] {36.9, -116.76}, CoordinateSystem.GCJ02.fromWgs84(36.9, -116.76));
    assertArrayEquals(new double[] {29.5, 106.5}, CoordinateSystem.WGS84.toWgs84(29.5, 106.5));
  }

  @Test
  void haversineDistance() {
    // One degree of latitude on the 6,371,008.8 m sphere.
    assertEquals(Math.PI / 180 * 6371008.8, Geo.distanceMeters(0, 0, 1, 0), 1e-6);
    assertEquals(0, Geo.distanceMeters(29.5, 106.5, 29.5, 106.5), 0);
    // Symmetric, and antipodes are half the circumference.
    assertEquals(Geo.distanceMeters(29.5, 106.5, 30, 107), Geo.distanceMeters(30, 107, 29.5, 106.5), 1e-9);
    assertEquals(Math.PI * 6371008.8, Geo.distanceMeters(0, 0, 0, 180), 1e-6);
  }
}
