package dev.loopline.osm.district;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.osm.LatLon;
import dev.loopline.osm.StreetInputException;
import dev.loopline.gtfs.geo.LocalProjection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Districts on a small synthetic map near Chongqing: two districts sharing a north-south border at 106.40 E (one
 * drawn with a 10 m sliver gap, as separately digitised boundaries are), and a third, separate one as a MultiPolygon.
 */
class DistrictsTest {
  private static final GeometryFactory GF = new GeometryFactory();

  @TempDir
  Path tmp;

  static String square(double w, double s, double e, double n) {
    return String.format(java.util.Locale.ROOT, "[[[%f,%f],[%f,%f],[%f,%f],[%f,%f],[%f,%f]]]",
        w, s, e, s, e, n, w, n, w, s);
  }

  static String feature(String props, String type, String coordinates) {
    return "{\"type\":\"Feature\",\"properties\":{" + props + "},\"geometry\":{\"type\":\"" + type
        + "\",\"coordinates\":" + coordinates + "}}";
  }

  Path write(String... features) throws IOException {
    Path p = tmp.resolve("districts.geojson");
    Files.writeString(p, "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}\n",
        StandardCharsets.UTF_8);
    return p;
  }

  Districts sample() throws IOException {
    double gap = 10 / 111_195.0 / Math.cos(Math.toRadians(29.55)); // 10 m in degrees of longitude
    return Districts.load(write(
        feature("\"id\":\"shapingba\",\"name\":\"沙坪坝区\",\"name_en\":\"Shapingba\"", "Polygon",
            square(106.30, 29.50, 106.40, 29.60)),
        feature("\"id\":\"jiulongpo\",\"name\":\"九龙坡区\",\"name_en\":\"Jiulongpo\"", "Polygon",
            square(106.40 + gap, 29.50, 106.50, 29.60)),
        feature("\"id\":\"bishan\",\"name\":\"璧山区\"", "MultiPolygon",
            "[" + square(106.00, 29.50, 106.10, 29.60) + "]")));
  }

  @Test
  void loadsAndLocates() throws IOException {
    Districts d = sample();
    assertEquals(3, d.all().size());
    assertEquals("Shapingba", d.all().get(0).nameEn());
    assertEquals("璧山区", d.all().get(2).nameEn(), "name_en defaults to the name");
    assertEquals("shapingba", d.locate(29.55, 106.35).orElseThrow().id());
    assertEquals("jiulongpo", d.locate(29.55, 106.45).orElseThrow().id());
    assertEquals("bishan", d.locate(29.55, 106.05).orElseThrow().id());
    assertTrue(d.locate(29.55, 106.20).isEmpty());
    assertTrue(d.locate(29.40, 106.35).isEmpty());
  }

  @Test
  void lengthsByDistrictAddUpToTheLine() throws IOException {
    Districts d = sample();
    List<LatLon> line = List.of(new LatLon(29.52, 106.33), new LatLon(29.58, 106.38), new LatLon(29.55, 106.47));
    double total = line.get(0).distanceTo(line.get(1)) + line.get(1).distanceTo(line.get(2));
    PathLengths by = d.lengthsAlong(line);
    assertEquals(List.of("shapingba", "jiulongpo"), List.copyOf(by.byDistrict().keySet()));
    // Nothing is lost: inside plus outside is the whole line.
    assertEquals(total, by.totalMeters(), 1e-6);
    // The part in Shapingba: the first segment, plus the second up to the border at 106.40 E, which the second
    // segment (0.09 degrees of longitude, 0.03 of latitude) reaches after 2/9 of its run.
    double first = line.get(0).distanceTo(line.get(1));
    double toBorder = line.get(1).distanceTo(new LatLon(29.58 - 0.03 * 2 / 9, 106.40));
    assertEquals(first + toBorder, by.byDistrict().get("shapingba"), 1.0);
    // Outside: only the 10 m sliver between the two districts, crossed at a slant of 0.03/0.09 in degrees.
    assertTrue(by.outsideMeters() > 9 && by.outsideMeters() < 11, "the sliver: " + by.outsideMeters() + " m");
    // A line leaving all districts counts its inside part there and the rest outside.
    PathLengths out = d.lengthsAlong(List.of(new LatLon(29.55, 106.35), new LatLon(29.65, 106.35)));
    double inside = new LatLon(29.55, 106.35).distanceTo(new LatLon(29.60, 106.35));
    assertEquals(inside, out.byDistrict().get("shapingba"), 1.0);
    assertEquals(new LatLon(29.60, 106.35).distanceTo(new LatLon(29.65, 106.35)), out.outsideMeters(), 1.0);
  }

