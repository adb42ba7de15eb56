package dev.loopline.osm.graphhopper;

import com.graphhopper.GraphHopper;
import com.graphhopper.isochrone.algorithm.ContourBuilder;
import com.graphhopper.isochrone.algorithm.JTSTriangulator;
import com.graphhopper.isochrone.algorithm.ShortestPathTree;
import com.graphhopper.isochrone.algorithm.Triangulator;
import com.graphhopper.routing.querygraph.QueryGraph;
import com.graphhopper.routing.util.TraversalMode;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.NodeAccess;
import dev.loopline.osm.Snap;
import dev.loopline.gtfs.geo.LocalProjection;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Walk catchments the way GraphHopper's isochrone service draws them: a walking tree run a little past the limit,
 * a Delaunay triangulation of the reached junctions with their times as heights, and the contour at the limit. The
 * part containing the origin is kept, without holes, which is what a map of "10 minutes on foot" should show.
 */
final class WalkCatchments {
  private static final GeometryFactory GF = new GeometryFactory();
  /** Fallback half-width of the reached streets when the tree is too small to triangulate. */
  private static final double FALLBACK_STREET_BUFFER_METERS = 25;

  private WalkCatchments() {}

  static Polygon polygon(GraphHopper hopper, BaseGraph graph, Weighting weighting, double speed, Snap origin,
      com.graphhopper.storage.index.Snap ghSnap, double maxSeconds) {
    if (!(maxSeconds > 0)) {
      throw new IllegalArgumentException("maxSeconds must be positive, was " + maxSeconds);
    }
    if (!origin.ok()) {
      return GF.createPolygon();
    }
    double limitMillis = (maxSeconds - origin.offRoadMeters() / speed) * 1000;
    if (limitMillis <= 0) {
      return GF.createPolygon();
    }
    QueryGraph qg = QueryGraph.create(graph, ghSnap);
    Point start = GF.createPoint(new Coordinate(origin.snapped().lon(), origin.snapped().lat()));
    // Explore beyond the limit so that the contour at the limit has triangles on both sides (as GraphHopper does).
    ShortestPathTree spt = new ShortestPathTree(qg, qg.wrapWeighting(weighting), false, TraversalMode.NODE_BASED);
    spt.setTimeLimit(limitMillis + Math.max(limitMillis * 0.14, 200_000));
    try {
      Triangulator.Result tri = new JTSTriangulator(hopper.getRouterConfig())
          .triangulate(ghSnap, qg, spt, label -> label.time, 0);
      MultiPolygon contour = new ContourBuilder(tri.triangulation).computeIsoline(limitMillis, tri.seedEdges);
      Polygon main = mainPart(contour, start);
      if (main != null) {
        return GF.createPolygon((LinearRing) main.getExteriorRing().copy());
      }
    } catch (IllegalArgumentException tooFewPoints) {
      // a tree of one or two junctions cannot be triangulated: fall through to the buffered streets
    }
    return bufferedReach(qg, weighting, ghSnap.getClosestNode(), limitMillis, start);
  }

  private static Polygon mainPart(MultiPolygon contour, Point start) {
    Polygon largest = null;
    for (int i = 0; i < contour.getNumGeometries(); i++) {
      Polygon p = (Polygon) contour.getGeometryN(i);
      if (p.contains(start)) {
        return p;
      }
      if (largest == null || p.getNumPoints() > largest.getNumPoints()) {
        largest = p;
      }
    }
    return largest;
  }

  /** The reached junctions joined to their tree parents, buffered: a thin but honest catchment. */
  private static Polygon bufferedReach(QueryGraph qg, Weighting weighting, int startNode, double limitMillis,
      Point start) {
    NodeAccess na = qg.getNodeAccess();
    List<Geometry> lines = new ArrayList<>();
    lines.add(start);
    ShortestPathTree spt = new ShortestPathTree(qg, qg.wrapWeighting(weighting), false, TraversalMode.NODE_BASED);
    spt.setTimeLimit(limitMillis);
    spt.search(startNode, label -> {
      if (label.parent != null) {
        lines.add(GF.createLineString(new Coordinate[] {
            new Coordinate(na.getLon(label.parent.node), na.getLat(label.parent.node)),
            new Coordinate(na.getLon(label.node), na.getLat(label.node))}));
      }
    });
    Geometry reach = GF.buildGeometry(lines);
    LocalProjection proj = new LocalProjection(start.getY(), start.getX());
    Geometry buffered = proj.toLonLat(proj.toMeters(reach).buffer(FALLBACK_STREET_BUFFER_METERS));
    Polygon main = buffered instanceof Polygon p ? p : null;
    if (main == null) {
      for (int i = 0; i < buffered.getNumGeometries(); i++) {
        Polygon p = (Polygon) buffered.getGeometryN(i);
        if (p.contains(start) || main == null) {
          main = p;
        }
      }
    }
    return GF.createPolygon((LinearRing) main.getExteriorRing().copy());
  }
}
