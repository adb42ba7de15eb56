package dev.loopline.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.osm.testing.PortoAlegre;
import dev.loopline.osm.testing.TestNetworks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Walking on the real Porto Alegre network: plausible paths, and trees that agree with point-to-point routes. */
class WalkingTest {
  private static final double SPEED = StreetConfig.DEFAULT_WALK_SPEED_MPS;

  @Test
  void walksBetweenPointsOfInterestArePlausible() {
    StreetNetwork n = TestNetworks.portoAlegre();
    List<LatLon> pois = new ArrayList<>(PortoAlegre.pointsOfInterest().values());
    int checked = 0;
    for (int i = 0; i < pois.size(); i++) {
      for (int j = 0; j < pois.size(); j++) {
        LatLon a = pois.get(i);
        LatLon b = pois.get(j);
        double straight = a.distanceTo(b);
        // detour factors are meaningful beyond a block or two (the market and the town hall are 90 m apart)
        if (i == j || straight < 500 || straight > 6_000) {
          continue;
        }
        WalkPath p = n.walkPath(a, b);
        assertTrue(p.ok(), p.failure());
        double detour = p.meters() / straight;
        assertTrue(detour >= 1.0 && detour <= 2.0, "detour factor " + detour + " from " + a + " to " + b);
        assertEquals(p.meters() / SPEED, p.seconds(), 1.0, "time-only walking at 1.3 m/s");
        assertEquals(a, p.geometry().get(0));
        assertEquals(b, p.geometry().get(p.geometry().size() - 1));
        assertTrue(polylineLength(p.geometry()) <= p.meters() + 1 && polylineLength(p.geometry()) > p.meters() * 0.98,
            "geometry follows the reported distance");
        checked++;
      }
    }
    assertTrue(checked >= 30, "pairs checked: " + checked);
  }

  @Test
  void treeTimesEqualPointToPointRoutes() {
    StreetNetwork n = TestNetworks.portoAlegre();
    Random rnd = new Random(42);
    StreetNetworkInfo info = n.info();
    int compared = 0;
    int reached = 0;
    while (compared < 120) {
      LatLon a = randomPoint(rnd, info);
      Snap sa = n.snap(a, StreetMode.WALK);
      if (!sa.ok()) {
        continue;
      }
      WalkTree forward = n.walkTree(a, 1800, false);
      WalkTree backward = n.walkTree(a, 1800, true);
      for (int k = 0; k < 4; k++) {
        LatLon b = new LatLon(a.lat() + (rnd.nextDouble() - 0.5) * 0.03, a.lon() + (rnd.nextDouble() - 0.5) * 0.03);
        Snap sb = n.snap(b, StreetMode.WALK);
        if (!sb.ok()) {
          continue;
        }
        compared++;
        WalkPath there = n.walkPath(a, b);
        WalkPath back = n.walkPath(b, a);
        double treeThere = forward.secondsTo(sb);
        double treeBack = backward.secondsTo(sb);
        if (there.ok() && there.seconds() <= 1799) {
          reached++;
          assertEquals(there.seconds(), treeThere, 1.0, "tree vs route from " + a + " to " + b);
          assertEquals(there.meters(), forward.metersTo(sb), 1.5, "tree vs route metres from " + a + " to " + b);
        } else if (!there.ok() || there.seconds() > 1801) {
          assertEquals(Double.POSITIVE_INFINITY, treeThere, "beyond the limit or unconnected: unreached");
        }
        if (back.ok() && back.seconds() <= 1799) {
          assertEquals(back.seconds(), treeBack, 1.0, "reverse tree vs route from " + b + " to " + a);
        } else if (!back.ok() || back.seconds() > 1801) {
          assertEquals(Double.POSITIVE_INFINITY, treeBack);
        }
      }
    }
    assertTrue(reached > 60, "enough pairs within the limit: " + reached);
  }

  @Test
  void treeRespectsItsLimitAndCountsOffRoadLegs() {
    StreetNetwork n = TestNetworks.portoAlegre();
    Map<String, LatLon> poi = PortoAlegre.pointsOfInterest();
    LatLon market = poi.get("public_market");
    LatLon townhall = poi.get("townhall");
    WalkPath p = n.walkPath(market, townhall);
    Snap target = n.snap(townhall, StreetMode.WALK);
    assertTrue(n.walkTree(market, p.seconds() + 1, false).reaches(target));
    assertFalse(n.walkTree(market, p.seconds() - 1, false).reaches(target));
    double offRoad = n.snap(market, StreetMode.WALK).distanceMeters() + target.distanceMeters();
    assertTrue(p.meters() > offRoad);
    // walking to yourself costs only the way to the street and back
    Snap self = n.snap(market, StreetMode.WALK);
    WalkTree t = n.walkTree(market, 600, false);
    assertEquals(2 * self.distanceMeters(), t.metersTo(self), 1e-6);
    assertEquals(2 * self.distanceMeters() / SPEED, t.secondsTo(self), 1e-6);
  }

  @Test
  void unsnappableOriginReachesNothing() {
    StreetNetwork n = TestNetworks.portoAlegre();
    // Guaíba, 2.2 km off the shore road: beyond the link radius (a point 1.2 km out is linked; see SnapTest).
    WalkTree t = n.walkTree(new LatLon(-30.04, -51.265), 3600, false);
    assertFalse(t.origin().ok());
    assertEquals(Double.POSITIVE_INFINITY,
        t.secondsTo(n.snap(PortoAlegre.pointsOfInterest().get("townhall"), StreetMode.WALK)));
  }

  @Test
  void beattyWalkMatchesOnBothWays() {
    StreetNetwork n = TestNetworks.beatty();
    LatLon nadav = new LatLon(36.914893, -116.76821);
    LatLon emsi = new LatLon(36.905697, -116.76218);
    WalkPath p = n.walkPath(nadav, emsi);
    assertTrue(p.ok(), p.failure());
    double straight = nadav.distanceTo(emsi);
    assertTrue(p.meters() > straight && p.meters() < 1.5 * straight, p.meters() + " m for " + straight);
    assertEquals(p.seconds(), n.walkTree(emsi, 3600, true).secondsTo(n.snap(nadav, StreetMode.WALK)), 1.0);
  }

  static LatLon randomPoint(Random rnd, StreetNetworkInfo info) {
    double lat = info.minLat() + 0.02 + rnd.nextDouble() * (info.maxLat() - info.minLat() - 0.04);
    double lon = info.minLon() + 0.02 + rnd.nextDouble() * (info.maxLon() - info.minLon() - 0.04);
    return new LatLon(lat, lon);
  }

  static double polylineLength(List<LatLon> line) {
    double m = 0;
    for (int i = 1; i < line.size(); i++) {
      m += line.get(i - 1).distanceTo(line.get(i));
    }
    return m;
  }
}
