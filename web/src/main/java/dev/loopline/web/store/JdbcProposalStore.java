package dev.loopline.web.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@link ProposalStore} on the application's database (H2 by default), table {@code proposal} (Flyway V1). */
@Repository
public class JdbcProposalStore implements ProposalStore {
  private final JdbcClient db;
  private final Clock clock;

  @Autowired
  public JdbcProposalStore(JdbcClient db) {
    this(db, Clock.systemUTC());
  }

  JdbcProposalStore(JdbcClient db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  @Override
  public List<StoredProposal> list() {
    return db.sql("SELECT id, name, body, created_at, updated_at FROM proposal ORDER BY id")
        .query(JdbcProposalStore::row).list();
  }

  @Override
  public Optional<StoredProposal> find(String id) {
    return db.sql("SELECT id, name, body, created_at, updated_at FROM proposal WHERE id = ?").param(id)
        .query(JdbcProposalStore::row).optional();
  }

  @Override
  public boolean create(String id, String name, String body) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    try {
      return db.sql("INSERT INTO proposal (id, name, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")
          .params(id, name, body, now, now).update() == 1;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  @Override
  public boolean update(String id, String name, String body) {
    return db.sql("UPDATE proposal SET name = ?, body = ?, updated_at = ? WHERE id = ?")
        .params(name, body, Timestamp.from(Instant.now(clock)), id).update() == 1;
  }

  @Override
  public boolean delete(String id) {
    return db.sql("DELETE FROM proposal WHERE id = ?").param(id).update() == 1;
  }

  private static StoredProposal row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new StoredProposal(rs.getString("id"), rs.getString("name"), rs.getString("body"),
        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
  }
}
