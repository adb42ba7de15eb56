package dev.loopline.planner.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.merge.FeedSource;
import dev.loopline.gtfs.merge.FeedsConfig;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.osm.district.District;
import dev.loopline.osm.district.Districts;
import dev.loopline.osm.population.Cell;
import dev.loopline.osm.population.PopulationGrid;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * districts.geojson, read with the osm module's loader: six valid polygons at their real relative positions that
 * tile the region (no overlaps, no gaps) and contain every stop and every population cell.
 */
class SampleDistrictsTest {

  @Test
  void sixValidPolygonsTileTheRegion() {
    Districts d = Districts.load(SampleFixture.dir().resolve("districts.geojson"));
    List<District> all = d.all();
    assertEquals(List.of("gaoxin", "shapingba", "jiulongpo", "beibei", "jiangjin", "bishan"),
        all.stream().map(District::id).toList());
    double sum = 0;
    for (District x : all) {
      assertTrue(IsValidOp.isValid(x.area()), x.id() + " is a valid polygon");
      assertTrue(!x.name().isEmpty() && !x.nameEn().isEmpty(), x.id() + " has names");
      sum += x.area().getArea();
    }
    for (int i = 0; i < all.size(); i++) {
      for (int j = i + 1; j < all.size(); j++) {
        double overlap = all.get(i).area().intersection(all.get(j).area()).getArea();
        assertTrue(overlap < 1e-12, all.get(i).id() + " and " + all.get(j).id() + " overlap by " + overlap);
      }
    }
    Geometry union = UnaryUnionOp.union(all.stream().map(District::area).toList());
    Geometry hull = union.getEnvelope();
    assertEquals(hull.getArea(), union.getArea(), 1e-9, "no holes: the union fills the region's rectangle");
    assertEquals(union.getArea(), sum, 1e-9, "areas add up: no overlaps");
    assertEquals(106.2, hull.getEnvelopeInternal().getMinX(), 0.02);
    assertEquals(106.6, hull.getEnvelopeInternal().getMaxX(), 0.02);
    assertEquals(29.3, hull.getEnvelopeInternal().getMinY(), 0.02);
    assertEquals(29.9, hull.getEnvelopeInternal().getMaxY(), 0.02);
  }

  @Test
  void districtsSitAtTheirRealRelativePositions() {
    Districts d = Districts.load(SampleFixture.dir().resolve("districts.geojson"));
    Map<String, double[]> places = Map.of(
        "gaoxin", new double[] {29.61, 106.32},    // University Town
        "shapingba", new double[] {29.57, 106.48},
        "jiulongpo", new double[] {29.49, 106.54},
        "beibei", new double[] {29.83, 106.43},
        "jiangjin", new double[] {29.33, 106.28},
        "bishan", new double[] {29.60, 106.23});
    places.forEach((id, p) -> assertEquals(id, d.locate(p[0], p[1]).map(District::id).orElse(null),
        "district at " + p[0] + ", " + p[1]));
  }

  @Test
  void everyStopAndCellLiesInADistrict() {
    Districts d = Districts.load(SampleFixture.dir().resolve("districts.geojson"));
    int stops = 0;
    for (FeedSource s : FeedsConfig.load(SampleFixture.dir().resolve("feeds.yaml")).feeds()) {
      for (Stop stop : GtfsReader.read(s.path(), s.readOptions()).feed().stops()) {
        assertTrue(d.locate(stop.lat(), stop.lon()).isPresent(), s.id() + " stop " + stop.id());
        stops++;
      }
    }
    assertTrue(stops > 1500);
    PopulationGrid grid = PopulationGrid.loadCsv(SampleFixture.dir().resolve("population.csv"), d);
    for (Cell c : grid.cells()) {
      assertTrue(c.districtId() != null, "cell " + c.id() + " in a district");
    }
  }
}
