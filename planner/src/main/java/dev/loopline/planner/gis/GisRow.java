package dev.loopline.planner.gis;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a {@link GisTable}: its attribute values in column order ({@code null} for none) and its geometry
 * in lon/lat (WGS84), of the table's geometry type.
 */
public record GisRow(List<Object> values, Geometry geometry) {
  public GisRow {
    values = Collections.unmodifiableList(Arrays.asList(values.toArray()));
    Objects.requireNonNull(geometry, "geometry");
  }
}
