package dev.loopline.web.api;

import static dev.loopline.web.api.NetworkApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** {@code /api/layers/*} and {@code /api/travel-time} on the sample: GeoJSON a map can draw, and bad requests named. */
class MapApiTest extends ApiTestBase {

  private JsonNode layer(String name) {
    ResponseEntity<JsonNode> r = http.getForEntity("/api/layers/" + name, JsonNode.class);
    assertEquals(200, r.getStatusCode().value(), String.valueOf(r.getBody()));
    assertTrue(MapController.GEO_JSON.isCompatibleWith(r.getHeaders().getContentType()),
        String.valueOf(r.getHeaders().getContentType()));
    JsonNode fc = r.getBody();
    assertEquals("FeatureCollection", fc.get("type").asText());
    assertFalse(fc.get("features").isEmpty(), name + " has no features");
    for (JsonNode f : fc.get("features")) {
      assertEquals("Feature", f.get("type").asText());
      JsonNode lon = firstPosition(f.get("geometry").get("coordinates")).get(0);
      JsonNode lat = firstPosition(f.get("geometry").get("coordinates")).get(1);
      assertTrue(lon.asDouble() > 105 && lon.asDouble() < 107.5 && lat.asDouble() > 29 && lat.asDouble() < 30.5,
          name + ": positions must be [lon, lat] in the Science City: " + f.get("geometry"));
    }
    return fc;
  }

  private static JsonNode firstPosition(JsonNode coordinates) {
    JsonNode c = coordinates;
    while (c.get(0).isArray()) {
      c = c.get(0);
    }
    return c;
  }

  @Test
  void stopsKnowTheirNamesDistrictAndModes() {
    JsonNode fc = layer("stops");
    boolean rail = false;
    for (JsonNode f : fc.get("features")) {
      assertEquals("Point", f.get("geometry").get("type").asText());
      JsonNode p = f.get("properties");
      assertFalse(p.get("stop_id").asText().isBlank());
      rail |= p.get("rail").asBoolean();
    }
    assertTrue(rail, "some stop is a rail station");
  }

  @Test
  void routesCarryOperatorAndDistrictAndRailIsOnlyRail() {
    JsonNode routes = layer("routes");
    Set<String> operators = new HashSet<>();
    Set<String> districts = new HashSet<>();
    int rail = 0;
    for (JsonNode f : routes.get("features")) {
      assertTrue(Set.of("LineString", "MultiLineString").contains(f.get("geometry").get("type").asText()));
      JsonNode p = f.get("properties");
      operators.add(p.get("operator").asText());
      // The English map names lines and operators in English (the sample translates every one).
      for (String en : new String[] {"long_name_en", "operator_en"}) {
        String text = p.path(en).asText("");
        assertFalse(text.isBlank() || text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
            == Character.UnicodeScript.HAN), en + " of " + p);
      }
      districts.add(p.get("district").asText());
      rail += p.get("mode").asText().equals("rail") ? 1 : 0;
      assertTrue(p.get("km").asDouble() > 0, p.toString());
    }
    assertTrue(operators.size() >= 6, "one operator per district and rail: " + operators);
    assertTrue(districts.size() >= 6, "routes in every district: " + districts);
    JsonNode railLayer = layer("rail");
    assertEquals(rail, railLayer.get("features").size());
    for (JsonNode f : railLayer.get("features")) {
      assertEquals("rail", f.get("properties").get("mode").asText());
    }
  }

  @Test
  void districtsAndTheBorderBeltAreAreas() {
    JsonNode d = layer("districts");
    assertEquals(6, d.get("features").size());
    for (JsonNode f : d.get("features")) {
      assertTrue(Set.of("Polygon", "MultiPolygon").contains(f.get("geometry").get("type").asText()));
      assertFalse(f.get("properties").get("name_en").asText().isBlank());
    }
    JsonNode belt = layer("border-belt");
    assertTrue(Set.of("Polygon", "MultiPolygon").contains(belt.get("features").get(0).get("geometry").get("type")
        .asText()));
  }

  @Test
  void populationAndCoverageCellsAgreeWithTheThresholds() {
    JsonNode pop = layer("population");
    assertTrue(pop.get("features").size() > 1000, "cells: " + pop.get("features").size());
    JsonNode cov = layer("coverage");
    assertEquals(pop.get("features").size(), cov.get("features").size());
    int bus = cov.get("bus_m").asInt();
    int railM = cov.get("rail_m").asInt();
    int covered = 0;
    for (JsonNode f : cov.get("features")) {
      JsonNode p = f.get("properties");
      boolean near = (!p.get("bus_walk_m").isNull() && p.get("bus_walk_m").asInt() <= bus)
          || (!p.get("rail_walk_m").isNull() && p.get("rail_walk_m").asInt() <= railM);
      assertEquals(near, p.get("covered").asBoolean(), p.toString());
      covered += near ? 1 : 0;
    }
    assertTrue(covered > 0 && covered < cov.get("features").size(), "some cells covered, some gaps: " + covered);
  }

  @Test
  void anUnknownLayerIsNamed() {
    assertProblem(http.getForEntity("/api/layers/rivers", JsonNode.class), "layer");
  }

  @Test
  void travelTimesGrowWithTheLimitAndNeedService() {
    String day = http.getForObject("/api/network", JsonNode.class).get("typicalDate").asText();
    String from = "29.6064,106.3204"; // 大学城 (Daxuecheng): bus and rail
    JsonNode hour = http.getForObject("/api/travel-time?from=" + from + "&at=" + day + "T08:00", JsonNode.class);
    JsonNode quarter = http.getForObject("/api/travel-time?from=" + from + "&at=" + day + "T08:00&maxMinutes=15",
        JsonNode.class);
    JsonNode night = http.getForObject("/api/travel-time?from=" + from + "&at=" + day + "T03:00", JsonNode.class);
    assertTrue(hour.get("serviceOnDate").asBoolean());
    int nearest = Integer.MAX_VALUE;
    for (JsonNode f : hour.get("features")) {
      int m = f.get("properties").get("minutes").asInt();
      assertTrue(m >= 0 && m <= 60, f.toString());
      nearest = Math.min(nearest, m);
    }
    assertTrue(nearest <= 5, "the cells around the origin are minutes away: " + nearest);
    long h = hour.get("reachedPopulation").asLong();
    long q = quarter.get("reachedPopulation").asLong();
    long n = night.get("reachedPopulation").asLong();
    assertTrue(q > 0 && q < h, "15 min reach " + q + " < 60 min reach " + h);
    assertTrue(n < h, "at 03:00 (no service) only walking: " + n + " < " + h);
  }

  @Test
  void badTravelTimeRequestsAreNamed() {
    assertProblem(http.getForEntity("/api/travel-time", JsonNode.class), "from");
    assertProblem(http.getForEntity("/api/travel-time?from=29.6,106.3&maxMinutes=1", JsonNode.class), "maxMinutes");
    assertProblem(http.getForEntity("/api/travel-time?from=29.6,106.3&window=0", JsonNode.class), "window");
    assertProblem(http.getForEntity("/api/travel-time?from=29.6,106.3&at=noon", JsonNode.class), "at");
    assertProblem(http.getForEntity("/api/travel-time?from=north", JsonNode.class), "from");
  }
}
