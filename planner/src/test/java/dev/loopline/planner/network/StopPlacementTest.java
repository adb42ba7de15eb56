package dev.loopline.planner.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.geo.CoordinateSystem;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.testing.Fixtures;
import dev.loopline.planner.cli.ValidateCommandTest;
import dev.loopline.planner.cli.ValidateCommandTest.Run;
import dev.loopline.planner.transit.TransitLayer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Build names stops that do not fit the streets: a feed in GCJ-02 read as WGS-84 (the sample's Jiangjin feed moved
 * into GCJ-02 by the real conversion) gets a WARNING suggesting crs=gcj02, the correct feed none; a feed that does
 * not overlap the OSM extract at all is refused.
 */
class StopPlacementTest {
  @TempDir
  Path dir;

  @Test
  void stopsAGcj02OffsetFromTheStreetsGetAWarningSuggestingCrsGcj02() {
    Network net = TestNetworkDirs.sample();
    List<Stop> jiangjin = TransitLayer.routableStops(net.feed()).stream()
        .filter(s -> s.id().startsWith("jiangjin:")).toList();
    assertTrue(jiangjin.size() > 20, jiangjin.size() + " stops");
    assertEquals(List.of(), StopPlacement.check(jiangjin, StopSnaps.compute(jiangjin, net.streets()), net.streets(),
        "science-city.osm.pbf"), "the sample's feeds fit its streets");
    List<Stop> shifted = jiangjin.stream().map(s -> {
      double[] g = CoordinateSystem.GCJ02.fromWgs84(s.lat(), s.lon());
      return new Stop(s.id(), s.code(), s.name(), s.desc(), g[0], g[1], s.zoneId(), s.url(), s.locationType(),
          s.parentStation(), s.timezone(), s.wheelchairBoarding(), s.levelId(), s.platformCode(), s.extras());
    }).toList();
    List<String> w = StopPlacement.check(shifted, StopSnaps.compute(shifted, net.streets()), net.streets(),
        "science-city.osm.pbf");
    assertEquals(1, w.size(), w.toString());
    assertTrue(w.get(0).matches("the stops of feed 'jiangjin' lie a median \\d+ m from the streets, but \\d+ m once "
        + "read as GCJ02: .*merge it with crs=gcj02 \\(e.g. --feed jiangjin=FEED.zip,crs=gcj02\\)"), w.get(0));
  }

  @Test
  void aFeedOutsideTheExtractIsRefusedSayingSo() {
    Run r = ValidateCommandTest.run("build", "--gtfs", Fixtures.path("beatty/sample-feed").toString(), "--osm",
        Fixtures.path("cobb-marta/cobb-county.filtered.osm.pbf").toString(), "--out", dir.resolve("n").toString());
    assertEquals(1, r.code(), r.out());
    assertTrue(r.err().strip().matches("loopline build: none of the feed's \\d+ stops is within \\d+ m of a walkable "
        + "street of .*cobb-county.filtered.osm.pbf: the stops \\(lat 36\\.\\d+ to 36\\.\\d+, .*\\) and the extract "
        + "\\(lat 33\\..*\\) do not overlap; give the OSM extract of the feed's region"), r.err());
    assertTrue(java.nio.file.Files.notExists(dir.resolve("n")), "nothing written");
  }
}
