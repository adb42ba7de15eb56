package dev.loopline.osm.graphhopper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.osm.BusRoute;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.StreetConfig;
import dev.loopline.osm.StreetMode;
import dev.loopline.osm.StreetNetwork;
import dev.loopline.osm.WalkPath;
import dev.loopline.gtfs.testing.Fixtures;
import dev.loopline.osm.testing.TestNetworks;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark baseline must answer the same queries the same way, or comparing speeds would be meaningless. */
class BareGraphHopperTest {
  @TempDir
  Path tmp;

  @Test
  void bareGraphHopperAgreesWithTheAdapter() {
    StreetNetwork ours = TestNetworks.beatty();
    try (BareGraphHopper bare = BareGraphHopper.importOrLoad(Fixtures.path("beatty/beatty.osm"), tmp.resolve("gh"),
        StreetConfig.DEFAULT_WALK_SPEED_MPS)) {
      assertEquals(ours.info().nodes(), bare.nodes());
      LatLon a = new LatLon(36.914893, -116.76821);
      LatLon b = new LatLon(36.905697, -116.76218);
      LatLon c = new LatLon(36.915682, -116.751677);
      WalkPath p = ours.walkPath(a, b);
      double offRoad = ours.snap(a, StreetMode.WALK).distanceMeters() + ours.snap(b, StreetMode.WALK).distanceMeters();
      assertEquals(p.seconds() - offRoad / ours.walkSpeedMps(), bare.walkSeconds(a, b), 0.01);
      BusRoute r = ours.busRoute(List.of(a, b, c));
      assertEquals(r.meters(), bare.busMeters(List.of(a, b, c)), 0.01);
      assertTrue(bare.walkTree(a, 600) > 20);
    }
  }
}
