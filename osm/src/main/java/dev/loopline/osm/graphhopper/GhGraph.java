package dev.loopline.osm.graphhopper;

import com.graphhopper.GHRequest;
import com.graphhopper.GraphHopper;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.routing.ev.RoadEnvironment;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.LocationIndex;
import com.graphhopper.util.PMap;
import com.graphhopper.util.Parameters;
import com.graphhopper.util.PointList;
import com.graphhopper.util.shapes.GHPoint;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import dev.loopline.osm.StreetConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The handles into one open GraphHopper graph that the street network's jobs (snapping, walking, bus routing) share:
 * the graph, its location index, the walk and bus weightings and the encoded values the snap filters read. Built
 * once when the network opens.
 */
record GhGraph(StreetConfig config, GraphHopper hopper, BaseGraph graph, LocationIndex locationIndex,
               Weighting walkWeighting, Weighting busWeighting, BooleanEncodedValue walkSubnetwork,
               BooleanEncodedValue busSubnetwork, EnumEncodedValue<RoadClass> roadClass,
               EnumEncodedValue<RoadEnvironment> roadEnvironment) {

  /** GraphHopper's location index tiles are about this wide (its default high resolution). */
  private static final double INDEX_TILE_METERS = 300;

  static GhGraph of(StreetConfig config, GraphHopper hopper) {
    var lookup = hopper.getEncodingManager();
    if (hopper.getLocationIndex() instanceof com.graphhopper.storage.index.LocationIndexTree tree) {
      // The nearest-way search gives up after a few rings of tiles (about 1.2 km by default); a point is linked up
      // to the link radius, so the search must reach that far. Only searches that find nothing close get slower.
      tree.setMaxRegionSearch(Math.max(4, (int) Math.ceil(config.linkRadiusMeters() / INDEX_TILE_METERS) + 1));
    }
    return new GhGraph(config, hopper, hopper.getBaseGraph(), hopper.getLocationIndex(),
        hopper.createWeighting(hopper.getProfile(StreetProfiles.WALK), new PMap()),
        hopper.createWeighting(hopper.getProfile(StreetProfiles.BUS), new PMap()),
        lookup.getBooleanEncodedValue(Subnetwork.key(StreetProfiles.WALK)),
        lookup.getBooleanEncodedValue(Subnetwork.key(StreetProfiles.BUS)),
        lookup.getEnumEncodedValue(RoadClass.KEY, RoadClass.class),
        lookup.getEnumEncodedValue(RoadEnvironment.KEY, RoadEnvironment.class));
  }

  /**
   * A router request through already-snapped points. Passing the snapped positions (not the raw points) makes
   * GraphHopper's own snapping land on exactly the edges our snapping chose, limits and preventions included.
   */
  GHRequest request(String profile, List<Snap> snaps) {
    List<GHPoint> points = new ArrayList<>(snaps.size());
    for (Snap s : snaps) {
      points.add(new GHPoint(s.snapped().lat(), s.snapped().lon()));
    }
    // Bidirectional Dijkstra, not GraphHopper's default A*: our legs are short (stop to stop, a walk to a stop), and
    // A*'s set-up parses the custom model's speed expressions on every request, which costs more than such a search.
    GHRequest req = new GHRequest(points).setProfile(profile).setAlgorithm(Parameters.Algorithms.DIJKSTRA_BI);
    req.putHint(Parameters.Routing.INSTRUCTIONS, false);
    return req;
  }

  /** A GraphHopper point list as positions. */
  static List<LatLon> toLatLons(PointList pl) {
    List<LatLon> out = new ArrayList<>(pl.size());
    for (int i = 0; i < pl.size(); i++) {
      out.add(new LatLon(pl.getLat(i), pl.getLon(i)));
    }
    return out;
  }
}
