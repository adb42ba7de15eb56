package dev.loopline.gtfs.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL + PostGIS server the database tests of every module use: {@code LOOPLINE_TEST_PG} (a JDBC URL of a database
 * the tests may create databases from), else {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres} (trust
 * auth, as {@code .ci/run} sets it up). Tests skip when no server answers, but fail under CI ({@code CI=true}) or
 * with {@code LOOPLINE_REQUIRE_FIXTURES=1}: there the server is part of the fixtures.
 */
public final class TestPostgis {
  private TestPostgis() {}

  public static String adminUrl() {
    String url = System.getenv("LOOPLINE_TEST_PG");
    return url != null && !url.isBlank() ? url : "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres";
  }

  public static boolean required() {
    return "1".equals(System.getenv("LOOPLINE_REQUIRE_FIXTURES")) || "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /**
   * A new, empty database called {@code name} (dropped first when it exists) with the PostGIS extension created,
   * as a JDBC URL for the same user.
   */
  public static String freshDatabase(String name, boolean withPostgis) {
    String admin = adminUrl();
    try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      unavailable(admin, e);
    }
    String url = withDatabase(admin, name);
    if (withPostgis) {
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
      } catch (SQLException e) {
        throw new AssertionError("PostgreSQL answers at " + admin + " but PostGIS cannot be created (" + e.getMessage()
            + "); install postgresql-15-postgis-3 (.ci/run does)", e);
      }
    }
    return url;
  }

  /** The same server and parameters, another database. */
  public static String withDatabase(String url, String database) {
    return url.replaceFirst("^(jdbc:postgresql://[^/?]+/)[^?]*", "$1" + database);
  }

  private static void unavailable(String url, SQLException e) {
    String why = "no PostgreSQL server at " + url + " (" + e.getMessage() + ")";
    if (required()) {
      throw new AssertionError(why + "; CI and LOOPLINE_REQUIRE_FIXTURES=1 require it (.ci/run starts it)", e);
    }
    Assumptions.abort(why);
  }
}
