package dev.loopline.web.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import dev.loopline.web.store.JdbcJobStore;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Jobs outlive the server: a finished job's result is there after a restart, and a job the stop interrupted shows as
 * failed with why, not lost. The "restart" is a second service on a new connection pool over the same H2 file while
 * the first one's job is still stuck in its work (as a killed process would leave it).
 */
class JobRestartTest {
  @TempDir
  Path dir;

  private JobService service(HikariDataSource pool) {
    return new JobService(new JdbcJobStore(JdbcClient.create(pool)), new ObjectMapper());
  }

  private HikariDataSource pool() {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl("jdbc:h2:file:" + dir.resolve("loopline").toString().replace('\\', '/'));
    Flyway.configure().dataSource(pool).load().migrate();
    return pool;
  }

  @Test
  void aFinishedResultSurvivesAndAnInterruptedJobShowsAsFailed() throws Exception {
    ObjectMapper json = new ObjectMapper();
    CountDownLatch stuck = new CountDownLatch(1);
    String done;
    String interrupted;
    HikariDataSource first = pool();
    JobService before = service(first);
    try {
      Job quick = before.submit("evaluation", j -> json.createObjectNode().put("answer", 42));
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (quick.state() != Job.State.DONE && System.nanoTime() < until) {
        Thread.sleep(10);
      }
      Thread.sleep(100); // recorded just after it finished
      done = quick.id();
      Job slow = before.submit("evaluation", j -> {
        try {
          stuck.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return json.createObjectNode();
      });
      interrupted = slow.id();
      try (HikariDataSource second = pool()) {
        JobService after = service(second);
        Job d = after.find(done).orElseThrow();
        assertEquals(Job.State.DONE, d.state());
        assertEquals(42, d.result().get("answer").asInt());
        Job i = after.find(interrupted).orElseThrow();
        assertEquals(Job.State.FAILED, i.state());
        assertEquals(JobService.INTERRUPTED, i.error());
        after.destroy();
      }
    } finally {
      stuck.countDown();
      before.destroy();
      first.close();
    }
  }
}
