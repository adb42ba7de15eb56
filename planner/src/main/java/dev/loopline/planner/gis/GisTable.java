package dev.loopline.planner.gis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * One layer as a database table: name, what it holds (the table comment), its attribute columns, its geometry type
 * and what the geometry is (the geometry column's comment), and its rows in a stable order. The writer adds an
 * integer key {@code fid} (1, 2, ... in row order) that QGIS uses as the feature id.
 */
public record GisTable(String name, String comment, List<GisColumn> columns, GeometryType geometryType,
                       String geometryComment, List<GisRow> rows) {
  public GisTable {
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("table names are lower-case identifiers: " + name);
    }
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    Objects.requireNonNull(geometryType, "geometryType");
    Set<String> names = new HashSet<>(List.of("fid", "geom"));
    for (GisColumn c : columns) {
      if (!names.add(c.name())) {
        throw new IllegalArgumentException(name + ": column " + c.name() + " twice (fid and geom are the writer's)");
      }
    }
    for (GisRow r : rows) {
      if (r.values().size() != columns.size()) {
        throw new IllegalArgumentException(name + ": a row has " + r.values().size() + " values for "
            + columns.size() + " columns");
      }
      for (int i = 0; i < columns.size(); i++) {
        if (!columns.get(i).accepts(r.values().get(i))) {
          throw new IllegalArgumentException(name + "." + columns.get(i).name() + ": "
              + r.values().get(i).getClass().getSimpleName() + " is not " + columns.get(i).type());
        }
      }
    }
  }

  /** Collects the rows of a table; rows whose geometry has nothing of the table's type are left out. */
  public static final class Builder {
    private final String name;
    private final String comment;
    private final GeometryType type;
    private final String geometryComment;
    private final List<GisColumn> columns = new ArrayList<>();
    private final List<GisRow> rows = new ArrayList<>();

    public Builder(String name, String comment, GeometryType type, String geometryComment) {
      this.name = name;
      this.comment = comment;
      this.type = type;
      this.geometryComment = geometryComment;
    }

    public Builder column(String column, String sqlType, String columnComment) {
      columns.add(new GisColumn(column, sqlType, columnComment));
      return this;
    }

    /** Adds a row (values in column order) unless its geometry, coerced to the table's type, is empty. */
    public Builder row(Geometry geometry, Object... values) {
      Geometry g = type.coerce(geometry);
      if (!g.isEmpty()) {
        rows.add(new GisRow(Arrays.asList(values), g));
      }
      return this;
    }

    public GisTable build() {
      return new GisTable(name, comment, columns, type, geometryComment, rows);
    }
  }
}
