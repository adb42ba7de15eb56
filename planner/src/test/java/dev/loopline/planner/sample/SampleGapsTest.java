package dev.loopline.planner.sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.geo.Geo;
import dev.loopline.gtfs.merge.FeedSource;
import dev.loopline.gtfs.merge.FeedsConfig;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.osm.district.Districts;
import dev.loopline.osm.population.Cell;
import dev.loopline.osm.population.PopulationGrid;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The problems the proposals are for exist in the written files: each border gap has residents with no bus stop
 * within 500 m and lies within a few km of a district border, and the poor-feeder stations have no bus stop
 * within 600 m.
 */
class SampleGapsTest {

  @Test
  void borderGapsArePopulatedAndUnserved() {
    List<Stop> busStops = new ArrayList<>();
    for (FeedSource s : FeedsConfig.load(SampleFixture.dir().resolve("feeds.yaml")).feeds()) {
      if (!s.id().equals("rail")) {
        busStops.addAll(GtfsReader.read(s.path(), s.readOptions()).feed().stops());
      }
    }
    Districts districts = Districts.load(SampleFixture.dir().resolve("districts.geojson"));
    PopulationGrid grid = PopulationGrid.loadCsv(SampleFixture.dir().resolve("population.csv"), districts);
    Layout layout = SampleFixture.sample().layout();
    assertTrue(layout.gaps.size() >= 4);
    for (BorderGap g : layout.gaps) {
      double lat = Projection.lat(g.centre());
      double lon = Projection.lon(g.centre());
      double unserved = 0;
      for (Cell c : grid.cells()) {
        if (Geo.distanceMeters(lat, lon, c.lat(), c.lon()) > 400) {
          continue;
        }
        double nearest = Double.POSITIVE_INFINITY;
        for (Stop s : busStops) {
          nearest = Math.min(nearest, Geo.distanceMeters(c.lat(), c.lon(), s.lat(), s.lon()));
        }
        assertTrue(nearest > 500, "gap " + g.id() + ": cell " + c.id() + " has a stop " + nearest + " m away");
        unserved += c.population();
      }
      assertTrue(unserved >= 2000, "gap " + g.id() + " has residents: " + unserved);
      assertTrue(districts.inBorderBelt(lat, lon, 3000), "gap " + g.id() + " is near a district border");
      if (g.station() != null) {
        RailStation st = layout.station(g.station());
        for (Stop s : busStops) {
          double d = Geo.distanceMeters(Projection.lat(st.position()), Projection.lon(st.position()), s.lat(),
              s.lon());
          assertTrue(d > 600, "station " + st.stopId() + " has bus stop " + s.id() + " only " + d + " m away");
        }
      }
    }
  }
}
