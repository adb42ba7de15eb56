package dev.loopline.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** {@code /api/network}, {@code /api/stops} and the OpenAPI description, bad requests included. */
class NetworkApiTest extends ApiTestBase {

  @Test
  void networkSaysWhatItIsWhereAndWhen() {
    JsonNode n = http.getForObject("/api/network", JsonNode.class);
    assertTrue(n.get("synthetic").asBoolean(), "the sample must be flagged synthetic: " + n);
    assertEquals(4, n.get("bbox").size(), n.toString());
    double minLon = n.get("bbox").get(0).asDouble();
    double maxLat = n.get("bbox").get(3).asDouble();
    assertTrue(minLon > 105 && minLon < 107 && maxLat > 29 && maxLat < 30.5, "bbox not at the Science City: " + n);
    assertEquals("Asia/Shanghai", n.get("timeZone").asText());
    assertEquals("西部(重庆)科学城一体化公交", n.get("name").asText(), "the merge's brand");
    assertEquals("Science City Integrated Bus", n.get("nameEn").asText(), "its English name, which English pages show");
    assertEquals(6, n.get("districts").size(), n.get("districts").toString());
    for (JsonNode d : n.get("districts")) {
      assertFalse(d.get("name").asText().isBlank(), d.toString());
      assertFalse(d.get("nameEn").asText().isBlank(), d.toString());
    }
    assertTrue(n.get("counts").get("stops").asInt() > 100, n.toString());
    assertTrue(n.get("counts").get("agencies").asInt() >= 6, n.toString());
    assertTrue(n.get("typicalDate").asText().matches("\\d{4}-\\d{2}-\\d{2}"), n.toString());
  }

  @Test
  void stopsAreFoundByChineseNameEnglishNameIdAndCode() {
    JsonNode zh = http.getForObject("/api/stops?q=大学城", JsonNode.class);
    assertFalse(zh.isEmpty(), "no stop named 大学城");
    assertTrue(zh.get(0).get("name").asText().startsWith("大学城"), zh.toString());
    JsonNode en = http.getForObject("/api/stops?q=daxuecheng&limit=5", JsonNode.class);
    assertFalse(en.isEmpty(), "no stop named Daxuecheng in English");
    assertTrue(en.size() <= 5, en.toString());
    assertTrue(en.get(0).get("nameEn").asText().toLowerCase().startsWith("daxuecheng"), en.toString());
    String id = zh.get(0).get("id").asText();
    JsonNode byId = http.getForObject("/api/stops?q=" + id, JsonNode.class);
    assertEquals(id, byId.get(0).get("id").asText(), "an exact id comes first: " + byId);
    assertTrue(byId.get(0).has("lat") && byId.get(0).has("lon"), byId.toString());
    assertTrue(http.getForObject("/api/stops?q=no-such-stop-anywhere", JsonNode.class).isEmpty());
  }

  @Test
  void badStopSearchesNameTheParameter() {
    assertProblem(http.getForEntity("/api/stops?q=", JsonNode.class), "q");
    assertProblem(http.getForEntity("/api/stops", JsonNode.class), "q");
    assertProblem(http.getForEntity("/api/stops?q=a&limit=0", JsonNode.class), "limit");
    assertProblem(http.getForEntity("/api/stops?q=a&limit=many", JsonNode.class), "limit");
  }

  @Test
  void openApiDescribesTheApi() {
    JsonNode doc = http.getForObject("/v3/api-docs", JsonNode.class);
    for (String path : new String[] {"/api/network", "/api/stops", "/api/plan"}) {
      assertTrue(doc.get("paths").has(path), "OpenAPI lacks " + path);
    }
    ResponseEntity<String> ui = http.getForEntity("/swagger-ui.html", String.class);
    assertTrue(ui.getStatusCode().is2xxSuccessful() || ui.getStatusCode().is3xxRedirection(), ui.toString());
  }

  /** A 400 problem detail (RFC 7807) naming {@code field}. */
  static void assertProblem(ResponseEntity<JsonNode> r, String field) {
    assertEquals(HttpStatus.BAD_REQUEST, r.getStatusCode(), String.valueOf(r.getBody()));
    assertTrue(MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(r.getHeaders().getContentType()),
        "not problem+json: " + r.getHeaders().getContentType());
    JsonNode p = r.getBody();
    assertEquals(400, p.get("status").asInt(), p.toString());
    assertEquals(field, p.path("field").asText(), p.toString());
    assertTrue(p.get("detail").asText().startsWith(field), p.toString());
  }
}
