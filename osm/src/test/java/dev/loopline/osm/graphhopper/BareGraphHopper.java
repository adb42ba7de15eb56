package dev.loopline.osm.graphhopper;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.GraphHopperConfig;
import com.graphhopper.isochrone.algorithm.ShortestPathTree;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.util.AngleCalc;
import com.graphhopper.util.PMap;
import com.graphhopper.util.Parameters;
import com.graphhopper.util.shapes.GHPoint;
import dev.loopline.osm.LatLon;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain GraphHopper on the same OSM file, profiles and queries as {@link GraphHopperStreetNetwork}, without
 * Loopline's cache, snapping checks, off-road legs or result records: the baseline that {@code loopline bench street}
 * compares against, so the cost of our layer is measured rather than guessed. Not for production use.
 */
public final class BareGraphHopper implements AutoCloseable {
  private final GraphHopper hopper;
  private final Weighting walk;

  private BareGraphHopper(GraphHopper hopper) {
    this.hopper = hopper;
    this.walk = hopper.createWeighting(hopper.getProfile(StreetProfiles.WALK), new PMap());
  }

  /** Imports (or loads, if the folder already holds a graph) the way a GraphHopper server is configured. */
  public static BareGraphHopper importOrLoad(Path osm, Path folder, double walkSpeedMps) {
    GraphHopperConfig config = new GraphHopperConfig();
    config.putObject("datareader.file", osm.toString());
    config.putObject("graph.location", folder.toString());
    config.putObject("graph.encoded_values", StreetProfiles.ENCODED_VALUES);
    config.putObject("custom_models.directory", folder.toString());
    // walking needs footways and paths, buses need the rest: nothing is ignored (our adapter's default too)
    config.putObject("import.osm.ignored_highways", "");
    config.setProfiles(StreetProfiles.declaredProfiles(walkSpeedMps));
    GraphHopper gh = new GraphHopper().init(config);
    gh.importOrLoad();
    return new BareGraphHopper(gh);
  }

  /** Junctions in the graph. */
  public int nodes() {
    return hopper.getBaseGraph().getNodes();
  }

  /** One walking shortest-path tree as GraphHopper's isochrone service runs it; returns the junctions reached. */
  public int walkTree(LatLon origin, double maxSeconds) {
    var snap = hopper.getLocationIndex().findClosest(origin.lat(), origin.lon(), new DefaultSnapFilter(walk,
        hopper.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(StreetProfiles.WALK))));
    if (!snap.isValid()) {
      return 0;
    }
    QueryGraph qg = QueryGraph.create(hopper.getBaseGraph(), snap);
    ShortestPathTree spt = new ShortestPathTree(qg, qg.wrapWeighting(walk), false, TraversalMode.NODE_BASED);
    spt.setTimeLimit(maxSeconds * 1000);
    int[] reached = new int[1];
    spt.search(snap.getClosestNode(), label -> reached[0]++);
    return reached[0];
  }

  /** Walking seconds between two points (router, same algorithm as ours), or NaN when not found. */
  public double walkSeconds(LatLon from, LatLon to) {
    GHRequest req = new GHRequest(List.of(point(from), point(to))).setProfile(StreetProfiles.WALK)
        .setAlgorithm(Parameters.Algorithms.DIJKSTRA_BI);
    req.putHint(Parameters.Routing.INSTRUCTIONS, false);
    GHResponse rsp = hopper.route(req);
    return rsp.hasErrors() ? Double.NaN : rsp.getBest().getTime() / 1000.0;
  }

  /**
   * A bus route through the stops with the same request as ours (headings along the line, snap preventions,
   * pass-through, per-leg details), or NaN metres when not found.
   */
  public double busMeters(List<LatLon> stops) {
    List<GHPoint> points = new ArrayList<>();
    List<Double> headings = new ArrayList<>();
    for (int i = 0; i < stops.size(); i++) {
      points.add(point(stops.get(i)));
      LatLon a = stops.get(Math.max(0, i - 1));
      LatLon b = stops.get(Math.min(stops.size() - 1, i + 1));
      headings.add(a.distanceTo(b) < 5 ? Double.NaN : AngleCalc.ANGLE_CALC.calcAzimuth(a.lat(), a.lon(), b.lat(),
          b.lon()));
    }
    GHRequest req = new GHRequest(points).setProfile(StreetProfiles.BUS)
        .setAlgorithm(Parameters.Algorithms.DIJKSTRA_BI).setHeadings(headings)
        .setSnapPreventions(StreetProfiles.BUS_SNAP_PREVENTIONS)
        .setPathDetails(List.of(Parameters.Details.LEG_DISTANCE, Parameters.Details.LEG_TIME));
    req.putHint(Parameters.Routing.INSTRUCTIONS, false);
    req.putHint(Parameters.Routing.PASS_THROUGH, true);
    GHResponse rsp = hopper.route(req);
    return rsp.hasErrors() ? Double.NaN : rsp.getBest().getDistance();
  }

  private static GHPoint point(LatLon p) {
    return new GHPoint(p.lat(), p.lon());
  }

  @Override
  public void close() {
    hopper.close();
  }
}
