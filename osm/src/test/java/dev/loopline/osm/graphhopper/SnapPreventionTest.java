package dev.loopline.osm.graphhopper;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.graphhopper.GraphHopper;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.routing.ev.RoadEnvironment;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PMap;
import com.graphhopper.util.PointList;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import dev.loopline.osm.StreetMode;
import dev.loopline.osm.testing.TestNetworks;
import org.junit.jupiter.api.Test;

/** Bus stops placed on a bridge, in a tunnel or on a motorway snap to the ordinary road beside it. */
class SnapPreventionTest {
  @Test
  void busStopsAvoidBridgesTunnelsAndMotorways() {
    GraphHopperStreetNetwork n = (GraphHopperStreetNetwork) TestNetworks.portoAlegre();
    GraphHopper gh = n.hopper();
    EnumEncodedValue<RoadEnvironment> env = gh.getEncodingManager()
        .getEnumEncodedValue(RoadEnvironment.KEY, RoadEnvironment.class);
    EnumEncodedValue<RoadClass> cls = gh.getEncodingManager().getEnumEncodedValue(RoadClass.KEY, RoadClass.class);
    Weighting bus = gh.createWeighting(gh.getProfile(StreetProfiles.BUS), new PMap());
    BooleanEncodedValue busSubnetwork = gh.getEncodingManager()
        .getBooleanEncodedValue(Subnetwork.key(StreetProfiles.BUS));
    int candidates = 0;
    int movedOff = 0;
    AllEdgesIterator it = gh.getBaseGraph().getAllEdges();
    while (it.next()) {
      boolean prevented = it.get(env) == RoadEnvironment.BRIDGE || it.get(env) == RoadEnvironment.TUNNEL
          || it.get(cls) == RoadClass.MOTORWAY;
      if (!prevented || it.getDistance() < 60 || it.get(busSubnetwork)
          || !Double.isFinite(bus.calcEdgeWeight(it, false)) && !Double.isFinite(bus.calcEdgeWeight(it, true))) {
        continue;
      }
      PointList pl = it.fetchWayGeometry(FetchMode.ALL);
      // a point on the edge itself: its middle vertex, or the middle of a straight edge
      int m = pl.size() / 2;
      LatLon mid = pl.size() >= 3 ? new LatLon(pl.getLat(m), pl.getLon(m))
          : new LatLon((pl.getLat(0) + pl.getLat(1)) / 2, (pl.getLon(0) + pl.getLon(1)) / 2);
      // what GraphHopper picks for a bus without snap preventions
      var plain = gh.getLocationIndex().findClosest(mid.lat(), mid.lon(), new DefaultSnapFilter(bus, busSubnetwork));
      Snap s = n.snap(mid, StreetMode.BUS);
      if (!s.ok()) {
        continue;
      }
      candidates++;
      var state = gh.getBaseGraph().getEdgeIteratorState(s.anchor().edge(), s.anchor().adjNode());
      boolean onPrevented = state.get(env) == RoadEnvironment.BRIDGE || state.get(env) == RoadEnvironment.TUNNEL
          || state.get(cls) == RoadClass.MOTORWAY;
      if (!onPrevented) {
        movedOff++;
        assertTrue(s.distanceMeters() <= 500);
        assertTrue(plain.getQueryDistance() < 1, "without prevention the stop would stay on the " + it.get(env) + " " + plain.getQueryDistance());
      } else {
        // only allowed when no ordinary bus road is within the snapping limit
        assertTrue(s.distanceMeters() < 1, "stayed on a prevented road although it was not the nearest one");
      }
    }
    assertTrue(candidates >= 5, "bus-accessible bridges/tunnels/motorways in Porto Alegre: " + candidates);
    assertTrue(movedOff >= candidates / 2, movedOff + " of " + candidates + " moved to an ordinary road");
    System.out.printf("snap prevention: %d of %d stops on bridges/tunnels/motorways moved%n", movedOff, candidates);
  }
}
