package dev.loopline.planner.app;

import dev.loopline.planner.network.Network;
import dev.loopline.planner.progress.ProgressCounter;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.routing.BatchPlanner;
import dev.loopline.planner.routing.PlanResult;
import dev.loopline.planner.routing.TripPlanner;
import dev.loopline.planner.routing.TripRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code plan} operation on one open network: door-to-door trips (walk + bus + rail), one query with several
 * itineraries or a batch with the earliest arrival of each. Thread-safe: one service can answer concurrent
 * requests (the web keeps one per network).
 */
public final class PlanService {
  private final TripPlanner planner;
  private final java.time.ZoneId timeZone;
  private final FeedNames names;

  public PlanService(Network network) {
    this.planner = new TripPlanner(network);
    this.timeZone = network.timeZone();
    this.names = FeedNames.of(network.feed());
  }

  /**
   * The plan with its names in {@code lang} ({@code zh}: the feed's own, {@code en}: English from translations.txt).
   *
   * @throws InvalidRequestException naming {@code lang} when it is neither
   */
  public PlanResult plan(TripRequest request, String lang) {
    FeedNames.Language language = FeedNames.Language.parse(lang);
    if (language == null) {
      throw InvalidRequestException.of("lang", "expected zh or en, got '" + lang + "'");
    }
    return names.translate(planner.plan(request), language);
  }

  /** The network's time zone: trip times are its local times, and "now" is its clock. */
  public java.time.ZoneId timeZone() {
    return timeZone;
  }

  /** Up to {@code request.maxItineraries()} itineraries, best first, or the reason there is none. */
  public PlanResult plan(TripRequest request) {
    return planner.plan(request);
  }

  /**
   * Reads a batch of queries ({@code id,from_lat,from_lon,to_lat,to_lon,departure}).
   *
   * @throws BatchPlanner.BatchInputException naming file, line and field of the first bad value
   */
  public static List<BatchPlanner.Query> readQueries(Path csv) throws IOException {
    return BatchPlanner.read(csv);
  }

  /** Answers every query and writes the results CSV atomically; one progress unit per query ("plan"). */
  public BatchPlanResult planBatch(BatchPlanRequest request, ProgressListener progress) throws IOException {
    ProgressCounter counter = new ProgressCounter(progress, "plan", request.queries().size());
    long t0 = System.nanoTime();
    List<BatchPlanner.Answer> answers = BatchPlanner.run(planner, request.queries(), request.template(),
        request.threads(), counter::step);
    double seconds = (System.nanoTime() - t0) / 1e9;
    BatchPlanner.write(answers, request.out());
    return new BatchPlanResult(answers, seconds, request.threads(), request.out());
  }
}
