package dev.loopline.planner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.TestNetworkDirs;
import dev.loopline.planner.routing.PlanStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The web server prepares each day's planning in advance with {@link PlanService#warmUp}. */
class PlanWarmUpTest {
  private static final LooplineSettings.Plan DEFAULTS = LooplineSettings.DEFAULTS.plan();

  @Test
  void plansATripAlongTheBusiestLineOfTheDay() {
    Network sample = TestNetworkDirs.sample();
    LocalDateTime morning = LocalDateTime.of(2026, 12, 1, 8, 0);
    WarmUp w = new PlanService(sample).warmUp(DEFAULTS, morning);
    assertEquals(LocalDate.of(2026, 12, 1), w.date());
    assertEquals(PlanStatus.OK, w.status(), "a trial trip from a line's first stop to its last finds that line");
    assertTrue(sample.transitLayer(w.date()).hasService());
  }

  @Test
  void aDayWithoutServiceHasNothingToPrepare() {
    WarmUp w = new PlanService(TestNetworkDirs.sample()).warmUp(DEFAULTS, LocalDateTime.of(1999, 1, 4, 8, 0));
    assertEquals(PlanStatus.DATE_OUT_OF_SERVICE, w.status());
  }
}
