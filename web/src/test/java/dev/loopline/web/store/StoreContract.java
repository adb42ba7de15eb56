package dev.loopline.web.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the store promises, run on H2 ({@link H2StoreTest}) and on PostgreSQL ({@link PostgresStoreTest}) with the
 * same migrations: history of every edit, privacy per team, jobs, all kept across a restart of the application (a
 * new connection pool and a new run of the migrations on the same database), and a change that fails halfway
 * leaving nothing.
 */
abstract class StoreContract {
  /** A JDBC URL of an empty database for this test. */
  abstract String freshUrl();

  /** The application's view of the database as a restart would open it: a new pool, Flyway brought up to date. */
  static final class App implements AutoCloseable {
    final HikariDataSource pool;
    final JdbcProposalStore proposals;
    final JdbcJobStore jobs;
    final JdbcFeedStore feeds;
    final TransactionTemplate tx;

    App(String url) {
      pool = new HikariDataSource();
      pool.setJdbcUrl(url);
      pool.setMaximumPoolSize(2);
      Flyway.configure().dataSource(pool).load().migrate();
      JdbcClient db = JdbcClient.create(pool);
      proposals = new JdbcProposalStore(db);
      jobs = new JdbcJobStore(db);
      feeds = new JdbcFeedStore(db);
      tx = new TransactionTemplate(new DataSourceTransactionManager(pool));
    }

    @Override
    public void close() {
      pool.close();
    }
  }

