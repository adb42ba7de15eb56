package dev.loopline.osm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.geo.LocalProjection;
import dev.loopline.osm.testing.PortoAlegre;
import dev.loopline.osm.testing.TestNetworks;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.junit.jupiter.api.Test;

/** Walk catchment polygons: contain what the walking tree reaches, grow with time, bounded by the walking disk. */
class WalkCatchmentTest {
  private static final GeometryFactory GF = new GeometryFactory();

  @Test
  void catchmentMatchesTheWalkingTree() {
    StreetNetwork n = TestNetworks.portoAlegre();
    LatLon origin = PortoAlegre.pointsOfInterest().get("santa_casa_hospital");
    List<LatLon> stops = PortoAlegre.eptc().stops().values().stream()
        .filter(s -> s.distanceTo(origin) < 2_000).toList();
    double previousArea = 0;
    for (double minutes : new double[] {5, 10, 15}) {
      double seconds = minutes * 60;
      Polygon p = n.walkCatchment(origin, seconds);
      assertTrue(p.isValid() && !p.isEmpty(), minutes + " min catchment");
      assertTrue(p.contains(point(origin)) || p.distance(point(origin)) < 1e-4, "contains its origin");
      double area = areaM2(p, origin);
      double disk = Math.PI * Math.pow(seconds * n.walkSpeedMps(), 2);
      assertTrue(area > previousArea, "grows with time");
      assertTrue(area < 1.05 * disk, minutes + " min: " + area + " m2 exceeds the walking disk " + disk);
      previousArea = area;

      WalkTree tree = n.walkTree(origin, seconds * 1.5, false);
      int reached = 0;
      int reachedInside = 0;
      int far = 0;
      int farInside = 0;
      for (LatLon s : stops) {
        double t = tree.secondsTo(n.snap(s, StreetMode.WALK));
        boolean inside = p.contains(point(s));
        if (t <= seconds * 0.9) {
          reached++;
          reachedInside += inside ? 1 : 0;
        } else if (t > seconds * 1.15) {
          far++;
          farInside += inside ? 1 : 0;
        }
      }
      assertTrue(reached > 3 && reachedInside >= 0.9 * reached,
          minutes + " min: " + reachedInside + " of " + reached + " reachable stops inside");
      assertTrue(farInside <= 0.1 * far, minutes + " min: " + farInside + " of " + far + " out-of-reach stops inside");
    }
  }

  @Test
  void unsnappableOriginHasAnEmptyCatchment() {
    assertTrue(TestNetworks.portoAlegre().walkCatchment(new LatLon(-30.04, -51.255), 600).isEmpty());
  }

  @Test
  void smallTownCatchment() {
    StreetNetwork n = TestNetworks.beatty();
    Polygon p = n.walkCatchment(new LatLon(36.914893, -116.76821), 600);
    assertTrue(p.isValid() && !p.isEmpty());
    assertTrue(p.contains(point(new LatLon(36.912, -116.7665))), "a street corner 400 m away is within 10 minutes");
    assertTrue(!p.contains(point(new LatLon(36.868446, -116.784582))), "the airport 5 km away is not");
  }

  private static org.locationtech.jts.geom.Point point(LatLon p) {
    return GF.createPoint(new Coordinate(p.lon(), p.lat()));
  }

  private static double areaM2(Polygon p, LatLon centre) {
    return new LocalProjection(centre.lat(), centre.lon()).toMeters(p).getArea();
  }
}
