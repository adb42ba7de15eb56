package dev.loopline.osm.graphhopper;

import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.DirectedEdgeFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.util.HeadingEdgeFilter;
import com.graphhopper.routing.util.SnapPreventionEdgeFilter;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PointList;
import com.graphhopper.util.shapes.GHPoint;
import com.graphhopper.util.shapes.GHPoint3D;
import dev.loopline.osm.EdgeAnchor;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import dev.loopline.osm.SnapFailure;
import dev.loopline.osm.StreetMode;

/**
 * The snapping job of the street network: a point onto the nearest road usable in a mode, with GraphHopper's
 * location index and snap filters (subnetworks, snap preventions for buses, the heading filter that puts a stop on
 * the right carriageway), and the result as Loopline's {@link Snap}.
 */
final class Snapping {
  private final GhGraph g;

  Snapping(GhGraph g) {
    this.g = g;
  }

  Snap snap(LatLon point, StreetMode mode) {
    return toSnap(point, mode, ghSnap(point, mode));
  }

  /** GraphHopper's nearest-edge search with the filter for the mode (see {@link StreetMode}). */
  com.graphhopper.storage.index.Snap ghSnap(LatLon p, StreetMode mode) {
    if (mode == StreetMode.WALK) {
      return g.locationIndex().findClosest(p.lat(), p.lon(), new DefaultSnapFilter(g.walkWeighting(), g.walkSubnetwork()));
    }
    EdgeFilter bus = new DefaultSnapFilter(g.busWeighting(), g.busSubnetwork());
    var strict = g.locationIndex().findClosest(p.lat(), p.lon(),
        new SnapPreventionEdgeFilter(bus, g.roadClass(), g.roadEnvironment(), StreetProfiles.BUS_SNAP_PREVENTIONS));
    if (strict.isValid() && strict.getQueryDistance() <= g.config().maxSnapDistanceMeters()) {
      return strict;
    }
    // Like GraphHopper's own via-routing: a stop with only a bridge or tunnel in reach still snaps to it.
    return g.locationIndex().findClosest(p.lat(), p.lon(), bus);
  }

  Snap toSnap(LatLon point, StreetMode mode, com.graphhopper.storage.index.Snap s) {
    double limit = g.config().maxSnapDistanceMeters();
    // Walkers cross unmapped ground to the nearest way (a linked snap); buses only drive on roads.
    double link = mode == StreetMode.WALK ? g.config().linkRadiusMeters() : limit;
    if (!s.isValid()) {
      return new Snap(point, mode, null, Double.POSITIVE_INFINITY, SnapFailure.NO_ROAD, limit, link, null);
    }
    GHPoint3D sp = s.getSnappedPoint();
    LatLon snapped = new LatLon(sp.lat, sp.lon);
    double distance = point.distanceTo(snapped);
    if (distance > link) {
      return new Snap(point, mode, snapped, distance, SnapFailure.TOO_FAR, limit, link, null);
    }
    return new Snap(point, mode, snapped, distance, null, limit, link, anchor(s));
  }

  /** Where on its edge a GraphHopper snap lies, measured along the edge geometry. */
  private static EdgeAnchor anchor(com.graphhopper.storage.index.Snap s) {
    EdgeIteratorState edge = s.getClosestEdge();
    PointList pl = edge.fetchWayGeometry(FetchMode.ALL);
    DistanceCalcEarth calc = DistanceCalcEarth.DIST_EARTH;
    double length = 0;
    double offset = 0;
    int wayIndex = s.getWayIndex();
    for (int i = 0; i + 1 < pl.size(); i++) {
      double seg = calc.calcDist(pl.getLat(i), pl.getLon(i), pl.getLat(i + 1), pl.getLon(i + 1));
      if (i < wayIndex) {
        offset += seg;
      }
      length += seg;
    }
    if (s.getSnappedPosition() == com.graphhopper.storage.index.Snap.Position.EDGE) {
      GHPoint3D sp = s.getSnappedPoint();
      offset += calc.calcDist(pl.getLat(wayIndex), pl.getLon(wayIndex), sp.lat, sp.lon);
    }
    return new EdgeAnchor(edge.getEdge(), edge.getBaseNode(), edge.getAdjNode(), Math.min(offset, length), length);
  }

  /**
   * Snaps a bus stop to a nearby road running in the direction of travel (GraphHopper's heading filter: within 20 m,
   * within 30 degrees, drivable that way), avoiding tunnels, bridges and motorways if possible. This is what puts a
   * stop on the right carriageway of a dual road; without it a bus would loop around blocks to reach stops on the
   * opposite side. Returns null when no such road is near, and the caller falls back to plain snapping.
   */
  com.graphhopper.storage.index.Snap headingSnap(LatLon p, double heading) {
    if (Double.isNaN(heading)) {
      return null;
    }
    DirectedEdgeFilter drivable = (edge, reverse) -> !edge.get(g.busSubnetwork())
        && Double.isFinite(g.busWeighting().calcEdgeWeight(edge, reverse));
    EdgeFilter headed = new HeadingEdgeFilter(drivable, heading, new GHPoint(p.lat(), p.lon()));
    // A search that matches nothing scans every tile in reach, so search once with the heading alone and only
    // narrow it by the snap preventions when the road found is one they exclude.
    var s = g.locationIndex().findClosest(p.lat(), p.lon(), headed);
    if (!s.isValid()) {
      return null;
    }
    EdgeFilter ordinary = new SnapPreventionEdgeFilter(headed, g.roadClass(), g.roadEnvironment(),
        StreetProfiles.BUS_SNAP_PREVENTIONS);
    if (!ordinary.accept(s.getClosestEdge())) {
      var strict = g.locationIndex().findClosest(p.lat(), p.lon(), ordinary);
      if (strict.isValid()) {
        return strict;
      }
    }
    return s;
  }
}
