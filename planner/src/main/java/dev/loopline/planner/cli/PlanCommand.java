package dev.loopline.planner.cli;

import dev.loopline.planner.app.BatchPlanRequest;
import dev.loopline.planner.app.BatchPlanResult;
import dev.loopline.planner.app.ItineraryJson;
import dev.loopline.planner.app.LooplineSettings;
import dev.loopline.planner.app.NetworkInfoService;
import dev.loopline.planner.app.Place;
import dev.loopline.planner.app.PlanParameters;
import dev.loopline.planner.app.PlanService;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.routing.BatchPlanner;
import dev.loopline.planner.routing.PlanResult;
import dev.loopline.planner.routing.TripRequest;
import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.io.OutputGuard;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loopline plan}: door-to-door trips on a built network, for one query ({@code --from/--to}) or a batch
 * ({@code --batch queries.csv --out results.csv}, see {@link BatchPlanner}).
 */
@Command(name = "plan",
    header = "Plan door-to-door trips (walk + bus + rail), one query or a CSV batch.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Plan trips on a network: walks on the streets, Raptor over the timetable. One query prints",
        "up to N itineraries (best first); --batch answers many queries (earliest arrival) into a CSV."},
    footer = {"", "Exit status: 0 itineraries found (or batch written), 1 bad input, 3 no itinerary for the query."})
public final class PlanCommand implements Callable<Integer> {
  /** Exit status when the query was valid but has no itinerary. */
  static final int NO_ITINERARY = 3;

  @Option(names = "--network", required = true, paramLabel = "DIR", description = "a network built by 'loopline build'")
  Path network;

  @Option(names = "--from", paramLabel = "PLACE", description = "origin: LAT,LON, or a stop's name (Chinese or "
      + "English), id or code, e.g. 科学城 (see 'loopline stops')")
  String from;

  @Option(names = "--to", paramLabel = "PLACE", description = "destination: LAT,LON, or a stop's name, id or code")
  String to;

  @Option(names = "--at", paramLabel = "DATE-TIME",
      description = "departure (or arrival, with --arrive-by) as ISO local date-time, e.g. 2026-12-01T08:00 "
          + "(default: now, on the clock of the feed's time zone)")
  String at;

  @Option(names = "--arrive-by", description = "--at is the latest arrival instead of the departure")
  boolean arriveBy;

  @Option(names = "--window", paramLabel = "DURATION",
      description = "consider departures this long after --at (before, with --arrive-by) (default: ${DEFAULT-VALUE})")
  String window;

  @Option(names = "--max-walk", paramLabel = "DIST",
      description = "longest walk between stops, when changing (default: ${DEFAULT-VALUE})")
  String maxWalk;

  @Option(names = "--max-access-walk", paramLabel = "DURATION",
      description = "longest walk to the first stop and from the last one, as a time (default: ${DEFAULT-VALUE})")
  String maxAccessWalk;

  @Option(names = "--walk-speed", paramLabel = "M/S",
      description = "walking speed in metres per second (default: ${DEFAULT-VALUE})")
  double walkSpeed;

  @Option(names = "--max-transfers", paramLabel = "N",
      description = "most changes of vehicle (default: ${DEFAULT-VALUE})")
  int maxTransfers;

  @Option(names = {"-n", "--itineraries"}, paramLabel = "N",
      description = "most itineraries shown (default: ${DEFAULT-VALUE})")
  int itineraries;

  @Option(names = "--lang", paramLabel = "zh|en",
      description = "names of stops, routes and operators: zh, the feed's own, or en, English from the feed's "
          + "translations.txt; given, also the language of the itinerary's words (walk, wait, bus, metro...) "
          + "(default: ${DEFAULT-VALUE})")
  String lang;

  @Option(names = "--json", description = "print JSON (with leg geometry) instead of text")
  boolean json;

  @Option(names = "--batch", paramLabel = "QUERIES.csv",
      description = "answer every query of this CSV (id,from_lat,from_lon,to_lat,to_lon,departure)")
  Path batch;

  @Option(names = "--out", paramLabel = "RESULTS.csv", description = "where --batch writes its results")
  Path out;

  @Option(names = "--threads", paramLabel = "N", description = "batch threads (default: all cores)")
  Integer threads;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter pw = spec.commandLine().getOut();
    TripRequest template = template();
    if (batch != null) {
      if (out == null) {
        throw new UserException("--batch needs --out RESULTS.csv");
      }
      if (from != null || to != null) {
        throw new UserException("--batch takes the points from the CSV; drop --from/--to");
      }
      return runBatch(template, pw);
    }
    if (from == null || to == null) {
      throw new UserException("give --from and --to, each LAT,LON or a stop's name, id or code (or --batch "
          + "QUERIES.csv --out RESULTS.csv)");
    }
    try (Network net = open()) {
      PlanService plans = new PlanService(net);
      NetworkInfoService places = new NetworkInfoService(net);
      Place origin = places.place(from, "from");
      Place destination = places.place(to, "to");
      TripRequest request = parameters(from, to).toRequest(LooplineSettings.current().plan(), json,
          plans.timeZone(), origin, destination);
      PlanResult result = plans.plan(request, lang);
      if (json) {
        pw.println(ItineraryJson.JSON.writeValueAsString(ItineraryJson.of(result)));
      } else {
        boolean english = "en".equals(lang);
        ItineraryText.print(result, pw, labels(), langGiven(), origin.label(english), destination.label(english));
      }
      pw.flush();
      return result.ok() ? 0 : NO_ITINERARY;
    }
  }

  private int runBatch(TripRequest template, PrintWriter pw) throws IOException {
    NamedPath results = new NamedPath("--out", out);
    OutputGuard.checkPaths(List.of(new NamedPath("--network", network), new NamedPath("--batch", batch)),
        List.of(results));
    OutputGuard.checkFile(results);
    List<BatchPlanner.Query> queries = PlanService.readQueries(batch);
    int cores = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (cores < 1) {
      throw new UserException("--threads must be at least 1");
    }
    try (Network net = open(); TerminalProgress bar = TerminalProgress.start()) {
      BatchPlanResult r = new PlanService(net).planBatch(new BatchPlanRequest(queries, template, cores, out), bar);
      bar.close();
      pw.printf(Locale.ROOT, "%d queries in %.1f s (%.0f/s on %d threads) -> %s%n", r.answers().size(), r.seconds(),
          r.answers().size() / Math.max(r.seconds(), 1e-9), r.threads(), r.out());
      r.counts().forEach((s, c) -> pw.printf(Locale.ROOT, "  %-26s %d%n", s, c));
      return 0;
    }
  }

  /**
   * The words around the names: in the language {@code --lang} asks for; without it (the names are then the feed's
   * own, whatever its language) in English, as before there were labels in other languages.
   */
  private TripLabels labels() {
    return langGiven() ? TripLabels.of(lang) : TripLabels.EN;
  }

  private boolean langGiven() {
    return spec.commandLine().getParseResult().hasMatchedOption("--lang");
  }

  /** The options as the application layer's parameters (their defaults come from the settings tree). */
  private PlanParameters parameters(String origin, String destination) {
    return new PlanParameters(origin, destination, at, arriveBy, window, maxWalk, maxAccessWalk, walkSpeed,
        maxTransfers, itineraries);
  }

  /** The batch's settings (each query brings its own points and departure). */
  private TripRequest template() {
    // A batch query always has its own departure, so "now" never applies: any zone will do.
    return parameters("0,0", "0,0").toRequest(LooplineSettings.current().plan(), false, java.time.ZoneOffset.UTC);
  }

  private Network open() {
    return Network.load(network);
  }
}
