package dev.loopline.web.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** {@link JobStore} on the application's database, table {@code job} (Flyway V2). */
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
              + " finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(j.id(), j.kind(), j.state(), j.owner(), j.result(), j.error(), j.errorField(), j.errorStatus(),
              timestamp(j.created()), timestamp(j.finished()))
          .update();
    }
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<StoredJob> find(String id) {
    return db.sql("SELECT id, kind, state, owner, result, error, error_field, error_status, created_at, finished_at"
            + " FROM job WHERE id = ?").param(id)
        .query((rs, n) -> new StoredJob(rs.getString("id"), rs.getString("kind"), rs.getString("state"),
            rs.getString("owner"), rs.getString("result"), rs.getString("error"), rs.getString("error_field"),
            rs.getInt("error_status"), rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant()))
        .optional();
  }

  @Override
  public int failUnfinished(String why) {
    return db.sql("UPDATE job SET state = 'FAILED', error = ?, error_status = 500, finished_at = ?"
            + " WHERE state IN ('QUEUED', 'RUNNING')")
        .params(why, Timestamp.from(Instant.now())).update();
  }

  private static Timestamp timestamp(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }
}
