package dev.loopline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.loopline.gtfs.testing.TestPostgis;
import dev.loopline.web.jobs.JobService;
import dev.loopline.web.security.TestUsers;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kill -9 of the server while planners save proposals and an evaluation runs: a real {@code loopline serve} in a
 * child JVM is killed with SIGKILL while several saves are in flight and the evaluation is RUNNING, then started
 * again on the same database. Every proposal must be whole and agree with its history (a save and its history
 * entry are one transaction: both or neither), every body must be the JSON a client sent, and the evaluation must
 * show as FAILED (interrupted), not be lost; what was saved before the kill reads back. On the H2 file and on
 * PostgreSQL.
 */
class WebKillTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int SAVERS = 4;

  @TempDir
  Path dir;

  /** A {@code loopline serve} child process on a port, with its output in files. */
  private record Server(Process process, int port, Path out) {
    void kill() throws InterruptedException {
      process.destroyForcibly().waitFor(); // SIGKILL on Unix: no shutdown hooks, no rollback by the application
    }
  }

  private Server serve(String db, String name) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path logs = Files.createDirectories(dir.resolve(name));
    List<String> cmd = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString()), "-Xmx2g",
        // The planner's jar brings the command line's simple logger (its manifest's class path), which Spring Boot's
        // logging refuses beside Logback: the child logs through it unconfigured instead.
        "-Dorg.springframework.boot.logging.LoggingSystem=none",
        "-cp", System.getProperty("java.class.path"), LooplineWebMain.class.getName(),
        "serve", "--network", SampleNetwork.dir().toString(), "--port", String.valueOf(port), "--db", db,
        "--proposals", SampleNetwork.sources().proposals().toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(logs.resolve("out.txt").toFile())
        .redirectError(logs.resolve("err.txt").toFile());
    pb.environment().put("LOOPLINE_USERS", TestUsers.file().toString());
    Process p = pb.start();
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      if (Files.readString(logs.resolve("out.txt")).contains("Loopline is serving")) {
        return new Server(p, port, logs);
      }
      if (!p.isAlive()) {
        throw new AssertionError("serve ended with " + p.exitValue() + ": " + Files.readString(logs.resolve("err.txt")));
      }
      Thread.sleep(100);
    }
    p.destroyForcibly();
    throw new AssertionError("serve did not start in 3 minutes: " + Files.readString(logs.resolve("err.txt")));
  }

  private static HttpResponse<String> call(Server s, String method, String path, Object body) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + s.port() + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("alice:" + TestUsers.PASSWORD)
            .getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json");
    if (body == null) {
      r.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      r.header("Content-Type", "application/json").method(method,
          HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static ObjectNode proposal(String id, int edit) throws IOException {
    Path yaml = SampleNetwork.sources().proposals().resolve("SC-L2.yaml");
    ObjectNode p = (ObjectNode) new YAMLMapper().readTree(Files.readString(yaml));
    return p.put("id", id).put("name", "kill test " + id + " edit " + edit);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void killingTheServerMidSaveAndMidEvaluationLeavesWholeRecordsAndAFailedJob(String database) throws Exception {
    String db = database.equals("h2") ? "jdbc:h2:file:" + dir.resolve("store").resolve("loopline") : TestPostgis
        .freshDatabase("loopline_test_web_kill", true);
    Server first = serve(db, "first");
    String job;
    int inFlightAtKill;
    AtomicInteger answered = new AtomicInteger();
    ExecutorService savers = Executors.newFixedThreadPool(SAVERS);
    try {
      for (int i = 0; i < SAVERS; i++) {
        assertEquals(201, call(first, "POST", "/api/proposals", proposal("K" + i, 0)).statusCode());
      }
      ObjectNode eval = JSON.createObjectNode().put("accessibility", true);
      eval.putArray("proposalIds").add("SC-L1");
      HttpResponse<String> submitted = call(first, "POST", "/api/evaluations", eval);
      assertEquals(202, submitted.statusCode(), submitted.body());
      job = JSON.readTree(submitted.body()).get("id").asText();
      long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
      while (!JSON.readTree(call(first, "GET", "/api/jobs/" + job, null).body()).get("state").asText()
          .equals("RUNNING")) {
        assertTrue(System.nanoTime() < until, "the evaluation never ran");
        Thread.sleep(50);
      }
      // Planners keep saving: each thread edits its own proposal again and again.
      AtomicInteger inFlight = new AtomicInteger();
      CountDownLatch going = new CountDownLatch(SAVERS * 5);
      for (int i = 0; i < SAVERS; i++) {
        String id = "K" + i;
        savers.submit(() -> {
          for (int edit = 1; ; edit++) {
            inFlight.incrementAndGet();
            try {
              if (call(first, "PUT", "/api/proposals/" + id, proposal(id, edit)).statusCode() == 200) {
                answered.incrementAndGet();
              }
            } catch (Exception e) {
              return null; // the server is gone
            } finally {
              inFlight.decrementAndGet();
            }
            going.countDown();
          }
        });
      }
      assertTrue(going.await(2, TimeUnit.MINUTES), "saves went through before the kill");
      inFlightAtKill = inFlight.get();
      first.kill();
    } finally {
      savers.shutdownNow();
      first.process().destroyForcibly();
    }
    assertTrue(inFlightAtKill > 0, "saves were in flight when the server was killed");
    assertTrue(answered.get() >= SAVERS * 5, "saves answered before the kill: " + answered.get());

    Server second = serve(db, "second");
    try {
      JsonNode state = JSON.readTree(call(second, "GET", "/api/jobs/" + job, null).body());
      assertEquals("FAILED", state.get("state").asText(), state.toString());
      assertEquals(JobService.INTERRUPTED, state.get("error").get("detail").asText());
      assertTrue(state.get("result").isNull(), "no half result: " + state);
      for (int i = 0; i < SAVERS; i++) {
        String id = "K" + i;
        HttpResponse<String> now = call(second, "GET", "/api/proposals/" + id, null);
        assertEquals(200, now.statusCode(), id + ": " + now.body());
        JsonNode body = JSON.readTree(now.body());
        JsonNode history = JSON.readTree(call(second, "GET", "/api/proposals/" + id + "/history", null).body());
        JsonNode last = history.get(history.size() - 1);
        for (int v = 0; v < history.size(); v++) {
          assertEquals(v + 1, history.get(v).get("version").asInt(), id + ": versions without a gap");
        }
        assertEquals(body, JSON.readTree(last.get("body").asText()), id + ": the proposal is its last saved state");
        int edit = Integer.parseInt(body.get("name").asText().replaceAll(".* edit ", ""));
        assertEquals(history.size() - 1, edit, id + ": one history entry per save that went through, in order");
        assertEquals(proposal(id, edit), body, id + ": the body is whole, as the client sent it");
      }
      // The server still works on what it read back.
      assertEquals(200, call(second, "PUT", "/api/proposals/K0", proposal("K0", 1000)).statusCode());
    } finally {
      second.kill();
    }
  }
}