  @Test
  void aStreetDrivenTwiceCountsTwice() throws IOException {
    // A circular line out along 29.55 N from 106.35 to 106.45 E and back the same way: 2 x 0.05 degrees in each
    // district. Clipping the whole line to a polygon would dissolve the return into the outbound and count 1 x.
    Districts d = sample();
    LatLon west = new LatLon(29.55, 106.35);
    LatLon east = new LatLon(29.55, 106.45);
    PathLengths by = d.lengthsAlong(List.of(west, east, west));
    double oneWay = west.distanceTo(east);
    assertEquals(2 * oneWay, by.totalMeters(), 1e-6);
    double half = west.distanceTo(new LatLon(29.55, 106.40));
    assertEquals(2 * half, by.byDistrict().get("shapingba"), 1.0);
    assertEquals(2 * oneWay - 2 * half - by.outsideMeters(), by.byDistrict().get("jiulongpo"), 0.01);
  }

  @Test
  void borderBeltFollowsTheSharedBorderOnly() throws IOException {
    Districts d = sample();
    assertTrue(d.inBorderBelt(29.55, 106.39, 2_000), "1 km west of the border");
    assertTrue(d.inBorderBelt(29.55, 106.41, 2_000), "1 km east of the border");
    assertFalse(d.inBorderBelt(29.55, 106.35, 2_000), "5 km west of the border");
    assertFalse(d.inBorderBelt(29.55, 106.30 + 0.001, 2_000), "an outer edge is not a shared border");
    assertFalse(d.inBorderBelt(29.55, 106.05, 2_000), "a district that touches no other has no belt");
    assertFalse(d.inBorderBelt(29.40, 106.40, 2_000), "outside every district");
    assertTrue(d.inBorderBelt(29.55, 106.35, 5_000), "wider belt");

    Geometry belt = d.borderBelt(2_000);
    double area = new LocalProjection(29.55, 106.40).toMeters(belt).getArea();
    double borderLength = new LatLon(29.50, 106.40).distanceTo(new LatLon(29.60, 106.40));
    // 2 km on each side of an 11.1 km border, clipped to the districts (minus the 10 m sliver)
    assertEquals(4_000 * borderLength, area, 4_000 * borderLength * 0.02);
    assertTrue(belt.covers(GF.createPoint(new Coordinate(106.39, 29.55))));
    assertFalse(belt.covers(GF.createPoint(new Coordinate(106.05, 29.55))));
  }

  @Test
  void aSampleWithASliverGapHasNoWarnings() throws IOException {
    assertEquals(List.of(), sample().warnings());
  }

  @Test
  void overlappingDistrictsAreAWarningNamingBoth() throws IOException {
    Districts d = Districts.load(write(
        feature("\"id\":\"a\",\"name\":\"A\"", "Polygon", square(106.30, 29.50, 106.40, 29.60)),
        feature("\"id\":\"b\",\"name\":\"B\"", "Polygon", square(106.35, 29.50, 106.50, 29.60))));
    assertEquals(1, d.warnings().size(), d.warnings().toString());
    assertTrue(d.warnings().get(0).matches("districts.geojson: districts 'a' and 'b' overlap by \\d+\\.\\d\\d km² "
        + "\\(50% of the smaller\\); places there are counted in 'a' only"), d.warnings().get(0));
  }

