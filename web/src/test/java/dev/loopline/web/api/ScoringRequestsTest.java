package dev.loopline.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.loopline.planner.app.EvaluateRequest;
import dev.loopline.planner.app.LooplineSettings;
import dev.loopline.planner.app.ScoringRequests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web scores with the values of {@code loopline.yaml} as {@code loopline evaluate} does without options: a
 * settings file's traffic factor, dwell, coverage distances and origin zones reach the evaluations, comparisons and
 * exports the API runs (they used to run on the built-in defaults whatever the file said).
 */
class ScoringRequestsTest {
  @TempDir
  Path dir;

  @Test
  void theSettingsFilesScoringValuesReachTheRequests() throws Exception {
    Path yaml = Files.writeString(dir.resolve("loopline.yaml"), """
        evaluate:
          traffic_factor: 1.7
          dwell_s: 35
          bus_meters: [250, 600]
          rail_meters: 900
          origin_zone_m: 500
        """);
    LooplineSettings.Evaluate s = LooplineSettings.load(yaml).evaluate();
    for (EvaluateRequest r : List.of(ScoringRequests.evaluation(s, List.of(), List.of(), true),
        ScoringRequests.comparison(s, List.of(), List.of(), true))) {
      assertEquals(1.7, r.simulation().trafficFactor());
      assertEquals(35, r.simulation().dwellSeconds());
      assertEquals(List.of(250, 600), r.coverage().busMeters());
      assertEquals(900, r.coverage().railMeters());
      assertEquals(500, r.accessibility().originZoneMeters());
    }
    assertNull(ScoringRequests.evaluation(s, List.of(), List.of(), false).accessibility(), "accessibility when asked");
    EvaluateRequest defaults = ScoringRequests.evaluation(LooplineSettings.DEFAULTS.evaluate(), List.of(), List.of(),
        true);
    assertEquals(EvaluateRequest.defaults(List.of(), null).simulation(), defaults.simulation(),
        "without a file: the built-in defaults, as before");
    assertEquals(EvaluateRequest.defaults(List.of(), null).coverage(), defaults.coverage());
    assertEquals(EvaluateRequest.defaults(List.of(), null).accessibility(), defaults.accessibility());
  }
}
