package dev.loopline.planner.app;

import dev.loopline.gtfs.model.Stop;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.progress.ProgressCounter;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.routing.BatchPlanner;
import dev.loopline.planner.routing.PlanResult;
import dev.loopline.planner.routing.PlanStatus;
import dev.loopline.planner.routing.TripPlanner;
import dev.loopline.planner.routing.TripRequest;
import dev.loopline.planner.transit.TransitLayer;
import dev.loopline.planner.transit.TripPattern;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The {@code plan} operation on one open network: door-to-door trips (walk + bus + rail), one query with several
 * itineraries or a batch with the earliest arrival of each. Thread-safe: one service can answer concurrent
 * requests (the web keeps one per network).
 */
public final class PlanService {
  private final Network network;
  private final TripPlanner planner;
  private final java.time.ZoneId timeZone;
  private final FeedNames names;

  public PlanService(Network network) {
    this.network = network;
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

  /**
   * Prepares what the first plan of a service date would otherwise build while a resident waits (about 0.7 s on the
   * sample: the day's timetable, its thinned walks between stops, and the first run of the routing code), by planning
   * one trip along the day's busiest line from its first stop to its last (a different stop), leaving at {@code at}
   * with the given defaults. Later plans of that date with the same walking speed find it all ready. Thread-safe: a plan asked at
   * the same time builds nothing twice that it keeps.
   */
  public WarmUp warmUp(LooplineSettings.Plan defaults, LocalDateTime at) {
    long t0 = System.nanoTime();
    TransitLayer layer = network.transitLayer(at.toLocalDate());
    Optional<TripPattern> busiest = layer.patterns().stream()
        .filter(p -> p.timetable().numberOfTripSchedules() > 0
            && p.stopIndex(0) != p.stopIndex(p.numberOfStopsInPattern() - 1))
        .max(Comparator.comparingInt((TripPattern p) -> p.timetable().numberOfTripSchedules())
            .thenComparing(TripPattern::patternIndex, Comparator.reverseOrder()));
    PlanStatus status = PlanStatus.DATE_OUT_OF_SERVICE;
    if (busiest.isPresent()) {
      TripPattern line = busiest.get();
      Stop first = layer.stop(line.stopIndex(0));
      Stop last = layer.stop(line.stopIndex(line.numberOfStopsInPattern() - 1));
      TripRequest request = new PlanParameters(first.lat() + "," + first.lon(), last.lat() + "," + last.lon(),
          at.toString(), false, null, null, null, null, null, null).toRequest(defaults, true, timeZone);
      status = plan(request, defaults.lang()).status();
    }
    return new WarmUp(at.toLocalDate(), status, Duration.ofNanos(System.nanoTime() - t0));
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
