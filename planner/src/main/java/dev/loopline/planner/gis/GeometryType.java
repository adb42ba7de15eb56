package dev.loopline.planner.gis;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The geometry type of a table's {@code geom} column. QGIS reads the type and SRID from a typed column
 * ({@code geometry(MultiLineString, 4326)}), so every row of a table holds exactly that type: clipping a line to a
 * district may give several pieces or a stray point where it touches a border, and {@link #coerce} keeps only the
 * pieces of the table's dimension.
 */
public enum GeometryType {
  POINT("Point"), LINESTRING("LineString"), MULTILINESTRING("MultiLineString"), MULTIPOLYGON("MultiPolygon");

  /** WGS84 lon/lat, the SRID every table is written in. */
  public static final int SRID = 4326;
  public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

  private final String sqlName;

  GeometryType(String sqlName) {
    this.sqlName = sqlName;
  }

  /** The PostGIS type name, e.g. {@code MultiLineString}. */
  public String sqlName() {
    return sqlName;
  }

  /**
   * The geometry as this type: a point stays a point, lines and polygons are gathered into their multi type
   * (pieces of other dimensions dropped). Empty when nothing of this dimension is left.
   */
  public Geometry coerce(Geometry g) {
    return switch (this) {
      case POINT -> {
        if (!(g instanceof Point p)) {
          throw new IllegalArgumentException("not a point: " + g.getGeometryType());
        }
        yield p;
      }
      case LINESTRING -> {
        if (!(g instanceof LineString l)) {
          throw new IllegalArgumentException("not a line: " + g.getGeometryType());
        }
        yield l;
      }
      case MULTILINESTRING -> FACTORY.createMultiLineString(parts(g, LineString.class).toArray(new LineString[0]));
      case MULTIPOLYGON -> FACTORY.createMultiPolygon(parts(g, Polygon.class).toArray(new Polygon[0]));
    };
  }

  private static <T extends Geometry> List<T> parts(Geometry g, Class<T> kind) {
    List<T> out = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part != g && part.getNumGeometries() > 1) {
        out.addAll(parts(part, kind));
      } else if (kind.isInstance(part) && !part.isEmpty()) {
        out.add(kind.cast(part));
      }
    }
    return out;
  }
}
