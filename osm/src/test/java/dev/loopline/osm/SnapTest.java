package dev.loopline.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.osm.graphhopper.StreetNetworks;
import dev.loopline.gtfs.testing.Fixtures;
import dev.loopline.osm.testing.PortoAlegre;
import dev.loopline.osm.testing.TestNetworks;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Putting points on the network: close points snap, far points fail with a reason, never a silent far snap. */
class SnapTest {
  @Test
  void pointsOfInterestSnapCloseToTheirStreet() {
    StreetNetwork n = TestNetworks.portoAlegre();
    for (Map.Entry<String, LatLon> poi : PortoAlegre.pointsOfInterest().entrySet()) {
      Snap s = n.snap(poi.getValue(), StreetMode.WALK);
      assertTrue(s.ok(), poi.getKey() + ": " + s.failureReason());
      assertNull(s.failureReason());
      assertEquals(s.distanceMeters(), poi.getValue().distanceTo(s.snapped()), 1e-6);
      assertTrue(s.distanceMeters() < 250, poi.getKey() + " snapped " + s.distanceMeters() + " m away");
      EdgeAnchor a = s.anchor();
      assertTrue(a.offsetMeters() >= 0 && a.offsetMeters() <= a.edgeMeters(), a.toString());
    }
  }

  @Test
  void aPointOffTheMappedStreetsIsLinkedByAStraightLineWithADetour() {
    StreetNetwork n = TestNetworks.portoAlegre();
    LatLon lake = new LatLon(-30.04, -51.255); // Guaíba, about 1.2 km off the shore road
    LatLon market = new LatLon(-30.027565, -51.227811);
    Snap s = n.snap(lake, StreetMode.WALK);
    assertTrue(s.ok(), s.failureReason());
    assertTrue(s.linked(), "farther than the snapping limit: linked, not on the street");
    assertTrue(s.distanceMeters() > 500 && s.distanceMeters() < 2000, "distance " + s.distanceMeters());
    assertEquals(500 + (s.distanceMeters() - 500) * Snap.STRAIGHT_LINE_DETOUR, s.offRoadMeters(), 1e-6);
    WalkPath p = n.walkPath(lake, market);
    assertTrue(p.ok(), p.failure());
    WalkPath fromShore = n.walkPath(s.snapped(), market);
    assertEquals(fromShore.meters() + s.offRoadMeters(), p.meters(), 5, "the straight line is priced with the detour");
    // Buses drive on roads only: the same point is no bus stop.
    Snap bus = n.snap(lake, StreetMode.BUS);
    assertEquals(SnapFailure.TOO_FAR, bus.failure());
    assertTrue(bus.failureReason().contains("limit 500 m"), bus.failureReason());
    assertFalse(n.busRoute(java.util.List.of(lake, market)).ok());
  }

  @Test
  void pointBeyondTheLinkRadiusIsTooFarNotSnappedToTheShore() {
    StreetNetwork n = TestNetworks.portoAlegre();
    LatLon lake = new LatLon(-30.04, -51.265); // Guaíba, about 2.2 km off the shore road
    Snap s = n.snap(lake, StreetMode.WALK);
    assertFalse(s.ok());
    assertEquals(SnapFailure.TOO_FAR, s.failure());
    assertNull(s.anchor(), "a failed snap must not be usable for routing");
    assertTrue(s.distanceMeters() > 2000 && s.distanceMeters() < 3000, "distance " + s.distanceMeters());
    assertTrue(s.failureReason().contains("limit 2000 m"), s.failureReason());
    assertFalse(n.walkPath(lake, new LatLon(-30.027565, -51.227811)).ok());
  }

  @Test
  void pointFarFromEverythingHasNoRoad() {
    StreetNetwork n = TestNetworks.beatty();
    Snap s = n.snap(new LatLon(36.7, -116.5), StreetMode.WALK); // the feed's stop without routes, in the desert
    assertEquals(SnapFailure.NO_ROAD, s.failure());
    assertTrue(s.failureReason().startsWith("no walkable way found"), s.failureReason());
    assertEquals(Double.POSITIVE_INFINITY, s.distanceMeters());
  }

  @Test
  void theSnappingLimitIsConfigurable() {
    LatLon farrapos = PortoAlegre.pointsOfInterest().get("farrapos_station");
    double d;
    d = TestNetworks.portoAlegre().snap(farrapos, StreetMode.WALK).distanceMeters();
    assertTrue(d > 20, "the station lies " + d + " m from its nearest walkable way");
    StreetConfig base = StreetConfig.of(Fixtures.path("porto-alegre/poa_osm.pbf"), TestNetworks.cacheDir());
    try (StreetNetwork strict = StreetNetworks.open(base.withMaxSnapDistance(d - 1), ImportProgress.none())) {
      assertFalse(strict.info().importedNow());
      Snap s = strict.snap(farrapos, StreetMode.WALK);
      assertTrue(s.ok() && s.linked(), "beyond the snapping limit but within the link radius: linked");
    }
    try (StreetNetwork strictest = StreetNetworks.open(base.withMaxSnapDistance(d - 1).withLinkRadius(d - 1),
        ImportProgress.none())) {
      Snap s = strictest.snap(farrapos, StreetMode.WALK);
      assertEquals(SnapFailure.TOO_FAR, s.failure());
      assertNotNull(s.snapped(), "the rejected candidate is reported for the message");
    }
    try (StreetNetwork lenient = StreetNetworks.open(base.withMaxSnapDistance(d + 1), ImportProgress.none())) {
      Snap s = lenient.snap(farrapos, StreetMode.WALK);
      assertTrue(s.ok() && !s.linked());
    }
  }

  @Test
  void busStopsSnapToBusRoadsAndWalkersToWalkableWays() {
    StreetNetwork n = TestNetworks.portoAlegre();
    int differs = 0;
    int checked = 0;
    for (LatLon stop : PortoAlegre.eptc().stops().values()) {
      if (!PortoAlegre.inside(n.info(), stop, 0.01) || checked == 400) {
        continue;
      }
      checked++;
      Snap walk = n.snap(stop, StreetMode.WALK);
      Snap bus = n.snap(stop, StreetMode.BUS);
      assertTrue(bus.ok(), bus.failureReason());
      assertTrue(walk.ok(), walk.failureReason());
      assertTrue(bus.distanceMeters() < 120, "bus stop " + stop + " is " + bus.distanceMeters() + " m from a bus road");
      if (walk.anchor().edge() != bus.anchor().edge()) {
        differs++;
      }
    }
    assertTrue(checked == 400);
    assertTrue(differs > 0, "somewhere a footway is closer than the bus road");
  }
}
