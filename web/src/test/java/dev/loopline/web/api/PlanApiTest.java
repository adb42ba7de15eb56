package dev.loopline.web.api;

import static dev.loopline.web.api.NetworkApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopline.planner.app.PlanService;
import dev.loopline.planner.app.WarmUp;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.routing.PlanStatus;
import dev.loopline.web.PlanWarmUp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /api/plan}: trips across the sample with every option, and each bad parameter named. */
class PlanApiTest extends ApiTestBase {
  @Autowired
  PlanWarmUp warmUp;
  @Autowired
  PlanService plans;
  @Autowired
  Network network;
  private static final String TRIP = "from=29.59,106.22&to=29.60,106.30";

  private String morning() {
    return http.getForObject("/api/network", JsonNode.class).get("typicalDate").asText() + "T08:00";
  }

  @Test
  void aMorningTripHasLegsWithGeometryFareAndDistricts() {
    JsonNode plan = http.getForObject("/api/plan?" + TRIP + "&at=" + morning(), JsonNode.class);
    assertEquals("OK", plan.get("status").asText(), plan.toString());
    JsonNode its = plan.get("itineraries");
    assertFalse(its.isEmpty(), plan.toString());
    JsonNode best = its.get(0);
    assertTrue(java.time.OffsetDateTime.parse(best.get("departure").asText()).toLocalDateTime()
        .isAfter(LocalDateTime.parse(morning()).minusMinutes(1)), best.toString());
    assertFalse(best.get("districts").isEmpty(), "districts crossed missing: " + best);
    boolean transit = false;
    for (JsonNode leg : best.get("legs")) {
      assertEquals("LineString", leg.get("geometry").get("type").asText());
      assertTrue(leg.get("geometry").get("coordinates").size() >= 2, leg.toString());
      transit |= !leg.get("mode").asText().equals("WALK");
    }
    assertTrue(transit, "the best trip over 8 km should ride something: " + best);
  }

  @Test
  void everyOptionIsHonoured() {
    String at = morning();
    JsonNode all = http.getForObject("/api/plan?" + TRIP + "&at=" + at, JsonNode.class);
    int fewest = 99;
    for (JsonNode it : all.get("itineraries")) {
      fewest = Math.min(fewest, it.get("transfers").asInt());
    }
    JsonNode one = http.getForObject("/api/plan?" + TRIP + "&at=" + at + "&n=1", JsonNode.class);
    assertEquals(1, one.get("itineraries").size(), one.toString());
    assertTrue(fewest > 0, "expected a trip with a change of vehicle: " + all);
    JsonNode direct = http.getForObject("/api/plan?" + TRIP + "&at=" + at + "&maxTransfers=0", JsonNode.class);
    for (JsonNode it : direct.get("itineraries")) {
      assertEquals(0, it.get("transfers").asInt(), it.toString());
    }
    assertTrue(direct.path("message").asText().contains("0 transfers") || !direct.get("itineraries").isEmpty(),
        direct.toString());
    JsonNode shortWalks = http.getForObject("/api/plan?" + TRIP + "&at=" + at + "&maxWalk=300m&window=2h",
        JsonNode.class);
    assertTrue(shortWalks.path("message").asText().contains("300 m") || !shortWalks.get("itineraries").isEmpty(),
        shortWalks.toString());
    JsonNode slow = http.getForObject("/api/plan?" + TRIP + "&at=" + at + "&n=1&walkSpeed=0.5", JsonNode.class);
    assertTrue(slow.get("itineraries").isEmpty() || slow.get("itineraries").get(0).get("arrival").asText()
        .compareTo(one.get("itineraries").get(0).get("arrival").asText()) >= 0, "a slower walker arrives no sooner");
    JsonNode arrive = http.getForObject("/api/plan?" + TRIP + "&at=" + at.replace("T08", "T09") + "&arriveBy=true",
        JsonNode.class);
    assertTrue(arrive.get("request").get("arriveBy").asText().startsWith(at.replace("T08", "T09")),
        "the requested time, with the network's UTC offset: " + arrive.get("request"));
    for (JsonNode it : arrive.get("itineraries")) {
      assertFalse(java.time.OffsetDateTime.parse(it.get("arrival").asText()).toLocalDateTime()
          .isAfter(LocalDateTime.parse(at).plusHours(1)),
          it.toString());
    }
  }

