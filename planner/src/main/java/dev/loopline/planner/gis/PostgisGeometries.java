package dev.loopline.planner.gis;

import net.postgis.jdbc.PGgeometry;
import net.postgis.jdbc.geometry.LineString;
import net.postgis.jdbc.geometry.LinearRing;
import net.postgis.jdbc.geometry.MultiLineString;
import net.postgis.jdbc.geometry.MultiPolygon;
import net.postgis.jdbc.geometry.Point;
import net.postgis.jdbc.geometry.Polygon;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** JTS geometries (lon/lat) as PostGIS JDBC geometries with SRID 4326, the types a typed geometry column takes. */
final class PostgisGeometries {
  private PostgisGeometries() {}

  static PGgeometry of(Geometry g) {
    net.postgis.jdbc.geometry.Geometry out = switch (g) {
      case org.locationtech.jts.geom.Point p -> point(p.getCoordinate());
      case org.locationtech.jts.geom.LineString l -> line(l);
      case org.locationtech.jts.geom.MultiLineString m -> {
        LineString[] lines = new LineString[m.getNumGeometries()];
        for (int i = 0; i < lines.length; i++) {
          lines[i] = line((org.locationtech.jts.geom.LineString) m.getGeometryN(i));
        }
        yield new MultiLineString(lines);
      }
      case org.locationtech.jts.geom.MultiPolygon m -> {
        Polygon[] polygons = new Polygon[m.getNumGeometries()];
        for (int i = 0; i < polygons.length; i++) {
          polygons[i] = polygon((org.locationtech.jts.geom.Polygon) m.getGeometryN(i));
        }
        yield new MultiPolygon(polygons);
      }
      default -> throw new IllegalArgumentException("no table holds a " + g.getGeometryType());
    };
    out.setSrid(GeometryType.SRID);
    return new PGgeometry(out);
  }

  private static Point point(Coordinate c) {
    return new Point(c.x, c.y);
  }

  private static LineString line(org.locationtech.jts.geom.LineString l) {
    return new LineString(points(l.getCoordinates()));
  }

  private static Polygon polygon(org.locationtech.jts.geom.Polygon p) {
    LinearRing[] rings = new LinearRing[1 + p.getNumInteriorRing()];
    rings[0] = new LinearRing(points(p.getExteriorRing().getCoordinates()));
    for (int i = 0; i < p.getNumInteriorRing(); i++) {
      rings[i + 1] = new LinearRing(points(p.getInteriorRingN(i).getCoordinates()));
    }
    return new Polygon(rings);
  }

  private static Point[] points(Coordinate[] coords) {
    Point[] out = new Point[coords.length];
    for (int i = 0; i < coords.length; i++) {
      out[i] = point(coords[i]);
    }
    return out;
  }
}
