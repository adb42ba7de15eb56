package dev.loopline.web.api;

import static dev.loopline.web.api.NetworkApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.loopline.web.SampleNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Proposals CRUD and validate, with the sample's own proposals sent as JSON; every bad request named. */
class ProposalApiTest extends ApiTestBase {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A sample proposal (YAML in the sample folder) as the JSON document a client sends. */
  static ObjectNode sampleProposal(String id) throws Exception {
    Path yaml = SampleNetwork.dir().getParent().resolve("sample").resolve("proposals").resolve(id + ".yaml");
    return (ObjectNode) new YAMLMapper().readTree(Files.readString(yaml));
  }

  static HttpEntity<String> body(Object json) throws Exception {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(json instanceof String s ? s : JSON.writeValueAsString(json), h);
  }

  @Test
  void aProposalIsCreatedReadListedReplacedAndDeleted() throws Exception {
    ObjectNode line = sampleProposal("SC-L2").put("id", "T-CRUD");
    ResponseEntity<JsonNode> created = http.postForEntity("/api/proposals", body(line), JsonNode.class);
    assertEquals(HttpStatus.CREATED, created.getStatusCode(), String.valueOf(created.getBody()));
    assertEquals("/api/proposals/T-CRUD", created.getHeaders().getLocation().getPath());
    assertEquals(line, http.getForObject("/api/proposals/T-CRUD", JsonNode.class));
    JsonNode list = http.getForObject("/api/proposals", JsonNode.class);
    boolean listed = false;
    for (JsonNode p : list) {
      if (p.get("id").asText().equals("T-CRUD")) {
        listed = true;
        assertEquals("new_line", p.get("changes").get(0).asText(), p.toString());
      }
    }
    assertTrue(listed, list.toString());
    assertProblemStatus(http.postForEntity("/api/proposals", body(line), JsonNode.class), HttpStatus.CONFLICT, "id");

    line.put("name", "改名");
    ResponseEntity<JsonNode> put = http.exchange("/api/proposals/T-CRUD", HttpMethod.PUT, body(line), JsonNode.class);
    assertEquals(HttpStatus.OK, put.getStatusCode(), String.valueOf(put.getBody()));
    assertEquals("改名", http.getForObject("/api/proposals/T-CRUD", JsonNode.class).get("name").asText());
    assertProblem(http.exchange("/api/proposals/T-OTHER", HttpMethod.PUT, body(line), JsonNode.class), "id");

    assertEquals(HttpStatus.NO_CONTENT,
        http.exchange("/api/proposals/T-CRUD", HttpMethod.DELETE, null, Void.class).getStatusCode());
    assertProblemStatus(http.getForEntity("/api/proposals/T-CRUD", JsonNode.class), HttpStatus.NOT_FOUND, "id");
    assertProblemStatus(http.exchange("/api/proposals/T-CRUD", HttpMethod.DELETE, null, JsonNode.class),
        HttpStatus.NOT_FOUND, "id");
  }

  @Test
  void changesToExistingRoutesAreProposalsToo() throws Exception {
    ObjectNode withdraw = sampleProposal("SC-W1").put("id", "T-W1");
    assertEquals(HttpStatus.CREATED, http.postForEntity("/api/proposals", body(withdraw), JsonNode.class)
        .getStatusCode());
    JsonNode check = http.postForObject("/api/proposals/validate", body(withdraw), JsonNode.class);
    assertEquals("T-W1", check.get("id").asText(), check.toString());
    assertEquals("withdraw", check.get("changes").get(0).asText(), check.toString());
    assertEquals("WITHDRAWN", check.get("routes").get(0).get("kind").asText(), check.toString());
    http.delete("/api/proposals/T-W1");
  }

  @Test
  void validateAppliesTheProposalToTheNetwork() throws Exception {
    JsonNode ok = http.postForObject("/api/proposals/validate", body(sampleProposal("SC-L1")), JsonNode.class);
    assertEquals("SC-L1", ok.get("id").asText(), ok.toString());
    assertTrue(ok.get("routes").toString().contains("NEW"), ok.toString());

    ObjectNode unknownStop = sampleProposal("SC-L1");
    ((ObjectNode) unknownStop.get("stops").get(0)).put("stop", "rail:L7-99");
    ResponseEntity<JsonNode> bad = http.postForEntity("/api/proposals/validate", body(unknownStop), JsonNode.class);
    assertEquals(HttpStatus.BAD_REQUEST, bad.getStatusCode(), String.valueOf(bad.getBody()));
    assertEquals("stops[0].stop", bad.getBody().get("field").asText(), bad.getBody().toString());
    assertTrue(bad.getBody().get("detail").asText().contains("rail:L7-99"), bad.getBody().toString());
  }

  @Test
  void badDocumentsAreNamed() throws Exception {
    ObjectNode noName = sampleProposal("SC-L1");
    noName.remove("name");
    assertProblem(http.postForEntity("/api/proposals", body(noName), JsonNode.class), "name");
    ObjectNode badHeadway = sampleProposal("SC-L1");
    ((ObjectNode) badHeadway.get("service").get("periods").get(1)).put("headway_min", -5);
    ResponseEntity<JsonNode> r = http.postForEntity("/api/proposals", body(badHeadway), JsonNode.class);
    assertEquals(HttpStatus.BAD_REQUEST, r.getStatusCode());
    assertEquals("service.periods[1].headway_min", r.getBody().get("field").asText(), r.getBody().toString());
    ObjectNode badChange = JSON.createObjectNode().put("id", "T-X").put("name", "x");
    badChange.putArray("changes").addObject().put("change", "teleport");
    assertProblem(http.postForEntity("/api/proposals", body(badChange), JsonNode.class), "changes[0].change");
    assertProblem(http.postForEntity("/api/proposals", body("{not json"), JsonNode.class), "body");
    assertFalse(http.getForObject("/api/proposals", JsonNode.class).toString().contains("T-X"));
  }

  static void assertProblemStatus(ResponseEntity<JsonNode> r, HttpStatus status, String field) {
    assertEquals(status, r.getStatusCode(), String.valueOf(r.getBody()));
    assertTrue(MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(r.getHeaders().getContentType()));
    assertEquals(field, r.getBody().path("field").asText(), r.getBody().toString());
  }
}