  @Test
  void theServerPreparesTodaysPlanningOnceItIsUp() throws Exception {
    WarmUp first = warmUp.first().get(2, TimeUnit.MINUTES);
    LocalDate today = LocalDate.now(plans.timeZone());
    assertTrue(first.date().equals(today) || first.date().equals(today.minusDays(1)),
        "today on the network's clock (yesterday only if midnight passed since): " + first);
    if (network.transitLayer(first.date()).hasService()) {
      assertEquals(PlanStatus.OK, first.status(), "the trial trip along today's busiest line: " + first);
    } else {
      assertEquals(PlanStatus.DATE_OUT_OF_SERVICE, first.status(), first.toString());
    }
  }

  @Test
  void tripsGoBetweenStopsNamedInEitherLanguage() {
    JsonNode named = http.getForObject("/api/plan?from={from}&to={to}&at={at}", JsonNode.class, "科学城", "Beibei",
        morning());
    assertEquals("OK", named.get("status").asText(), named.toString());
    JsonNode points = http.getForObject("/api/plan?from={from}&to={to}&at={at}", JsonNode.class,
        "29.570559,106.352084", "29.8256035,106.4340085", morning());
    assertEquals(points.get("itineraries").get(0).get("arrival"), named.get("itineraries").get(0).get("arrival"),
        "a station's name stands for the middle of its stops");
    assertProblem(http.getForEntity("/api/plan?from={from}&to={to}", JsonNode.class, "科学城东", "北碚"), "from");
    assertProblem(http.getForEntity("/api/plan?from={from}&to={to}", JsonNode.class, "科学城", "no such stop"), "to");
  }

  @Test
  void noItineraryIsAnAnswerNotAnError() {
    JsonNode far = http.getForObject("/api/plan?from=29.59,106.22&to=40.0,116.4&at=" + morning(), JsonNode.class);
    assertFalse(far.get("status").asText().equals("OK"), far.toString());
    assertTrue(far.get("itineraries").isEmpty(), far.toString());
  }

  @Test
  void badParametersAreNamed() {
    assertProblem(http.getForEntity("/api/plan?to=29.60,106.30", JsonNode.class), "from");
    assertProblem(http.getForEntity("/api/plan?from=29.59&to=29.60,106.30", JsonNode.class), "from");
    assertProblem(http.getForEntity("/api/plan?from=29.59,106.22&to=95,106.30", JsonNode.class), "to");
    assertProblem(http.getForEntity("/api/plan?" + TRIP + "&at=tomorrow", JsonNode.class), "at");
    assertProblem(http.getForEntity("/api/plan?" + TRIP + "&window=soon", JsonNode.class), "window");
    assertProblem(http.getForEntity("/api/plan?" + TRIP + "&maxWalk=far", JsonNode.class), "maxWalk");
    assertProblem(http.getForEntity("/api/plan?" + TRIP + "&walkSpeed=9", JsonNode.class), "walkSpeed");
    assertProblem(http.getForEntity("/api/plan?" + TRIP + "&walkSpeed=fast", JsonNode.class), "walkSpeed");
    assertProblem(http.getForEntity("/api/plan?" + TRIP + "&maxTransfers=-1", JsonNode.class), "maxTransfers");
    assertProblem(http.getForEntity("/api/plan?" + TRIP + "&n=0", JsonNode.class), "n");
    assertProblem(http.getForEntity("/api/plan?" + TRIP + "&arriveBy=maybe", JsonNode.class), "arriveBy");
  }
}
