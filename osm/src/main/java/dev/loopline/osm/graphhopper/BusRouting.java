package dev.loopline.osm.graphhopper;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.ResponsePath;
import com.graphhopper.util.AngleCalc;
import com.graphhopper.util.Parameters;
import com.graphhopper.util.details.PathDetail;
import dev.loopline.gtfs.geo.Geo;
import dev.loopline.osm.BusLeg;
import dev.loopline.osm.BusRoute;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import dev.loopline.osm.StreetMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The bus routing job of the street network: a route through stops in order on the bus profile with turn
 * restrictions, each stop snapped in the direction of travel, with per-leg distances and times, or the first leg
 * that has no road connection.
 */
final class BusRouting {
  /** GraphHopper's path detail (and encoded value) giving each edge's OSM road class. */
  private static final String ROAD_CLASS = "road_class";

  private final GhGraph g;
  private final Snapping snapping;

  BusRouting(GhGraph g, Snapping snapping) {
    this.g = g;
    this.snapping = snapping;
  }

  BusRoute busRoute(List<LatLon> waypoints) {
    if (waypoints.size() < 2) {
      return BusRoute.failed(List.of(), "a bus route needs at least two waypoints, got " + waypoints.size());
    }
    double[] travelHeadings = travelHeadings(waypoints);
    List<Snap> snaps = new ArrayList<>(waypoints.size());
    List<Double> headings = new ArrayList<>(waypoints.size());
    for (int i = 0; i < waypoints.size(); i++) {
      LatLon p = waypoints.get(i);
      var headed = snapping.headingSnap(p, travelHeadings[i]);
      Snap s = headed != null ? snapping.toSnap(p, StreetMode.BUS, headed) : snapping.snap(p, StreetMode.BUS);
      snaps.add(s);
      headings.add(headed != null ? travelHeadings[i] : Double.NaN);
      if (!s.ok()) {
        return BusRoute.failed(snaps, "waypoint " + i + ": " + s.failureReason());
      }
    }
    GHRequest req = g.request(StreetProfiles.BUS, snaps);
    req.setHeadings(headings);
    req.putHint(Parameters.Routing.PASS_THROUGH, true);
    req.setPathDetails(List.of(Parameters.Details.LEG_DISTANCE, Parameters.Details.LEG_TIME, ROAD_CLASS));
    GHResponse rsp = g.hopper().route(req);
    if (rsp.hasErrors()) {
      return BusRoute.failed(snaps, explainBusFailure(snaps, rsp));
    }
    ResponsePath rp = rsp.getBest();
    Map<String, List<PathDetail>> details = rp.getPathDetails();
    List<BusLeg> legs = legs(details.get(Parameters.Details.LEG_DISTANCE), details.get(Parameters.Details.LEG_TIME),
        details.get(ROAD_CLASS), rp.getPoints(), snaps.size() - 1);
    if (legs == null) {
      return BusRoute.failed(snaps, "GraphHopper returned no per-leg details for the bus route");
    }
    return new BusRoute(GhGraph.toLatLons(rp.getPoints()), legs, snaps, null);
  }

  /**
   * The direction of travel at each waypoint: the bearing from the previous waypoint to the next (at the ends, to or
   * from the only neighbour); NaN when the neighbours coincide.
   */
  private static double[] travelHeadings(List<LatLon> pts) {
    double[] h = new double[pts.size()];
    for (int i = 0; i < pts.size(); i++) {
      LatLon a = pts.get(Math.max(0, i - 1));
      LatLon b = pts.get(Math.min(pts.size() - 1, i + 1));
      h[i] = a.distanceTo(b) < 5 ? Double.NaN : AngleCalc.ANGLE_CALC.calcAzimuth(a.lat(), a.lon(), b.lat(), b.lon());
    }
    return h;
  }

  private static List<BusLeg> legs(List<PathDetail> distances, List<PathDetail> times, List<PathDetail> classes,
                                   com.graphhopper.util.PointList points, int count) {
    if (distances == null || times == null) {
      return null;
    }
    // GraphHopper emits one constant entry per leg, also for a leg of zero length (two waypoints on one spot).
    List<BusLeg> legs = new ArrayList<>(count);
    for (int i = 0; i < distances.size() && i < times.size(); i++) {
      PathDetail leg = distances.get(i);
      double meters = ((Number) leg.getValue()).doubleValue();
      legs.add(new BusLeg(meters, ((Number) times.get(i).getValue()).doubleValue() / 1000.0,
          roadClasses(classes, points, leg.getFirst(), leg.getLast(), meters)));
    }
    return legs.size() == count ? legs : null;
  }

  /**
   * Metres of the path between two point indexes by road class (GraphHopper's road_class detail), scaled to add up
   * to the leg's own distance.
   */
  private static Map<String, Double> roadClasses(List<PathDetail> classes, com.graphhopper.util.PointList points,
                                                 int first, int last, double legMeters) {
    Map<String, Double> out = new java.util.TreeMap<>();
    if (classes == null || legMeters <= 0) {
      return out;
    }
    double sum = 0;
    for (PathDetail c : classes) {
      int from = Math.max(first, c.getFirst());
      int to = Math.min(last, c.getLast());
      double m = 0;
      for (int k = from; k < to; k++) {
        m += Geo.distanceMeters(points.getLat(k), points.getLon(k), points.getLat(k + 1), points.getLon(k + 1));
      }
      if (m > 0) {
        out.merge(String.valueOf(c.getValue()).toLowerCase(java.util.Locale.ROOT), m, Double::sum);
        sum += m;
      }
    }
    if (sum > 0) {
      double scale = legMeters / sum;
      out.replaceAll((k, v) -> v * scale);
    }
    return out;
  }

  /** Finds the first leg with no road connection, so the message says where the line breaks. */
  private String explainBusFailure(List<Snap> snaps, GHResponse whole) {
    for (int i = 0; i + 1 < snaps.size(); i++) {
      GHResponse leg = g.hopper().route(g.request(StreetProfiles.BUS, List.of(snaps.get(i), snaps.get(i + 1))));
      if (leg.hasErrors()) {
        return "no bus road connection from waypoint " + i + " (" + snaps.get(i).point() + ") to waypoint " + (i + 1)
            + " (" + snaps.get(i + 1).point() + ")";
      }
    }
    return "bus route not found: " + whole.getErrors().get(0).getMessage();
  }
}
