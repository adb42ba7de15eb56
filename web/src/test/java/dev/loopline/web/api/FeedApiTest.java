package dev.loopline.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What operators see: the sample's district feeds with their validation, and the merge report. */
class FeedApiTest extends ApiTestBase {

  @Test
  void everyDistrictFeedIsListedWithItsValidation() {
    JsonNode feeds = http.getForObject("/api/feeds", JsonNode.class);
    Set<String> ids = new HashSet<>();
    for (JsonNode f : feeds) {
      ids.add(f.get("id").asText());
      long listed = f.get("notices").size();
      long counted = f.get("errors").asLong() + f.get("warnings").asLong() + f.get("infos").asLong();
      assertTrue(listed == Math.min(counted, FeedController.NOTICES_SHOWN), f.toString());
      assertEquals(f.get("errors").asLong() == 0, f.get("valid").asBoolean(), f.toString());
    }
    assertTrue(ids.containsAll(Set.of("gaoxin", "shapingba", "jiulongpo", "beibei", "jiangjin", "bishan")), ids.toString());
  }

  @Test
  void theMergeReportIsServedAsWritten() {
    JsonNode report = http.getForObject("/api/merge-report", JsonNode.class);
    assertTrue(report.isObject(), String.valueOf(report));
    assertFalse(report.isEmpty(), report.toString());
  }
}
