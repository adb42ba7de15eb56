package dev.loopline.planner.app;

import java.util.Map;

/**
 * What an export to PostGIS wrote.
 *
 * @param schema the schema now holding the tables
 * @param rows   rows per table, in the order written
 */
public record PostgisExportResult(String schema, Map<String, Integer> rows) {
  public PostgisExportResult {
    rows = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rows));
  }
}
