package dev.loopline.planner.gis;

import dev.loopline.planner.progress.ProgressCounter;
import dev.loopline.planner.progress.ProgressListener;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes {@link GisTable}s into one PostgreSQL schema as PostGIS tables QGIS opens directly: an integer key
 * {@code fid}, the attribute columns, a typed {@code geom} column ({@code geometry(MultiPolygon, 4326)}, ...) with a
 * GiST index, and comments on the schema, every table and every column.
 *
 * <p>All or nothing: the tables are built in a new schema inside one transaction, and only at its end the previous
 * schema of that name (if Loopline wrote it) is dropped and the new one renamed in its place. PostgreSQL's DDL is
 * transactional, so a failure, a lost connection or a killed process leaves the previous tables exactly as they
 * were and no half-built schema behind. Two exports to the same schema wait for each other (an advisory lock).
 * A schema Loopline did not write is never replaced.
 */
public final class PostgisWriter {
  /** Start of the comment that marks a schema as Loopline's to replace. */
  public static final String MARKER = "Loopline export";
  /** Lower-case identifiers only, short enough to leave room for the loading suffix within PostgreSQL's 63. */
  private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,50}");
  private static final String LOADING = "_loading";
  private static final List<String> RESERVED = List.of("public", "information_schema", "topology", "tiger",
      "tiger_data");
  private static final int BATCH = 1_000;

  private PostgisWriter() {}

  /** Null when the name can be a schema of ours, else why not. */
  public static String checkSchemaName(String schema) {
    if (schema == null || !SCHEMA.matcher(schema).matches()) {
      return "must be a lower-case identifier (letters, digits, _; at most 51 characters), got '" + schema + "'";
    }
    if (RESERVED.contains(schema) || schema.startsWith("pg_")) {
      return "'" + schema + "' is a schema PostgreSQL or PostGIS keeps for itself; choose another name";
    }
    return null;
  }

  /**
   * Writes the tables, replacing the schema as one transaction.
   *
   * @param description what was exported (becomes the schema comment after {@link #MARKER})
   * @return rows written per table, in table order
   * @throws DatabaseException when the database lacks PostGIS or the schema is not Loopline's to replace
   * @throws SQLException when the database fails otherwise (nothing is changed)
   */
  public static Map<String, Integer> write(Connection c, String schema, String description, List<GisTable> tables,
                                           ProgressListener progress) throws SQLException {
    String problem = checkSchemaName(schema);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      Map<String, Integer> written = writeInTransaction(c, schema, description, tables, progress);
      c.commit();
      return written;
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(c, e);
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  /**
   * Checks, before any long work, that {@link #write} can succeed as far as the database is concerned: PostGIS is
   * there (or can be created) and the schema is Loopline's to replace. Changes nothing.
   *
   * @throws DatabaseException when it cannot
   */
  public static void preflight(Connection c, String schema) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      requirePostgis(c);
      requireOurs(c, schema);
      requireOurs(c, schema + LOADING);
    } finally {
      c.rollback();
      c.setAutoCommit(autoCommit);
    }
  }

  private static Map<String, Integer> writeInTransaction(Connection c, String schema, String description,
                                                         List<GisTable> tables, ProgressListener progress)
      throws SQLException {
    try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
      lock.setString(1, "loopline-export:" + schema);
      lock.execute();
    }
    requirePostgis(c);
    String staging = schema + LOADING;
    requireOurs(c, schema);
    requireOurs(c, staging);
    try (Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + staging + " CASCADE");
      s.execute("CREATE SCHEMA " + staging);
    }
    long total = tables.stream().mapToLong(t -> t.rows().size()).sum();
    ProgressCounter counter = new ProgressCounter(progress, "write tables", total);
    Map<String, Integer> written = new LinkedHashMap<>();
    for (GisTable t : tables) {
      createTable(c, staging, t);
      insertRows(c, staging, t, counter);
      written.put(t.name(), t.rows().size());
    }
    try (Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      s.execute("ALTER SCHEMA " + staging + " RENAME TO " + schema);
      s.execute("COMMENT ON SCHEMA " + schema + " IS " + literal(MARKER + ": " + description));
      for (GisTable t : tables) {
        s.execute("ANALYZE " + schema + "." + t.name());
      }
    }
    return written;
  }

  private static void requirePostgis(Connection c) throws SQLException {
    if (hasPostgis(c)) {
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute("SAVEPOINT postgis");
      s.execute("CREATE EXTENSION IF NOT EXISTS postgis");
      s.execute("RELEASE SAVEPOINT postgis");
    } catch (SQLException e) {
      try (Statement s = c.createStatement()) {
        s.execute("ROLLBACK TO SAVEPOINT postgis");
      }
      throw new DatabaseException("database " + c.getCatalog() + " has no PostGIS and it cannot be added here ("
          + firstLine(e) + "); install PostGIS on the server (Debian: postgresql-15-postgis-3) and run"
          + " 'CREATE EXTENSION postgis' in the database as its owner", e);
    }
  }

  static boolean hasPostgis(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")) {
      return rs.next();
    }
  }

  /** A schema may be replaced when it is absent, empty, or marked as a Loopline export. */
  private static void requireOurs(Connection c, String schema) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT obj_description(n.oid, 'pg_namespace'),"
        + " (SELECT count(*) FROM pg_class k WHERE k.relnamespace = n.oid)"
        + " + (SELECT count(*) FROM pg_proc f WHERE f.pronamespace = n.oid)"
        + " + (SELECT count(*) FROM pg_type y WHERE y.typnamespace = n.oid AND y.typrelid = 0)"
        + " FROM pg_namespace n WHERE n.nspname = ?")) {
      p.setString(1, schema);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return;
        }
        String comment = rs.getString(1);
        long objects = rs.getLong(2);
        if (objects > 0 && (comment == null || !comment.startsWith(MARKER))) {
          throw new DatabaseException("schema " + schema + " already holds " + objects + " object"
              + (objects == 1 ? "" : "s") + " that Loopline did not write; it is left alone: choose another --schema");
        }
      }
    }
  }

  private static void createTable(Connection c, String schema, GisTable t) throws SQLException {
    String table = schema + "." + t.name();
    StringBuilder ddl = new StringBuilder("CREATE TABLE ").append(table).append(" (fid integer PRIMARY KEY");
    t.columns().forEach(col -> ddl.append(", ").append(col.name()).append(' ').append(col.type()));
    ddl.append(", geom geometry(").append(t.geometryType().sqlName()).append(", ").append(GeometryType.SRID)
        .append(") NOT NULL)");
    try (Statement s = c.createStatement()) {
      s.execute(ddl.toString());
      s.execute("CREATE INDEX " + t.name() + "_geom_idx ON " + table + " USING gist (geom)");
      s.execute("COMMENT ON TABLE " + table + " IS " + literal(t.comment()));
      s.execute("COMMENT ON COLUMN " + table + ".fid IS " + literal("row number, the feature id for QGIS"));
      for (var col : t.columns()) {
        s.execute("COMMENT ON COLUMN " + table + "." + col.name() + " IS " + literal(col.comment()));
      }
      s.execute("COMMENT ON COLUMN " + table + ".geom IS " + literal(t.geometryComment()));
    }
  }

  private static void insertRows(Connection c, String schema, GisTable t, ProgressCounter counter)
      throws SQLException {
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(schema).append('.').append(t.name())
        .append(" VALUES (?");
    for (int i = 0; i <= t.columns().size(); i++) {
      sql.append(", ?");
    }
    sql.append(')');
    try (PreparedStatement p = c.prepareStatement(sql.toString())) {
      int id = 0;
      int pending = 0;
      for (GisRow r : t.rows()) {
        p.setInt(1, ++id);
        for (int i = 0; i < t.columns().size(); i++) {
          Object v = r.values().get(i);
          if (v == null) {
            p.setNull(i + 2, sqlType(t.columns().get(i).type()));
          } else {
            p.setObject(i + 2, v);
          }
        }
        p.setObject(t.columns().size() + 2, PostgisGeometries.of(r.geometry()));
        p.addBatch();
        if (++pending == BATCH) {
          p.executeBatch();
          counter.step(pending);
          pending = 0;
        }
      }
      if (pending > 0) {
        p.executeBatch();
        counter.step(pending);
      }
    }
  }

  private static int sqlType(String type) {
    return switch (type) {
      case GisColumn.TEXT -> Types.VARCHAR;
      case GisColumn.INTEGER -> Types.INTEGER;
      case GisColumn.NUMBER -> Types.DOUBLE;
      default -> Types.BOOLEAN;
    };
  }

  /** A SQL string literal (standard_conforming_strings is on since PostgreSQL 9.1). */
  static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String firstLine(SQLException e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static void rollbackQuietly(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException r) {
      cause.addSuppressed(r);
    }
  }
}
