package dev.loopline.web.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import dev.loopline.web.store.JdbcJobStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Jobs outlive the server: a finished job's result and map layers are there after a restart, and a job the stop
 * interrupted shows as failed with why, not lost. The "restart" is a second service on a new connection pool over the same H2 file while
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
      Job quick = before.submit("evaluation", "Line one", j -> json.createObjectNode().put("answer", 42));
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (quick.state() != Job.State.DONE && System.nanoTime() < until) {
        Thread.sleep(10);
      }
      Thread.sleep(100); // recorded just after it finished
      done = quick.id();
      Job slow = before.submit("evaluation", null, j -> {
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
        assertEquals("Line one", d.title());
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

  private static void waitUntilRecorded(Job job) throws InterruptedException {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while ((job.state() != Job.State.DONE || job.layerNames().isEmpty()) && System.nanoTime() < until) {
      Thread.sleep(10);
    }
    Thread.sleep(200); // the state and the layers are recorded just after it finished
  }

  @Test
  void mapLayersAreReadBackFromTheStoreAfterARestartAndOnceMemoryDropsThem() throws Exception {
    ObjectMapper json = new ObjectMapper();
    ObjectNode cells = json.createObjectNode().put("type", "FeatureCollection");
    var features = cells.putArray("features");
    for (int i = 0; i < 5000; i++) {
      features.addObject().put("type", "Feature").putObject("properties").put("cell", i).put("people", i % 97);
    }
    ObjectNode lines = json.createObjectNode().put("type", "FeatureCollection");
    lines.putArray("features");
    String first;
    try (HikariDataSource pool = pool()) {
      JobService service = service(pool);
      try {
        Job job = service.submit("evaluation", "with layers", j -> {
          j.keepLayers(Map.of("newly_covered", cells, "lines", lines));
          return json.createObjectNode().put("answer", 1);
        });
        waitUntilRecorded(job);
        first = job.id();
        // Newer jobs push the first one's layers out of memory; they are then read back from the store.
        for (int k = 0; k < JobService.LAYERS_KEPT; k++) {
          waitUntilRecorded(service.submit("evaluation", "with layers", j -> {
            j.keepLayers(Map.of("lines", lines));
            return json.createObjectNode();
          }));
        }
        assertTrue(job.layersInMemory().isEmpty(), "the oldest job's layers left memory");
        assertFalse(job.layersForgotten());
        assertEquals(cells, job.layer("newly_covered").orElseThrow());
      } finally {
        service.destroy();
      }
    }
    try (HikariDataSource pool = pool()) {
      JobService after = service(pool);
      Job restored = after.find(first).orElseThrow();
      assertEquals(List.of("lines", "newly_covered"), restored.layerNames());
      assertFalse(restored.layersForgotten());
      assertEquals(cells, restored.layer("newly_covered").orElseThrow(), "the same GeoJSON after a restart");
      assertEquals(lines, restored.layer("lines").orElseThrow());
      assertTrue(restored.layer("loops").isEmpty());
      after.destroy();
    }
  }
}
