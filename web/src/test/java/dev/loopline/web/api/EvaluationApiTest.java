package dev.loopline.web.api;

import static dev.loopline.web.api.NetworkApiTest.assertProblem;
import static dev.loopline.web.api.ProposalApiTest.assertProblemStatus;
import static dev.loopline.web.api.ProposalApiTest.body;
import static dev.loopline.web.api.ProposalApiTest.sampleProposal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Evaluations and comparisons as jobs (progress, cancel, result) and the export download, on saved proposals. */
class EvaluationApiTest extends ApiTestBase {

  @BeforeEach
  void saveProposals() throws Exception {
    for (String id : new String[] {"SC-L1", "SC-H1", "SC-W1"}) {
      http.delete("/api/proposals/E-" + id);
      http.postForEntity("/api/proposals", body(sampleProposal(id).put("id", "E-" + id)), JsonNode.class);
    }
  }

  private JsonNode await(ResponseEntity<JsonNode> started) throws InterruptedException {
    return await(http, started);
  }

  /** Polls a started job until it is over. */
  static JsonNode await(TestRestTemplate http, ResponseEntity<JsonNode> started) throws InterruptedException {
    assertEquals(HttpStatus.ACCEPTED, started.getStatusCode(), String.valueOf(started.getBody()));
    String url = started.getHeaders().getLocation().getPath();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
    while (Instant.now().isBefore(deadline)) {
      JsonNode job = http.getForObject(url, JsonNode.class);
      String state = job.get("state").asText();
      double p = job.get("progress").asDouble();
      assertTrue(p >= 0 && p <= 1, job.toString());
      if (!state.equals("QUEUED") && !state.equals("RUNNING")) {
        return job;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("job did not finish: " + url);
  }

  @Test
  void anEvaluationJobScoresTheProposals() throws Exception {
    JsonNode job = await(http.postForEntity("/api/evaluations",
        body(Map.of("proposalIds", new String[] {"E-SC-L1", "E-SC-W1"})), JsonNode.class));
    assertEquals("DONE", job.get("state").asText(), job.toString());
    assertEquals(1.0, job.get("progress").asDouble());
    JsonNode report = job.get("result");
    assertEquals("E-SC-L1", report.get("proposals").get(0).get("id").asText(), report.get("proposals").toString());
    assertTrue(report.get("baseline").get("coverage").size() > 0, report.get("baseline").toString());
    assertTrue(report.get("scenarios").toString().contains("E-SC-W1"), "the withdrawal is scored as a scenario");
  }

  @Test
  void aPlannerListsTheirOwnEarlierJobsNewestFirst() throws Exception {
    JsonNode evaluation = await(http.postForEntity("/api/evaluations",
        body(Map.of("proposalIds", new String[] {"E-SC-L1"})), JsonNode.class));
    JsonNode comparison = await(http.postForEntity("/api/comparisons",
        body(Map.of("scenarios", Map.of("plan-B", new String[] {"E-SC-W1"}))), JsonNode.class));
    JsonNode mine = http.getForObject("/api/jobs?limit=2", JsonNode.class);
    assertEquals(2, mine.size(), mine.toString());
    assertEquals(comparison.get("id").asText(), mine.get(0).get("id").asText(), "newest first: " + mine);
    assertEquals("plan-B", mine.get(0).get("title").asText());
    assertEquals("plan-B", comparison.get("title").asText(), "the job itself carries its title too");
    assertEquals(evaluation.get("id").asText(), mine.get(1).get("id").asText());
    assertEquals("evaluation", mine.get(1).get("kind").asText());
    assertEquals("DONE", mine.get(1).get("state").asText());
    String name = evaluation.get("result").get("proposals").get(0).get("name").asText();
    assertTrue(mine.get(1).get("title").asText().startsWith(name), "named as the proposal: " + mine.get(1));
    assertTrue(mine.get(1).get("result") == null, "listed without the result");
    // Another planner does not see alice's jobs in their list.
    JsonNode bobs = http.withBasicAuth("bob", dev.loopline.web.security.TestUsers.PASSWORD)
        .getForObject("/api/jobs", JsonNode.class);
    bobs.forEach(j -> assertTrue(!j.get("id").asText().equals(evaluation.get("id").asText()), bobs.toString()));
    assertProblem(http.getForEntity("/api/jobs?limit=0", JsonNode.class), "limit");
  }

  @Test
  void aComparisonJobSetsScenariosSideBySide() throws Exception {
    JsonNode job = await(http.postForEntity("/api/comparisons",
        body(Map.of("scenarios", Map.of("plan-A", new String[] {"E-SC-H1", "E-SC-W1"}))), JsonNode.class));
    assertEquals("DONE", job.get("state").asText(), job.toString());
    Set<String> scenarios = new HashSet<>();
    job.get("result").forEach(s -> scenarios.add(s.get("scenario").asText()));
    assertTrue(scenarios.contains("plan-A"), job.get("result").toString());
  }

  @Test
  void aRunningJobCanBeCancelled() throws Exception {
    ResponseEntity<JsonNode> started = http.postForEntity("/api/evaluations",
        body(Map.of("proposalIds", new String[] {"E-SC-L1"}, "accessibility", true)), JsonNode.class);
    String url = started.getHeaders().getLocation().getPath();
    JsonNode cancelled = http.exchange(url, HttpMethod.DELETE, null, JsonNode.class).getBody();
    assertTrue(Set.of("QUEUED", "RUNNING", "CANCELLED").contains(cancelled.get("state").asText()), cancelled.toString());
    assertEquals("CANCELLED", await(started).get("state").asText());
  }

  @Test
  void badJobRequestsAreNamed() throws Exception {
    assertProblem(http.postForEntity("/api/evaluations", body(Map.of("proposalIds", new String[] {"nope"})),
        JsonNode.class), "proposalIds");
    assertProblem(http.postForEntity("/api/evaluations",
        body(Map.of("proposalIds", new String[] {"E-SC-L1", "E-SC-W1"}, "package", true)), JsonNode.class), "package");
    assertProblem(http.postForEntity("/api/comparisons", body(Map.of("scenarios", Map.of())), JsonNode.class),
        "scenarios");
    assertProblem(http.postForEntity("/api/comparisons",
        body(Map.of("scenarios", Map.of("x", new String[] {"nope"}))), JsonNode.class), "scenarios.x");
    assertProblem(http.postForEntity("/api/comparisons",
        body(Map.of("scenarios", Map.of("plan A", new String[] {"E-SC-H1"}))), JsonNode.class), "scenarios");
    assertProblemStatus(http.getForEntity("/api/jobs/nope", JsonNode.class), HttpStatus.NOT_FOUND, "id");
  }

  @Test
  void theExportIsAZipOfTheBaselineOrTheScenario() throws Exception {
    ResponseEntity<byte[]> unified = http.getForEntity("/api/export", byte[].class);
    assertEquals(unified.getBody().length, unified.getHeaders().getContentLength(),
        "streamed from disk with its length known before the first byte");
    Set<String> baseline = routeIds(unified);
    ResponseEntity<byte[]> scenario = http.getForEntity("/api/export?with=E-SC-L1&with=E-SC-W1", byte[].class);
    assertTrue(scenario.getHeaders().getContentDisposition().getFilename().startsWith("scenario-E-SC-L1"));
    Set<String> withLine = routeIds(scenario);
    assertTrue(withLine.stream().anyMatch(r -> !baseline.contains(r)), "the new line's route is added");
    assertTrue(baseline.stream().anyMatch(r -> !withLine.contains(r)), "the withdrawn route is gone");
    assertProblem(http.getForEntity("/api/export?with=nope", JsonNode.class), "with");
  }

  private static Set<String> routeIds(ResponseEntity<byte[]> r) throws Exception {
    assertEquals(HttpStatus.OK, r.getStatusCode());
    Set<String> ids = new HashSet<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.getBody()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("routes.txt")) {
          String[] lines = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\r?\n");
          for (int i = 1; i < lines.length; i++) {
            ids.add(lines[i].split(",")[0].replace("\"", ""));
          }
        }
      }
    }
    assertTrue(ids.size() > 10, "routes.txt: " + ids);
    return ids;
  }
}
