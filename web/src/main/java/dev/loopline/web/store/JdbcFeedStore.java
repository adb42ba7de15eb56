package dev.loopline.web.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link FeedStore} on the application's database, tables {@code feed_version} and {@code merge_report} (Flyway V3).
 * Each record is one INSERT, so it is whole or absent whatever stops the process; numbering is serialised in this
 * process, and the primary keys refuse a second writer's clash rather than let two records share a number.
 */
@Repository
public class JdbcFeedStore implements FeedStore {
  private static final String VERSION_COLUMNS = "feed_id, version, sha256, file_name, size_bytes, origin, location,"
      + " crs, encoding, author, errors, warnings, infos, notices, recorded_at";
  private static final String MERGE_COLUMNS = "id, origin, author, repair, inputs, unified_sha256, report_sha256,"
      + " report, recorded_at";

  private final JdbcClient db;
  private final Clock clock;

  @Autowired
  public JdbcFeedStore(JdbcClient db) {
    this(db, Clock.systemUTC());
  }

  JdbcFeedStore(JdbcClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public synchronized FeedVersion record(FeedVersion v) {
    Optional<FeedVersion> known = find(v.feedId(), v.sha256());
    if (known.isPresent()) {
      return known.get();
    }
    int next = db.sql("SELECT COALESCE(max(version), 0) + 1 FROM feed_version WHERE feed_id = ?").param(v.feedId())
        .query(Integer.class).single();
    FeedVersion r = v.numbered(next, now());
    db.sql("INSERT INTO feed_version (" + VERSION_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(r.feedId(), r.version(), r.sha256(), r.fileName(), r.sizeBytes(), r.origin(), r.location(), r.crs(),
            r.encoding(), r.author(), r.errors(), r.warnings(), r.infos(), r.notices(), Timestamp.from(r.recorded()))
        .update();
    return r;
  }

  @Override
  public Optional<FeedVersion> find(String feedId, String sha256) {
    return db.sql("SELECT " + VERSION_COLUMNS + " FROM feed_version WHERE feed_id = ? AND sha256 = ?")
        .params(feedId, sha256).query(JdbcFeedStore::version).optional();
  }

  @Override
  public Optional<FeedVersion> find(String feedId, int version) {
    return db.sql("SELECT " + VERSION_COLUMNS + " FROM feed_version WHERE feed_id = ? AND version = ?")
        .params(feedId, version).query(JdbcFeedStore::version).optional();
  }

  @Override
  public List<FeedVersion> versions() {
    return db.sql("SELECT " + VERSION_COLUMNS + " FROM feed_version ORDER BY feed_id, version")
        .query(JdbcFeedStore::version).list();
  }

  @Override
  public List<FeedVersion> current() {
    return db.sql("SELECT " + VERSION_COLUMNS + " FROM feed_version v WHERE version = (SELECT max(version) FROM"
            + " feed_version w WHERE w.feed_id = v.feed_id) ORDER BY feed_id")
        .query(JdbcFeedStore::version).list();
  }

  @Override
  public synchronized MergeRecord record(MergeRecord m) {
    int next = db.sql("SELECT COALESCE(max(id), 0) + 1 FROM merge_report").query(Integer.class).single();
    MergeRecord r = m.numbered(next, now());
    db.sql("INSERT INTO merge_report (" + MERGE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(r.id(), r.origin(), r.author(), r.repair(), r.inputs(), r.unifiedSha256(), r.reportSha256(),
            r.report(), Timestamp.from(r.recorded()))
        .update();
    return r;
  }

  @Override
  public Optional<MergeRecord> merge(int id) {
    return db.sql("SELECT " + MERGE_COLUMNS + " FROM merge_report WHERE id = ?").param(id)
        .query(JdbcFeedStore::merge).optional();
  }

  @Override
  public Optional<MergeRecord> mergeWithReport(String reportSha256) {
    return db.sql("SELECT " + MERGE_COLUMNS + " FROM merge_report WHERE report_sha256 = ? ORDER BY id")
        .param(reportSha256).query(JdbcFeedStore::merge).list().stream().findFirst();
  }

  @Override
  public List<MergeRecord> merges() {
    return db.sql("SELECT " + MERGE_COLUMNS + " FROM merge_report ORDER BY id DESC").query(JdbcFeedStore::merge)
        .list();
  }

  /** Now, to the microsecond both databases keep, so that a record reads back equal to what was returned. */
  private Instant now() {
    return Instant.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
  }

  private static FeedVersion version(ResultSet rs, int n) throws SQLException {
    return new FeedVersion(rs.getString("feed_id"), rs.getInt("version"), rs.getString("sha256"),
        rs.getString("file_name"), rs.getLong("size_bytes"), rs.getString("origin"), rs.getString("location"),
        rs.getString("crs"), rs.getString("encoding"), rs.getString("author"), rs.getInt("errors"),
        rs.getInt("warnings"), rs.getInt("infos"), rs.getString("notices"), rs.getTimestamp("recorded_at").toInstant());
  }

  private static MergeRecord merge(ResultSet rs, int n) throws SQLException {
    return new MergeRecord(rs.getInt("id"), rs.getString("origin"), rs.getString("author"), rs.getBoolean("repair"),
        rs.getString("inputs"), rs.getString("unified_sha256"), rs.getString("report_sha256"),
        rs.getString("report"), rs.getTimestamp("recorded_at").toInstant());
  }
}
