package dev.loopline.web.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ProposalStore} on the application's database (H2 by default, PostgreSQL by {@code LOOPLINE_DB_URL}):
 * table {@code proposal} holds each proposal as it is now, {@code proposal_version} every state it was saved in
 * (Flyway V1, V2). A change and its history entry are one transaction: a crash leaves both or neither.
 */
@Repository
@Transactional
public class JdbcProposalStore implements ProposalStore {
  private static final String COLUMNS = "id, name, body, created_at, updated_at, team, shared";
  /** A viewer sees the shared proposals, the server's own, and its team's. */
  private static final String VISIBLE = "(shared OR team IS NULL OR team = :team OR :all)";

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
  @Transactional(readOnly = true)
  public List<StoredProposal> list(ProposalViewer viewer) {
    return db.sql("SELECT " + COLUMNS + " FROM proposal WHERE " + VISIBLE + " ORDER BY id")
        .param("team", viewer.team().orElse("")).param("all", viewer.team().isEmpty())
        .query(JdbcProposalStore::row).list();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<StoredProposal> find(ProposalViewer viewer, String id) {
    return db.sql("SELECT " + COLUMNS + " FROM proposal WHERE id = :id AND " + VISIBLE).param("id", id)
        .param("team", viewer.team().orElse("")).param("all", viewer.team().isEmpty())
        .query(JdbcProposalStore::row).optional();
  }

  @Override
  public boolean create(ProposalViewer viewer, String id, String name, String body) {
    Timestamp now = Timestamp.from(Instant.now(clock));
    String team = viewer.team().orElse(null);
    boolean shared = team == null;
    try {
      db.sql("INSERT INTO proposal (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")
          .params(id, name, body, now, now, team, shared).update();
    } catch (DuplicateKeyException e) {
      return false;
    }
    record(viewer, id, "created", name, body, team, shared, now);
    return true;
  }

  @Override
  public boolean update(ProposalViewer viewer, String id, String name, String body) {
    Optional<StoredProposal> before = find(viewer, id);
    if (before.isEmpty()) {
      return false;
    }
    Timestamp now = Timestamp.from(Instant.now(clock));
    db.sql("UPDATE proposal SET name = ?, body = ?, updated_at = ? WHERE id = ?").params(name, body, now, id).update();
    record(viewer, id, "updated", name, body, before.get().team(), before.get().shared(), now);
    return true;
  }

  @Override
  public boolean delete(ProposalViewer viewer, String id) {
    Optional<StoredProposal> before = find(viewer, id);
    if (before.isEmpty()) {
      return false;
    }
    db.sql("DELETE FROM proposal WHERE id = ?").param(id).update();
    record(viewer, id, "deleted", before.get().name(), null, before.get().team(), before.get().shared(),
        Timestamp.from(Instant.now(clock)));
    return true;
  }

  @Override
  public boolean share(ProposalViewer viewer, String id, boolean shared) {
    Optional<StoredProposal> p = find(viewer, id);
    if (p.isEmpty() || (viewer.team().isPresent() && p.get().team() != null
        && !p.get().team().equals(viewer.team().get()))) {
      return false;
    }
    Timestamp now = Timestamp.from(Instant.now(clock));
    db.sql("UPDATE proposal SET shared = ?, updated_at = ? WHERE id = ?").params(shared, now, id).update();
    record(viewer, id, shared ? "shared" : "unshared", p.get().name(), p.get().body(), p.get().team(), shared, now);
    return true;
  }

  @Override
  @Transactional(readOnly = true)
  public List<ProposalVersion> history(ProposalViewer viewer, String id) {
    // Visible when its latest state is: a deleted proposal's history stays with its team.
    List<ProposalVersion> all = versions(id);
    if (all.isEmpty()) {
      return all;
    }
    Boolean visible = db.sql("SELECT " + VISIBLE.replace(":team", "?").replace(":all", "?")
            + " FROM proposal_version WHERE proposal_id = ? AND version = (SELECT max(version) FROM proposal_version"
            + " WHERE proposal_id = ?)")
        .params(viewer.team().orElse(""), viewer.team().isEmpty(), id, id).query(Boolean.class).single();
    return Boolean.TRUE.equals(visible) ? all : List.of();
  }

  private List<ProposalVersion> versions(String id) {
    return db.sql("SELECT proposal_id, version, action, name, body, author, saved_at FROM proposal_version"
            + " WHERE proposal_id = ? ORDER BY version").param(id)
        .query((rs, n) -> new ProposalVersion(rs.getString("proposal_id"), rs.getInt("version"),
            rs.getString("action"), rs.getString("name"), rs.getString("body"), rs.getString("author"),
            rs.getTimestamp("saved_at").toInstant()))
        .list();
  }

  private void record(ProposalViewer viewer, String id, String action, String name, String body, String team,
                      boolean shared, Timestamp at) {
    int last = db.sql("SELECT COALESCE(max(version), 0) FROM proposal_version WHERE proposal_id = ?").param(id)
        .query(Integer.class).single();
    db.sql("INSERT INTO proposal_version (proposal_id, version, action, name, body, author, team, shared, saved_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, last + 1, action, name, body, viewer.name(), team, shared, at).update();
  }

  private static StoredProposal row(ResultSet rs, int n) throws SQLException {
    return new StoredProposal(rs.getString("id"), rs.getString("name"), rs.getString("body"),
        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(), rs.getString("team"),
        rs.getBoolean("shared"));
  }
}
