package dev.loopline.planner.app;

import dev.loopline.planner.routing.BatchPlanner;
import dev.loopline.planner.routing.TripRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Answer many trip queries with their earliest arrival.
 *
 * @param queries  the queries (read with {@link PlanService#readQueries})
 * @param template walking, transfer and window settings for every query; its points and time are replaced
 * @param threads  worker threads, at least 1
 * @param out      the results CSV to write
 */
public record BatchPlanRequest(List<BatchPlanner.Query> queries, TripRequest template, int threads, Path out) {
  public BatchPlanRequest {
    queries = List.copyOf(queries);
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(out, "out");
    if (threads < 1) {
      throw InvalidRequestException.of("threads", "must be at least 1");
    }
  }
}