  static ProposalViewer as(String name, String team) {
    return new ProposalViewer() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Optional<String> team() {
        return Optional.of(team);
      }
    };
  }

  static final ProposalViewer ALICE = as("alice", "north");
  static final ProposalViewer ANNA = as("anna", "north");
  static final ProposalViewer BOB = as("bob", "south");

  @Test
  void proposalsTheirHistoryAndJobsSurviveARestart() {
    String url = freshUrl();
    try (App app = new App(url)) {
      assertTrue(app.proposals.create(ALICE, "P1", "Line one", "{\"id\":\"P1\",\"v\":1}"));
      assertTrue(app.proposals.update(ANNA, "P1", "Line one b", "{\"id\":\"P1\",\"v\":2}"));
      assertTrue(app.proposals.create(ALICE, "P2", "Line two", "{\"id\":\"P2\"}"));
      assertTrue(app.proposals.delete(ALICE, "P2"));
      app.jobs.save(new StoredJob("j1", "evaluation", "DONE", "alice", "{\"ranking\":[1,2]}", null, null, 0,
          Instant.parse("2026-12-01T08:00:00Z"), Instant.parse("2026-12-01T08:01:00Z"), "Line one"));
      app.jobs.save(new StoredJob("j2", "evaluation", "RUNNING", "alice", null, null, null, 0, Instant.now(), null,
          null));
      app.jobs.save(new StoredJob("j3", "comparison", "DONE", "bob", "[]", null, null, 0,
          Instant.parse("2026-12-02T08:00:00Z"), Instant.parse("2026-12-02T08:05:00Z"), "plan A, plan B"));
    }
    try (App again = new App(url)) {
      StoredProposal p1 = again.proposals.find(ALICE, "P1").orElseThrow();
      assertEquals("{\"id\":\"P1\",\"v\":2}", p1.body());
      assertEquals("north", p1.team());
      assertEquals(List.of("created", "updated"), again.proposals.history(ALICE, "P1").stream()
          .map(ProposalVersion::action).toList());
      assertEquals(List.of("alice", "anna"), again.proposals.history(ALICE, "P1").stream()
          .map(ProposalVersion::author).toList());
      assertEquals("{\"id\":\"P1\",\"v\":1}", again.proposals.history(ALICE, "P1").get(0).body());
      assertTrue(again.proposals.find(ALICE, "P2").isEmpty());
      assertEquals(List.of("created", "deleted"), again.proposals.history(ALICE, "P2").stream()
          .map(ProposalVersion::action).toList(), "a deleted proposal's history is kept");
      assertEquals("{\"ranking\":[1,2]}", again.jobs.find("j1").orElseThrow().result());
      assertEquals("Line one", again.jobs.find("j1").orElseThrow().title());
      // Each user's own jobs, newest first, without their results.
      assertEquals(List.of("j2", "j1"), again.jobs.recent("alice", 10).stream().map(JobSummary::id).toList());
      assertEquals(List.of("j2"), again.jobs.recent("alice", 1).stream().map(JobSummary::id).toList());
      assertEquals(List.of(new JobSummary("j3", "comparison", "DONE", "plan A, plan B",
          Instant.parse("2026-12-02T08:00:00Z"), Instant.parse("2026-12-02T08:05:00Z"))), again.jobs.recent("bob", 10));
      // The restart's first act: what was running when the server stopped is failed, not lost.
      assertEquals(1, again.jobs.failUnfinished("interrupted"));
      StoredJob j2 = again.jobs.find("j2").orElseThrow();
      assertEquals("FAILED", j2.state());
      assertEquals("interrupted", j2.error());
      assertEquals("DONE", again.jobs.find("j1").orElseThrow().state());
    }
  }

  @Test
  void jobMapLayersSurviveARestartAndOnlyTheNewestJobsKeepThem() {
    String url = freshUrl();
    byte[] big = new byte[3_000_000]; // a layer of many cells (well over any VARCHAR), every byte value
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31);
    }
    try (App app = new App(url)) {
      for (int k = 1; k <= 3; k++) {
        app.jobs.save(new StoredJob("j" + k, "evaluation", "DONE", "alice", "{}", null, null, 0,
            Instant.parse("2026-12-0" + k + "T08:00:00Z"), Instant.parse("2026-12-0" + k + "T08:01:00Z"), null));
      }
      app.jobs.saveLayers("j1", java.util.Map.of("lines", new byte[] {1, 2, 3}), 2);
      app.jobs.saveLayers("j2", java.util.Map.of("newly_covered", big, "lines", new byte[] {4}), 2);
      assertEquals(List.of("lines"), app.jobs.layerNames("j1"), "two jobs with layers, two kept");
      // Recorded again: replaced, not added to.
      app.jobs.saveLayers("j2", java.util.Map.of("newly_covered", big, "lines", new byte[] {5}), 2);
      assertEquals(List.of("lines", "newly_covered"), app.jobs.layerNames("j2"));
    }
    try (App again = new App(url)) {
      assertTrue(java.util.Arrays.equals(big, again.jobs.layer("j2", "newly_covered").orElseThrow()),
          "the bytes come back as written, after a restart");
      assertTrue(java.util.Arrays.equals(new byte[] {5}, again.jobs.layer("j2", "lines").orElseThrow()));
      assertTrue(again.jobs.layer("j2", "loops").isEmpty());
      // A third job's layers push out those of the oldest job (by creation), whatever the order of recording.
      again.jobs.saveLayers("j3", java.util.Map.of("lines", new byte[] {6}), 2);
      assertEquals(List.of(), again.jobs.layerNames("j1"));
      assertTrue(again.jobs.layer("j1", "lines").isEmpty());
      assertEquals(List.of("lines", "newly_covered"), again.jobs.layerNames("j2"));
      assertEquals(List.of("lines"), again.jobs.layerNames("j3"));
    }
  }

  static FeedVersion feed(String id, String sha, String origin, String author) {
    return new FeedVersion(id, 0, sha, id + ".zip", 1234, origin, origin.equals(FeedVersion.SERVER)
        ? "/srv/feeds/" + id + ".zip" : null, "gcj02", "GB18030", author, 1, 2, 3,
        "[{\"file\":\"stops.txt\",\"line\":2}]", null);
  }

  @Test
  void feedVersionsAndMergesSurviveARestartNumberedAndEachContentOnce() {
    String url = freshUrl();
    String a = "a".repeat(64);
    String b = "b".repeat(64);
    int merged;
    try (App app = new App(url)) {
      FeedVersion first = app.feeds.record(feed("shapingba", a, FeedVersion.SERVER, "loopline"));
      assertEquals(1, first.version());
      FeedVersion again = app.feeds.record(feed("shapingba", a, FeedVersion.UPLOAD, "olga"));
      assertEquals(first, again, "the same content is the same version, recorded once");
      FeedVersion second = app.feeds.record(feed("shapingba", b, FeedVersion.UPLOAD, "olga"));
      assertEquals(2, second.version());
      assertEquals(1, app.feeds.record(feed("bishan", b, FeedVersion.UPLOAD, "olga")).version(), "per feed");
      merged = app.feeds.record(new MergeRecord(0, MergeRecord.MERGE, "olga", true,
          "[{\"feedId\":\"shapingba\",\"version\":2}]", "c".repeat(64), "d".repeat(64), "{\"output\":{}}", null))
          .id();
      assertEquals(1, merged);
    }
    try (App again = new App(url)) {
      assertEquals(List.of("bishan:1", "shapingba:1", "shapingba:2"), again.feeds.versions().stream()
          .map(v -> v.feedId() + ":" + v.version()).toList());
      assertEquals(List.of("bishan:1", "shapingba:2"), again.feeds.current().stream()
          .map(v -> v.feedId() + ":" + v.version()).toList());
      FeedVersion kept = again.feeds.find("shapingba", 2).orElseThrow();
      assertEquals(feed("shapingba", b, FeedVersion.UPLOAD, "olga").notices(), kept.notices());
      assertEquals("olga", kept.author());
      assertEquals("GB18030", kept.encoding());
      assertEquals(1, again.feeds.find("shapingba", a).orElseThrow().version());
      assertEquals("/srv/feeds/shapingba.zip", again.feeds.find("shapingba", 1).orElseThrow().location());
      MergeRecord m = again.feeds.merge(merged).orElseThrow();
      assertEquals("c".repeat(64), m.unifiedSha256());
      assertTrue(m.repair());
      assertEquals(m, again.feeds.mergeWithReport("d".repeat(64)).orElseThrow());
      assertEquals(2, again.feeds.record(new MergeRecord(0, FeedVersion.SERVER, "loopline", false, "[]", null,
          "e".repeat(64), "{}", null)).id());
      assertEquals(List.of(2, 1), again.feeds.merges().stream().map(MergeRecord::id).toList(), "newest first");
    }
  }

  @Test
  void anotherTeamsPrivateProposalDoesNotExistForYouUntilShared() {
    try (App app = new App(freshUrl())) {
      app.proposals.create(ALICE, "N1", "North's", "{}");
      app.proposals.create(ProposalViewer.SYSTEM, "S1", "Imported", "{}");
      assertEquals(List.of("S1"), app.proposals.list(BOB).stream().map(StoredProposal::id).toList());
      assertTrue(app.proposals.find(BOB, "N1").isEmpty());
      assertFalse(app.proposals.update(BOB, "N1", "mine now", "{}"), "cannot change it");
      assertFalse(app.proposals.delete(BOB, "N1"), "cannot delete it");
      assertFalse(app.proposals.share(BOB, "N1", true), "cannot share it");
      assertEquals(List.of(), app.proposals.history(BOB, "N1"));
      assertTrue(app.proposals.find(ANNA, "N1").isPresent(), "the team sees it");
      assertTrue(app.proposals.share(ANNA, "N1", true));
      assertTrue(app.proposals.find(BOB, "N1").isPresent(), "shared, every planner sees it");
      assertFalse(app.proposals.share(BOB, "N1", false), "only its team unshares it");
      assertEquals("{}", app.proposals.find(ALICE, "N1").orElseThrow().body());
      assertFalse(app.proposals.create(BOB, "N1", "clash", "{\"x\":1}"), "ids stay unique");
    }
  }

  @Test
  void aChangeWhoseHistoryCannotBeWrittenLeavesNothing() {
    try (App app = new App(freshUrl())) {
      ProposalViewer tooLong = as("x".repeat(500), "north"); // author is VARCHAR(100): the history insert fails
      assertThrows(RuntimeException.class, () -> app.tx.executeWithoutResult(s ->
          app.proposals.create(tooLong, "H1", "Half", "{}")));
      assertTrue(app.proposals.find(ALICE, "H1").isEmpty(), "no proposal without its history");
      assertEquals(List.of(), app.proposals.history(ALICE, "H1"));
    }
  }
}
