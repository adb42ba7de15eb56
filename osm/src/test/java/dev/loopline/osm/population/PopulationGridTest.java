package dev.loopline.osm.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.osm.StreetInputException;
import dev.loopline.osm.district.District;
import dev.loopline.osm.district.Districts;
import dev.loopline.gtfs.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Population grids: Porto Alegre's real H3 grid, a small GeoJSON grid, and clear errors for bad files. */
class PopulationGridTest {
  private static final GeometryFactory GF = new GeometryFactory();

  @TempDir
  Path tmp;

  @Test
  void portoAlegreHexGrid() {
    Path csv = Fixtures.path("porto-alegre/poa_hexgrid.csv");
    // split the city at 51.2 W into two "districts" to check the assignment
    Districts halves = Districts.of(List.of(
        new District("west", "West", "West", box(-51.40, -30.30, -51.20, -29.90)),
        new District("east", "East", "East", box(-51.20, -30.30, -51.00, -29.90))));
    PopulationGrid g = PopulationGrid.loadCsv(csv, halves);
    assertEquals(1_227, g.cells().size());
    assertEquals(812_935, g.totalPopulation(), 0.5, "the fixture README's population");
    assertTrue(g.totalJobs() > 100_000, "jobs " + g.totalJobs());
    Cell first = g.cells().get(0);
    assertEquals("89a901291abffff", first.id());
    assertEquals(-30.0538460280879, first.lat(), 1e-12);
    assertEquals(1214, first.jobs(), 0);
    assertEquals("east", first.districtId());
    // H3 level 9 centres here are 307.2 m apart (H3 cells are smaller than the global 0.105 km2 average at this
    // spot on the icosahedron): a hexagon of that spacing covers (sqrt(3)/2) * 307.2^2 = 81,700 m2
    assertEquals(Math.sqrt(3) / 2 * 307.24 * 307.24, first.areaM2(), 200);
    assertTrue(g.cells().stream().allMatch(c -> c.areaM2() == first.areaM2()), "one spacing for the whole grid");
    double west = g.cells().stream().filter(c -> "west".equals(c.districtId())).mapToDouble(Cell::population).sum();
    assertEquals(g.totalPopulation(), west + g.populationByDistrict().get("east"), 0.5);
    assertTrue(g.cells().stream().allMatch(c -> c.districtId() != null));
  }

  @Test
  void squareGridAreaComesFromItsSpacing() throws IOException {
    StringBuilder sb = new StringBuilder("ID,Lat,Lon,Population\n"); // any case, any order, no jobs column
    int n = 0;
    for (int i = 0; i < 10; i++) {
      for (int j = 0; j < 10; j++) {
        // 500 m squares near Chongqing
        sb.append("c").append(n++).append(',').append(29.5 + i * 500 / 111_195.0).append(',')
            .append(106.3 + j * 500 / (111_195.0 * Math.cos(Math.toRadians(29.5)))).append(",10\n");
      }
    }
    Path csv = tmp.resolve("square.csv");
    Files.writeString(csv, sb.toString(), StandardCharsets.UTF_8);
    PopulationGrid g = PopulationGrid.loadCsv(csv, null);
    assertEquals(100, g.cells().size());
    assertEquals(1_000, g.totalPopulation(), 0);
    assertEquals(0, g.totalJobs(), 0);
    assertEquals(250_000, g.cells().get(55).areaM2(), 250_000 * 0.01);
    assertNull(g.cells().get(0).districtId());
  }

  @Test
  void explicitAreaColumnWins() throws IOException {
    Path csv = tmp.resolve("one.csv");
    Files.writeString(csv, "id,lon,lat,population,jobs,area_m2\na,106.3,29.5,120,30,40000\n");
    Cell c = PopulationGrid.loadCsv(csv, null).cells().get(0);
    assertEquals(40_000, c.areaM2(), 0);
    assertEquals(30, c.jobs(), 0);
  }

