package dev.loopline.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.planner.gis.GeometryType;
import dev.loopline.planner.gis.GisColumn;
import dev.loopline.planner.gis.GisTable;
import dev.loopline.planner.gis.PostgisWriter;
import dev.loopline.gtfs.testing.TestPostgis;
import dev.loopline.planner.network.TestNetworkDirs;
import dev.loopline.planner.progress.ProgressListener;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

/**
 * kill -9 in the middle of {@code export --postgis}: a child JVM is killed while its transaction is writing the
 * tables. The previous export must be exactly as it was and no half-built schema may remain; the next run replaces
 * it and says what it wrote.
 */
class PostgisKillTest {
  @TempDir
  Path dir;

  private static long count(String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** The server pid of a running export that holds its write lock (it is inside the writing transaction). */
  private static long writingBackend(String url) throws SQLException {
    return count(url, "SELECT coalesce(max(a.pid), 0) FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid"
        + " WHERE a.application_name = 'loopline export' AND l.locktype = 'advisory' AND l.granted");
  }

  @Test
  void killingAnExportKeepsThePreviousTablesAndLeavesNoHalfSchema() throws Exception {
    String url = TestPostgis.freshDatabase("loopline_test_kill", true);
    String network = TestNetworkDirs.sample().dir().toString();
    GisTable previous = new GisTable.Builder("stops", "the previous export", GeometryType.POINT, "where")
        .column("stop_id", GisColumn.TEXT, "id")
        .row(GeometryType.FACTORY.createPoint(new Coordinate(106.3, 29.6)), "before").build();
    try (Connection c = DriverManager.getConnection(url)) {
      PostgisWriter.write(c, "sc", "previous", List.of(previous), ProgressListener.none());
    }
    String[] export = {"export", "--network", network, "--postgis", url, "--schema", "sc"};
    boolean killed = false;
    for (int attempt = 1; attempt <= 3 && !killed; attempt++) {
      Process p = ChildJvm.start(dir.resolve("logs-" + attempt), List.of("-Xmx2g"), export);
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
      long backend = 0;
      while (backend == 0 && p.isAlive() && System.nanoTime() < deadline) {
        backend = writingBackend(url);
        Thread.sleep(5);
      }
      p.destroyForcibly().waitFor(); // SIGKILL: no finally block, no rollback from the client
      killed = backend != 0 && p.exitValue() == 137;
      // The server notices the closed connection and rolls the transaction back.
      long wait = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (count(url, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'loopline export'") > 0
          && System.nanoTime() < wait) {
        Thread.sleep(20);
      }
    }
    assertTrue(killed, "the child was never caught writing");
    assertEquals(1, count(url, "SELECT count(*) FROM sc.stops WHERE stop_id = 'before'"), "previous rows kept");
    assertEquals(1, count(url, "SELECT count(*) FROM sc.stops"));
    assertEquals(1, count(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'sc'"), "no new table leaked");
    assertEquals(0, count(url, "SELECT count(*) FROM pg_namespace WHERE nspname = 'sc_loading'"));

    ValidateCommandTest.Run again = ValidateCommandTest.run(export);
    assertEquals(0, again.code(), again.err());
    assertTrue(again.out().contains("wrote schema sc") && again.out().contains("population_cells"), again.out());
    assertEquals(0, count(url, "SELECT count(*) FROM sc.stops WHERE stop_id = 'before'"));
    assertTrue(count(url, "SELECT count(*) FROM sc.stops") > 100);
  }

  @Test
  void exportNeedsEitherAZipOrADatabase() {
    ValidateCommandTest.Run neither = ValidateCommandTest.run("export", "--network", dir.toString());
    ValidateCommandTest.Run both = ValidateCommandTest.run("export", "--network", dir.toString(), "--out",
        dir.resolve("x.zip").toString(), "--postgis", "jdbc:postgresql://127.0.0.1/x");
    for (ValidateCommandTest.Run r : List.of(neither, both)) {
      assertEquals(1, r.code(), r.err());
      assertEquals("loopline export: give either --out ZIP (a GTFS zip) or --postgis JDBC_URL (PostGIS tables)",
          r.err().strip());
    }
  }
}
