package dev.loopline.planner.gis;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.gtfs.geo.GeoJsonOut;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A {@link GisTable} as a GeoJSON FeatureCollection (RFC 7946): one feature per row, the columns as properties
 * under the same names, positions [lon, lat] to 6 decimals. What the web map shows is what QGIS opens from PostGIS.
 */
public final class GisGeoJson {
  private GisGeoJson() {}

  public static ObjectNode collection(GisTable table, String name) {
    ObjectNode fc = GeoJsonOut.collection(name);
    for (GisRow r : table.rows()) {
      ObjectNode f = GeoJsonOut.feature(fc);
      geometry(f, r.geometry());
      ObjectNode p = f.putObject("properties");
      for (int i = 0; i < table.columns().size(); i++) {
        String key = table.columns().get(i).name();
        Object v = r.values().get(i);
        switch (v) {
          case null -> p.putNull(key);
          case String s -> p.put(key, s);
          case Integer n -> p.put(key, n);
          case Double d -> p.put(key, d);
          case Boolean b -> p.put(key, b);
          default -> p.put(key, v.toString());
        }
      }
    }
    return fc;
  }

  /** A single line or polygon is written as such; several as their multi type. */
  private static void geometry(ObjectNode feature, Geometry g) {
    if (g instanceof Point pt) {
      GeoJsonOut.geometry(feature, "Point").set("coordinates", GeoJsonOut.position(pt.getX(), pt.getY()));
    } else if (g.getNumGeometries() == 1 && g.getGeometryN(0) instanceof LineString l) {
      line(GeoJsonOut.geometry(feature, "LineString").putArray("coordinates"), l);
    } else if (g.getGeometryN(0) instanceof LineString) {
      ArrayNode lines = GeoJsonOut.geometry(feature, "MultiLineString").putArray("coordinates");
      for (int i = 0; i < g.getNumGeometries(); i++) {
        line(lines.addArray(), (LineString) g.getGeometryN(i));
      }
    } else if (g.getNumGeometries() == 1) {
      GeoJsonOut.polygon(GeoJsonOut.geometry(feature, "Polygon").putArray("coordinates"), (Polygon) g.getGeometryN(0),
          c -> new double[] {c.x, c.y});
    } else {
      ArrayNode polygons = GeoJsonOut.geometry(feature, "MultiPolygon").putArray("coordinates");
      for (int i = 0; i < g.getNumGeometries(); i++) {
        GeoJsonOut.polygon(polygons.addArray(), (Polygon) g.getGeometryN(i), c -> new double[] {c.x, c.y});
      }
    }
  }

  private static void line(ArrayNode coords, LineString l) {
    GeoJsonOut.positions(coords, java.util.Arrays.asList(l.getCoordinates()), c -> c.x, c -> c.y);
  }
}