  @Test
  void aSelfIntersectingPolygonIsRepairedWithAWarningNamingItsLine() throws IOException {
    // A bow tie: the ring crosses itself.
    Districts d = Districts.load(write(feature("\"id\":\"bow\",\"name\":\"Bow\"", "Polygon",
        "[[[106.30,29.50],[106.40,29.60],[106.40,29.50],[106.30,29.60],[106.30,29.50]]]")));
    assertEquals(1, d.warnings().size(), d.warnings().toString());
    assertTrue(d.warnings().get(0).startsWith("districts.geojson:2 geometry: district 'bow' is not a valid polygon "
        + "(Self-intersection at (106.35000, 29.55000)); it was repaired"), d.warnings().get(0));
  }

  @Test
  void nonPolygonGeometryIsRejectedWithItsLine() throws IOException {
    Path p = write(
        feature("\"id\":\"a\",\"name\":\"A\"", "Polygon", square(106.30, 29.50, 106.40, 29.60)),
        feature("\"id\":\"b\",\"name\":\"B\"", "LineString", "[[106.4,29.5],[106.5,29.6]]"));
    StreetInputException e = assertThrows(StreetInputException.class, () -> Districts.load(p));
    assertEquals(p, e.file());
    assertEquals(3, e.line());
    assertEquals("geometry.type", e.field());
    assertTrue(e.getMessage().contains("LineString") && e.getMessage().contains("Polygon"), e.getMessage());
  }

  @Test
  void otherBadInputIsRejectedClearly() throws IOException {
    assertProblem(write(feature("\"name\":\"A\"", "Polygon", square(106.3, 29.5, 106.4, 29.6))),
        "properties.id", "has no 'id'");
    assertProblem(write(
        feature("\"id\":\"a\",\"name\":\"A\"", "Polygon", square(106.3, 29.5, 106.4, 29.6)),
        feature("\"id\":\"a\",\"name\":\"B\"", "Polygon", square(106.4, 29.5, 106.5, 29.6))),
        "properties.id", "duplicate district id 'a'");
    assertProblem(write(feature("\"id\":\"a\",\"name\":\"A\"", "Polygon",
        "[[[106.3,29.5],[106.4,29.5],[106.4,29.6],[106.3,29.6]]]")), "geometry.coordinates", "must end where it");
    assertProblem(write(feature("\"id\":\"a\",\"name\":\"A\"", "Polygon",
        "[[[29.5,106.3],[29.5,106.4],[29.6,106.4],[29.5,106.3]]]")), "geometry.coordinates", "not a valid [lon, lat]");
    Path notJson = tmp.resolve("broken.geojson");
    Files.writeString(notJson, "{\"type\":\"FeatureCollection\",\n\"features\":[ {\"type\": ]}");
    StreetInputException e = assertThrows(StreetInputException.class, () -> Districts.load(notJson));
    assertEquals(2, e.line());
    assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
    Path single = tmp.resolve("single.geojson");
    Files.writeString(single, "{\"type\":\"Polygon\",\"coordinates\":" + square(106.3, 29.5, 106.4, 29.6) + "}");
    assertTrue(assertThrows(StreetInputException.class, () -> Districts.load(single)).getMessage()
        .contains("FeatureCollection"));
    assertTrue(assertThrows(StreetInputException.class, () -> Districts.load(tmp.resolve("missing.geojson")))
        .getMessage().contains("not found"));
  }

  private static void assertProblem(Path p, String field, String text) {
    StreetInputException e = assertThrows(StreetInputException.class, () -> Districts.load(p));
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().contains(text), e.getMessage());
    assertTrue(e.line() > 0, e.getMessage());
  }
}