  @Test
  void badCsvValuesNameFileLineAndField() throws IOException {
    assertBad("id,lon,lat,population,jobs\na,106.3,29.5,12,0\nb,106.31,29.5,lots,0\n", 3, "population",
        "not a number: 'lots'");
    assertBad("id,lon,lat,population,jobs\na,106.3,95.0,12,0\n", 2, "lat", "latitude out of range");
    assertBad("id,lon,lat,population,jobs\na,106.3,29.5,-4,0\n", 2, "population", "must not be negative");
    assertBad("id,lon,lat,population,jobs\na,106.3,29.5,,0\n", 2, "population", "missing value");
    assertBad("id,lon,lat,jobs\na,106.3,29.5,0\n", 1, "population", "missing column 'population'");
    assertBad("id,lon,lat,population\na,106.3,29.5,1\na,106.4,29.5,1\n", 3, "id", "duplicate cell id 'a'");
    assertBad("id,lon,lat,population\na,106.3,29.5\n", 2, null, "has 3 values but the header has 4 columns");
    assertBad("id,lon,lat,population\na,106.3,29.5,NaN\n", 2, "population", "not a finite number");
    assertBad("id,lon,lat,population\na,106.3,29.5,5\n", 0, "area_m2", "cannot infer the cell size");
  }

  @Test
  void absurdCountsAreRefusedNamingLineAndField() throws IOException {
    assertBad("id,lon,lat,population,jobs,area_m2\na,106.30,29.5,120,0,250000\nb,106.31,29.5,1e300,0,250000\n", 3,
        "population", "1.00e+300 residents in a cell of 0.250 km² is not plausible (more than 200,000 per km²)");
    assertBad("id,lon,lat,population,jobs,area_m2\na,106.30,29.5,120,0,1000000\nb,106.31,29.5,12,5e7,1000000\n", 3,
        "jobs", "50,000,000 jobs in a cell of 1.000 km² is not plausible (more than 1,000,000 per km²)");
  }

  private void assertBad(String content, int line, String field, String text) throws IOException {
    Path csv = tmp.resolve("bad.csv");
    Files.writeString(csv, content, StandardCharsets.UTF_8);
    StreetInputException e = assertThrows(StreetInputException.class, () -> PopulationGrid.loadCsv(csv, null));
    assertEquals(csv, e.file());
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().contains(text), e.getMessage());
  }

  @Test
  void geoJsonCellsUseTheirPolygons() throws IOException {
    Path p = tmp.resolve("cells.geojson");
    Files.writeString(p, """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"id": "a", "population": 100, "jobs": 5},
           "geometry": {"type": "Polygon", "coordinates": [[[106.30,29.50],[106.31,29.50],[106.31,29.51],[106.30,29.51],[106.30,29.50]]]}},
          {"type": "Feature", "properties": {"id": "b", "population": "250"},
           "geometry": {"type": "Polygon", "coordinates": [[[106.31,29.50],[106.32,29.50],[106.32,29.51],[106.31,29.51],[106.31,29.50]]]}}
        ]}
        """, StandardCharsets.UTF_8);
    Districts d = Districts.of(List.of(new District("x", "X", "X", box(106.305, 29.4, 106.4, 29.6))));
    PopulationGrid g = PopulationGrid.loadGeoJson(p, d);
    assertEquals(350, g.totalPopulation(), 0);
    assertEquals(5, g.totalJobs(), 0);
    Cell a = g.cells().get(0);
    assertEquals(29.505, a.lat(), 1e-9);
    assertEquals(106.305, a.lon(), 1e-9);
    double side = 0.01 * 111_195;
    assertEquals(side * side * Math.cos(Math.toRadians(29.505)), a.areaM2(), a.areaM2() * 0.005);
    assertEquals("x", a.districtId(), "the centre decides (it lies on the border, which counts as inside)");
    assertEquals("x", g.cells().get(1).districtId());

    Path bad = tmp.resolve("bad.geojson");
    Files.writeString(bad, """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"id": "a", "population": "many"},
           "geometry": {"type": "Polygon", "coordinates": [[[106.30,29.50],[106.31,29.50],[106.31,29.51],[106.30,29.50]]]}}
        ]}
        """, StandardCharsets.UTF_8);
    StreetInputException e = assertThrows(StreetInputException.class, () -> PopulationGrid.loadGeoJson(bad, null));
    assertEquals(2, e.line());
    assertEquals("properties.population", e.field());
    Path points = tmp.resolve("points.geojson");
    Files.writeString(points, """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"id": "a", "population": 1}, "geometry": {"type": "Point", "coordinates": [106.3, 29.5]}}
        ]}
        """, StandardCharsets.UTF_8);
    assertTrue(assertThrows(StreetInputException.class, () -> PopulationGrid.loadGeoJson(points, null)).getMessage()
        .contains("is a Point, expected Polygon or MultiPolygon"));
  }

  private static org.locationtech.jts.geom.Polygon box(double w, double s, double e, double n) {
    return GF.createPolygon(new Coordinate[] {new Coordinate(w, s), new Coordinate(e, s), new Coordinate(e, n),
        new Coordinate(w, n), new Coordinate(w, s)});
  }
}
