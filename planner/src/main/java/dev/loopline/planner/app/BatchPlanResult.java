package dev.loopline.planner.app;

import dev.loopline.planner.routing.BatchPlanner;
import dev.loopline.planner.routing.PlanStatus;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A batch answered and written.
 *
 * @param answers one per query, in input order
 * @param seconds wall-clock seconds the planning took (reading and writing excluded)
 * @param threads the worker threads used
 * @param out     the results CSV written
 */
public record BatchPlanResult(List<BatchPlanner.Answer> answers, double seconds, int threads, Path out) {
  public BatchPlanResult {
    answers = List.copyOf(answers);
  }

  /** How many answers have each status, in the status order. */
  public Map<PlanStatus, Integer> counts() {
    Map<PlanStatus, Integer> counts = new EnumMap<>(PlanStatus.class);
    answers.forEach(a -> counts.merge(a.status(), 1, Integer::sum));
    return counts;
  }
}
