package dev.loopline.web.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** {@link JobStore} on the application's database, tables {@code job} (Flyway V2) and {@code job_layer} (V4). */
@Repository
@Transactional
public class JdbcJobStore implements JobStore {
  private final JdbcClient db;

  public JdbcJobStore(JdbcClient db) {
    this.db = db;
  }

  @Override
  public void save(StoredJob j) {
    int n = db.sql("UPDATE job SET state = ?, result = ?, error = ?, error_field = ?, error_status = ?,"
            + " finished_at = ? WHERE id = ?")
        .params(j.state(), j.result(), j.error(), j.errorField(), j.errorStatus(), timestamp(j.finished()), j.id())
        .update();
    if (n == 0) {
      db.sql("INSERT INTO job (id, kind, state, owner, result, error, error_field, error_status, created_at,"
              + " finished_at, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(j.id(), j.kind(), j.state(), j.owner(), j.result(), j.error(), j.errorField(), j.errorStatus(),
              timestamp(j.created()), timestamp(j.finished()), j.title())
          .update();
    }
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<StoredJob> find(String id) {
    return db.sql("SELECT id, kind, state, owner, result, error, error_field, error_status, created_at, finished_at,"
            + " title FROM job WHERE id = ?").param(id)
        .query((rs, n) -> new StoredJob(rs.getString("id"), rs.getString("kind"), rs.getString("state"),
            rs.getString("owner"), rs.getString("result"), rs.getString("error"), rs.getString("error_field"),
            rs.getInt("error_status"), rs.getTimestamp("created_at").toInstant(), instant(rs, "finished_at"),
            rs.getString("title")))
        .optional();
  }

  @Override
  @Transactional(readOnly = true)
  public List<JobSummary> recent(String owner, int limit) {
    return db.sql("SELECT id, kind, state, title, created_at, finished_at FROM job WHERE owner = ?"
            + " ORDER BY created_at DESC, id FETCH FIRST " + Math.max(0, limit) + " ROWS ONLY").param(owner)
        .query((rs, n) -> new JobSummary(rs.getString("id"), rs.getString("kind"), rs.getString("state"),
            rs.getString("title"), rs.getTimestamp("created_at").toInstant(), instant(rs, "finished_at")))
        .list();
  }

  private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  @Override
  public int failUnfinished(String why) {
    return db.sql("UPDATE job SET state = 'FAILED', error = ?, error_status = 500, finished_at = ?"
            + " WHERE state IN ('QUEUED', 'RUNNING')")
        .params(why, Timestamp.from(Instant.now())).update();
  }

  @Override
  public void saveLayers(String jobId, Map<String, byte[]> layers, int keep) {
    db.sql("DELETE FROM job_layer WHERE job_id = ?").param(jobId).update();
    for (Map.Entry<String, byte[]> e : new TreeMap<>(layers).entrySet()) {
      db.sql("INSERT INTO job_layer (job_id, name, geojson_gzip) VALUES (?, ?, ?)")
          .params(jobId, e.getKey(), e.getValue()).update();
    }
    // The newest jobs with layers keep them; a job missing from the job table (never recorded) counts as oldest.
    List<String> withLayers = db.sql("SELECT l.job_id FROM (SELECT DISTINCT job_id FROM job_layer) l"
            + " LEFT JOIN job j ON j.id = l.job_id ORDER BY j.created_at DESC NULLS LAST, l.job_id")
        .query(String.class).list();
    for (String old : withLayers.subList(Math.min(Math.max(keep, 0), withLayers.size()), withLayers.size())) {
      db.sql("DELETE FROM job_layer WHERE job_id = ?").param(old).update();
    }
  }

  @Override
  @Transactional(readOnly = true)
  public List<String> layerNames(String jobId) {
    return db.sql("SELECT name FROM job_layer WHERE job_id = ? ORDER BY name").param(jobId).query(String.class)
        .list();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<byte[]> layer(String jobId, String name) {
    return db.sql("SELECT geojson_gzip FROM job_layer WHERE job_id = ? AND name = ?").params(jobId, name)
        .query((rs, n) -> rs.getBytes(1)).optional();
  }

  private static Timestamp timestamp(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }
}
