package dev.loopline.web.api;

import static dev.loopline.web.api.EvaluationApiTest.await;
import static dev.loopline.web.api.NetworkApiTest.assertProblem;
import static dev.loopline.web.api.ProposalApiTest.assertProblemStatus;
import static dev.loopline.web.api.ProposalApiTest.body;
import static dev.loopline.web.api.ProposalApiTest.sampleProposal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The map layers of an evaluation job: each one's cells add up, district by district, to the figures of the job's
 * own report (so the map shows the evaluation's numbers, not another computation), and the lines are the routed
 * paths rather than stop-to-stop segments.
 */
class JobLayersApiTest extends ApiTestBase {
  @BeforeEach
  void saveProposals() throws Exception {
    for (String id : new String[] {"SC-L1", "SC-W1", "SC-H1"}) {
      http.delete("/api/proposals/G-" + id);
      http.postForEntity("/api/proposals", body(sampleProposal(id).put("id", "G-" + id)), JsonNode.class);
    }
  }

  @Test
  void anEvaluationsCellLayersAddUpToItsReport() throws Exception {
    JsonNode job = await(http, http.postForEntity("/api/evaluations",
        body(Map.of("proposalIds", new String[] {"G-SC-L1", "G-SC-W1"}, "accessibility", true)), JsonNode.class));
    assertEquals("DONE", job.get("state").asText(), job.toString());
    String url = "/api/jobs/" + job.get("id").asText() + "/layers/";
    Set<String> names = new HashSet<>();
    job.get("layers").forEach(n -> names.add(n.asText()));
    assertTrue(names.containsAll(Set.of("lines", "newly_covered", "accessibility_change", "scenario_cells",
        "scenario_lines", "difference", "loops", "new_stops")), names.toString());
    assertFalse(job.get("result").has("layers"), "the layers are served apart from the result");
    JsonNode report = job.get("result");
    JsonNode line = report.get("proposals").get(0);
    JsonNode withdrawal = report.get("scenarios").get(0);

    // Accessibility change per cell, a new line: population × change summed by district is the report's gain.
    ResponseEntity<JsonNode> access = http.getForEntity(url + "accessibility_change?of=G-SC-L1", JsonNode.class);
    assertEquals("application/geo+json", access.getHeaders().getContentType().toString());
    JsonNode gained = line.get("accessibility").get("person_jobs_gained_by_district");
    assertSums(gained, access.getBody(), f -> true, "jobs_reachable_change");
    assertTrue(access.getBody().get("features").size() > 10, "the line changes accessibility in many cells");
    // ... and a withdrawal (a scenario): its change by district.
    assertSums(withdrawal.get("accessibility_change_by_district"),
        http.getForObject(url + "accessibility_change?of=G-SC-W1", JsonNode.class), f -> true,
        "jobs_reachable_change");

    // Coverage: newly covered cells of the line, cells whose residents lose their only stop to the withdrawal.
    assertSums(line.get("coverage").get("newly_covered").get("population_by_district"),
        http.getForObject(url + "newly_covered?of=G-SC-L1", JsonNode.class), f -> true, null);
    JsonNode scenarioCells = http.getForObject(url + "scenario_cells?of=G-SC-W1", JsonNode.class);
    assertSums(withdrawal.get("residents_lost_by_district"), scenarioCells,
        f -> f.get("properties").get("status").asText().equals("lost"), null);
    assertTrue(scenarioCells.get("features").size() > 0, "the withdrawal leaves someone without a stop");

    // The line as routed on the streets: many more points than its 10 stops.
    JsonNode lines = http.getForObject(url + "lines", JsonNode.class);
    assertEquals(2, lines.get("features").size(), "the line's two directions");
    assertTrue(lines.get("features").get(0).get("geometry").get("coordinates").size() > 50, lines.toString()
        .substring(0, 300));
  }

  @Test
  void aComparisonMapsTheDifferenceBetweenTheTwoScenariosAsked() throws Exception {
    JsonNode job = await(http, http.postForEntity("/api/comparisons", body(Map.of(
        "scenarios", Map.of("w", new String[] {"G-SC-W1"}, "h", new String[] {"G-SC-H1"}),
        "difference", new String[] {"baseline", "w"})), JsonNode.class));
    assertEquals("DONE", job.get("state").asText(), job.toString());
    JsonNode diff = http.getForObject("/api/jobs/" + job.get("id").asText() + "/layers/difference", JsonNode.class);
    assertTrue(diff.get("features").size() > 0, "the withdrawal changes coverage");
    double lost = 0;
    for (JsonNode f : diff.get("features")) {
      assertEquals("w", f.get("properties").get("to").asText());
      lost -= f.get("properties").get("residents_covered_change").asDouble();
    }
    double reported = 0;
    for (JsonNode s : job.get("result")) {
      if (s.get("scenario").asText().equals("w")) {
        reported = s.get("residents_lost").asDouble() - s.get("residents_gained").asDouble();
      }
    }
    assertEquals(reported, lost, 1.5 + Math.abs(reported) * 1e-3, "the difference map is the scenario's net loss");
  }

  @Test
  void badLayerRequestsAreNamed() throws Exception {
    JsonNode job = await(http, http.postForEntity("/api/evaluations",
        body(Map.of("proposalIds", new String[] {"G-SC-W1"})), JsonNode.class));
    String url = "/api/jobs/" + job.get("id").asText() + "/layers/";
    assertProblem(http.getForEntity(url + "nope", JsonNode.class), "layer");
    assertProblem(http.getForEntity(url + "scenario_cells?of=nope", JsonNode.class), "of");
    assertEquals(0, http.getForObject(url + "accessibility_change", JsonNode.class).get("features").size(),
        "no accessibility asked, no accessibility cells");
    assertProblemStatus(http.getForEntity("/api/jobs/nope/layers/lines", JsonNode.class), HttpStatus.NOT_FOUND, "id");
    assertProblem(http.postForEntity("/api/comparisons", body(Map.of("scenarios", Map.of("w", new String[] {"G-SC-W1"}),
        "difference", new String[] {"w", "x"})), JsonNode.class), "difference");
  }

  /**
   * Sums population (or population × {@code valueKey}) of the layer's features per district and compares with the
   * report's figures per district (rounded to 0.1 in both, hence the tolerance).
   */
  private static void assertSums(JsonNode reported, JsonNode layer, Predicate<JsonNode> which, String valueKey) {
    Map<String, Double> sums = new TreeMap<>();
    for (JsonNode f : layer.get("features")) {
      if (!which.test(f)) {
        continue;
      }
      JsonNode p = f.get("properties");
      if (p.get("district").isNull() || p.get("population").asDouble() == 0) {
        continue;
      }
      double v = p.get("population").asDouble() * (valueKey == null ? 1 : p.get(valueKey).asDouble());
      sums.merge(p.get("district").asText(), v, Double::sum);
    }
    Map<String, Double> expected = new TreeMap<>();
    reported.fields().forEachRemaining(e -> {
      if (e.getValue().asDouble() != 0) {
        expected.put(e.getKey(), e.getValue().asDouble());
      }
    });
    sums.values().removeIf(v -> Math.abs(v) < 1e-9);
    assertEquals(expected.keySet(), sums.keySet(), "districts: report " + expected + ", layer " + sums);
    for (String d : expected.keySet()) {
      double want = expected.get(d);
      assertEquals(want, sums.get(d), 1 + Math.abs(want) * 2e-3, d + ": report " + expected + ", layer " + sums);
    }
  }
}
