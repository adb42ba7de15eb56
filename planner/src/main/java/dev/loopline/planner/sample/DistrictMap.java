package dev.loopline.planner.sample;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * The six district polygons, made so that they tile the region exactly: the envelope and the border polylines are
 * noded together and polygonized (JTS), and each face is given to the district whose seed point it contains. Two
 * neighbours therefore share the very same boundary vertices, and nothing is left over or counted twice.
 * Polygons are in the generator's plane (metres); {@link DistrictGeoJson} writes them as WGS-84.
 */
public final class DistrictMap {
  private static final GeometryFactory GF = new GeometryFactory();

  private final List<Polygon> polygons;
  private final List<PreparedGeometry> prepared;
  private final Polygon envelope;

  DistrictMap(Layout layout) {
    double w = layout.halfWidth;
    double h = layout.halfHeight;
    envelope = GF.createPolygon(new Coordinate[] {new Coordinate(-w, -h), new Coordinate(w, -h),
        new Coordinate(w, h), new Coordinate(-w, h), new Coordinate(-w, -h)});
    List<Geometry> lines = new ArrayList<>();
    lines.add(envelope.getExteriorRing());
    for (List<Xy> border : layout.districtBorders) {
      lines.add(line(border));
    }
    Geometry noded = GF.buildGeometry(lines).union();
    Polygonizer polygonizer = new Polygonizer();
    polygonizer.add(noded);
    @SuppressWarnings("unchecked")
    Collection<Polygon> faces = polygonizer.getPolygons();
    List<Polygon> byDistrict = new ArrayList<>();
    for (Xy seed : layout.districtSeeds) {
      Point p = GF.createPoint(new Coordinate(seed.x(), seed.y()));
      Polygon found = null;
      for (Polygon face : faces) {
        if (face.contains(p)) {
          found = face;
        }
      }
      if (found == null) {
        throw new IllegalStateException("district seed " + seed + " lies in no face of the border map");
      }
      // JTS builds the faces through hash-ordered structures, so a ring may start at any of its vertices from one
      // run to the next; the normal form (fixed start vertex and orientation) keeps the output byte-identical.
      byDistrict.add((Polygon) found.norm());
    }
    if (faces.size() != layout.districtSeeds.size()
        || byDistrict.stream().map(Polygon::toText).distinct().count() != faces.size()) {
      throw new IllegalStateException("district borders make " + faces.size() + " faces, expected "
          + layout.districtSeeds.size() + " (one per district)");
    }
    polygons = List.copyOf(byDistrict);
    prepared = polygons.stream().map(PreparedGeometryFactory::prepare).toList();
  }

  private static LineString line(List<Xy> pts) {
    Coordinate[] c = new Coordinate[pts.size()];
    for (int i = 0; i < c.length; i++) {
      c[i] = new Coordinate(pts.get(i).x(), pts.get(i).y());
    }
    return GF.createLineString(c);
  }

  /** The district polygons in {@link DistrictSpec#ALL} order, in plane metres. */
  public List<Polygon> polygons() {
    return polygons;
  }

  public Polygon envelope() {
    return envelope;
  }

  /** Index into {@link DistrictSpec#ALL} of the district containing the point; -1 outside the region. */
  public int locate(double x, double y) {
    Point p = GF.createPoint(new Coordinate(x, y));
    for (int i = 0; i < prepared.size(); i++) {
      if (prepared.get(i).covers(p)) {
        return i;
      }
    }
    return -1;
  }

  /** Distance from a point to the boundary of district {@code index}, metres. */
  public double distanceToBoundary(int index, double x, double y) {
    return polygons.get(index).getExteriorRing().distance(GF.createPoint(new Coordinate(x, y)));
  }
}
