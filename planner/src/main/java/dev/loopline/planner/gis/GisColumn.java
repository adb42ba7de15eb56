package dev.loopline.planner.gis;

import java.util.Objects;

/**
 * One attribute column of a {@link GisTable}: its name, its SQL type and the comment a GIS user reads.
 *
 * @param type one of {@link #TEXT}, {@link #INTEGER}, {@link #NUMBER}, {@link #BOOLEAN}
 */
public record GisColumn(String name, String type, String comment) {
  public static final String TEXT = "text";
  public static final String INTEGER = "integer";
  public static final String NUMBER = "double precision";
  public static final String BOOLEAN = "boolean";

  public GisColumn {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw new IllegalArgumentException("column names are lower-case identifiers: " + name);
    }
    if (!type.equals(TEXT) && !type.equals(INTEGER) && !type.equals(NUMBER) && !type.equals(BOOLEAN)) {
      throw new IllegalArgumentException("unknown column type " + type);
    }
    Objects.requireNonNull(comment, "comment");
  }

  /** Whether a row value fits this column ({@code null} always does). */
  boolean accepts(Object value) {
    return value == null || switch (type) {
      case TEXT -> value instanceof String;
      case INTEGER -> value instanceof Integer;
      case NUMBER -> value instanceof Double;
      default -> value instanceof Boolean;
    };
  }
}
