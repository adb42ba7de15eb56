package dev.loopline.planner.gis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.testing.TestPostgis;
import dev.loopline.planner.progress.OperationCancelledException;
import dev.loopline.planner.progress.ProgressListener;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/**
 * The writer on a real PostgreSQL + PostGIS: typed geometry columns QGIS recognises, indexes and comments, and the
 * all-or-nothing replacement of the schema (a failure halfway keeps the previous tables; a schema Loopline did not
 * write is never touched).
 */
class PostgisWriterTest {
  static String url;

  @BeforeAll
  static void database() {
    url = TestPostgis.freshDatabase("loopline_test_writer", true);
  }

  private static GisTable points(String name, int n, double lon) {
    GisTable.Builder t = new GisTable.Builder(name, "test points", GeometryType.POINT, "where")
        .column("label", GisColumn.TEXT, "a label").column("n", GisColumn.INTEGER, "a number")
        .column("x", GisColumn.NUMBER, "a measure").column("ok", GisColumn.BOOLEAN, "a flag");
    for (int i = 0; i < n; i++) {
      t.row(GeometryType.FACTORY.createPoint(new Coordinate(lon + i * 1e-4, 29.5)), "p" + i, i, i * 0.5,
          i % 2 == 0 ? null : Boolean.TRUE);
    }
    return t.build();
  }

  private static GisTable area(String name) {
    return new GisTable.Builder(name, "test area", GeometryType.MULTIPOLYGON, "an area")
        .column("label", GisColumn.TEXT, "a label")
        .row(GeometryType.FACTORY.toGeometry(new org.locationtech.jts.geom.Envelope(106, 106.1, 29.5, 29.6)), "box")
        .build();
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(url);
  }

  @Test
  void tablesHaveTypedGeometryAnIndexAndACommentOnEveryColumn() throws Exception {
    try (Connection c = connect()) {
      PostgisWriter.write(c, "w_typed", "test", List.of(points("pts", 2500, 106), area("box")),
          ProgressListener.none());
    }
    assertEquals(2500, count("SELECT count(*) FROM w_typed.pts"));
    assertEquals(1250, count("SELECT count(*) FROM w_typed.pts WHERE ok IS NULL"), "nulls written as nulls");
    assertEquals(1, count("SELECT count(*) FROM geometry_columns WHERE f_table_schema = 'w_typed'"
        + " AND f_table_name = 'pts' AND type = 'POINT' AND srid = 4326"));
    assertEquals(1, count("SELECT count(*) FROM geometry_columns WHERE f_table_schema = 'w_typed'"
        + " AND f_table_name = 'box' AND type = 'MULTIPOLYGON' AND srid = 4326"));
    assertEquals(2, count("SELECT count(*) FROM pg_indexes WHERE schemaname = 'w_typed' AND indexdef LIKE '%gist%'"));
    assertEquals(0, count("SELECT count(*) FROM information_schema.columns k WHERE table_schema = 'w_typed'"
        + " AND col_description(format('%I.%I', table_schema, table_name)::regclass, ordinal_position) IS NULL"),
        "every column has a comment");
    assertEquals(1, count("SELECT count(*) FROM w_typed.box WHERE ST_Contains(geom,"
        + " ST_SetSRID(ST_MakePoint(106.05, 29.55), 4326))"));
    assertTrue(count("SELECT count(*) FROM pg_namespace WHERE nspname = 'w_typed'"
        + " AND obj_description(oid, 'pg_namespace') LIKE 'Loopline export: test'") == 1);
  }

  @Test
  void aFailureHalfwayLeavesThePreviousTablesWholeAndNoLoadingSchema() throws Exception {
    try (Connection c = connect()) {
      PostgisWriter.write(c, "w_atomic", "first", List.of(points("pts", 10, 106)), ProgressListener.none());
    }
    // The second export is cancelled after its first batch of rows has been inserted.
    List<Long> seen = new ArrayList<>();
    ProgressListener cancelling = new ProgressListener() {
      @Override
      public void update(String stage, long done, long total) {
        seen.add(done);
      }

      @Override
      public boolean cancelled() {
        return !seen.isEmpty() && seen.get(seen.size() - 1) >= 1000;
      }
    };
    try (Connection c = connect()) {
      assertThrows(OperationCancelledException.class, () -> PostgisWriter.write(c, "w_atomic", "second",
          List.of(points("pts", 5000, 107), area("box")), cancelling));
    }
    assertEquals(10, count("SELECT count(*) FROM w_atomic.pts"), "the previous rows, all of them");
    assertEquals(0, count("SELECT count(*) FROM w_atomic.pts WHERE ST_X(geom) >= 107"));
    assertEquals(0, count("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'w_atomic_%'"), "no loading schema");
    assertFalse(count("SELECT count(*) FROM pg_tables WHERE schemaname = 'w_atomic' AND tablename = 'box'") > 0);
    // Finished, the same export replaces the previous tables as a whole.
    try (Connection c = connect()) {
      PostgisWriter.write(c, "w_atomic", "third", List.of(points("pts", 3, 108), area("box")), ProgressListener.none());
    }
    assertEquals(3, count("SELECT count(*) FROM w_atomic.pts"));
    assertEquals(1, count("SELECT count(*) FROM w_atomic.box"));
    assertEquals(0, count("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'w_atomic_%'"));
  }

  @Test
  void aSchemaLooplineDidNotWriteIsLeftAlone() throws Exception {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS qgis_work CASCADE");
      s.execute("CREATE SCHEMA qgis_work");
      s.execute("CREATE TABLE qgis_work.edits (note text)");
      s.execute("INSERT INTO qgis_work.edits VALUES ('mine')");
    }
    try (Connection c = connect()) {
      DatabaseException e = assertThrows(DatabaseException.class, () -> PostgisWriter.write(c, "qgis_work", "x",
          List.of(points("pts", 3, 106)), ProgressListener.none()));
      assertTrue(e.getMessage().contains("qgis_work") && e.getMessage().contains("did not write"), e.getMessage());
    }
    assertEquals(1, count("SELECT count(*) FROM qgis_work.edits"));
    assertEquals(0, count("SELECT count(*) FROM pg_tables WHERE schemaname = 'qgis_work' AND tablename = 'pts'"));
  }

  @Test
  void schemaNamesThatCouldHarmTheDatabaseAreRefused() {
    for (String bad : new String[] {"public", "pg_catalog", "information_schema", "topology", "x; DROP TABLE y",
        "Upper", "", "a".repeat(52)}) {
      assertTrue(PostgisWriter.checkSchemaName(bad) != null, bad);
    }
    assertEquals(null, PostgisWriter.checkSchemaName("loopline_2026"));
  }
}
