package dev.loopline.planner.routing;

import dev.loopline.gtfs.io.CsvFile;
import dev.loopline.gtfs.io.IoErrors;
import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.io.OutputGuard;
import dev.loopline.osm.LatLon;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Batch mode for researchers: many origin-destination queries from a CSV, the earliest arrival of each, written
 * to a CSV in input order. Input columns (any order, extra columns ignored):
 * {@code id,from_lat,from_lon,to_lat,to_lon,departure} with {@code departure} an ISO local date-time
 * ({@code 2026-12-01T08:00}). Output columns: {@code id,departure,arrival,duration_s,transfers,walk_m,status},
 * where {@code status} is {@code OK} or a {@link PlanStatus} reason and the other fields are empty when there is
 * no itinerary. The whole input is checked before any query runs; a bad row stops the batch with an error that
 * names the line and the field.
 */
public final class BatchPlanner {
  static final List<String> INPUT_COLUMNS = List.of("id", "from_lat", "from_lon", "to_lat", "to_lon", "departure");
  private static final java.time.format.DateTimeFormatter SECONDS =
      java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
  static final String OUTPUT_HEADER = "id,departure,arrival,duration_s,transfers,walk_m,status";

  /** One query; {@code line} is its line in the input file (header = 1). */
  public record Query(String id, LatLon from, LatLon to, LocalDateTime departure, int line) {}

  /** The answer to a query: its earliest-arrival itinerary, or the reason there is none. */
  public record Answer(Query query, PlanStatus status, Itinerary itinerary) {}

  /** A query file that cannot be used; the message names the file, line and field. */
  public static final class BatchInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BatchInputException(String message) {
      super(message);
    }
  }

  private BatchPlanner() {}

  /** Reads and checks every query. */
  public static List<Query> read(Path csv) throws IOException {
    CsvFile table;
    try {
      table = CsvFile.read(csv);
    } catch (CsvFile.UnterminatedQuoteException e) {
      throw new BatchInputException(csv + ":" + e.line() + ": " + e.getMessage());
    } catch (IOException e) {
      throw new BatchInputException(csv + ": " + IoErrors.describe(e));
    }
    if (table.empty()) {
      throw new BatchInputException(csv + ": empty file; expected a header " + String.join(",", INPUT_COLUMNS));
    }
    Map<String, Integer> col = new HashMap<>();
    for (String c : INPUT_COLUMNS) {
      if (table.column(c) < 0) {
        throw new BatchInputException(csv + ":1: missing column '" + c + "' (expected "
            + String.join(",", INPUT_COLUMNS) + ")");
      }
      col.put(c, table.column(c));
    }
    List<Query> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (CsvFile.Row row : table.rows()) {
      int n = row.line();
      List<String> f = row.values();
      String id = field(csv, n, f, col, "id");
      if (id.isEmpty()) {
        throw new BatchInputException(csv + ":" + n + ": field 'id': empty");
      }
      if (!ids.add(id)) {
        throw new BatchInputException(csv + ":" + n + ": field 'id': duplicate id '" + id + "'");
      }
      LatLon from = point(csv, n, f, col, "from_lat", "from_lon");
      LatLon to = point(csv, n, f, col, "to_lat", "to_lon");
      String dep = field(csv, n, f, col, "departure");
      LocalDateTime departure;
      try {
        departure = LocalDateTime.parse(dep.replace(' ', 'T'));
      } catch (DateTimeParseException e) {
        throw new BatchInputException(csv + ":" + n + ": field 'departure': not an ISO local date-time: '" + dep
            + "' (use e.g. 2026-12-01T08:00)");
      }
      out.add(new Query(id, from, to, departure, n));
    }
    return out;
  }

  private static String field(Path csv, int line, List<String> f, Map<String, Integer> col, String name) {
    int i = col.get(name);
    if (i >= f.size()) {
      throw new BatchInputException(csv + ":" + line + ": field '" + name + "': missing (the row has " + f.size()
          + " fields)");
    }
    return f.get(i).trim();
  }

  private static LatLon point(Path csv, int line, List<String> f, Map<String, Integer> col, String latName,
                              String lonName) {
    double lat = number(csv, line, field(csv, line, f, col, latName), latName);
    double lon = number(csv, line, field(csv, line, f, col, lonName), lonName);
    if (lat < -90 || lat > 90) {
      throw new BatchInputException(csv + ":" + line + ": field '" + latName + "': latitude out of range: " + lat);
    }
    if (lon < -180 || lon > 180) {
      throw new BatchInputException(csv + ":" + line + ": field '" + lonName + "': longitude out of range: " + lon);
    }
    return new LatLon(lat, lon);
  }

  private static double number(Path csv, int line, String v, String name) {
    try {
      double d = Double.parseDouble(v);
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BatchInputException(csv + ":" + line + ": field '" + name + "': not a number: '" + v + "'");
  }

  /**
   * Answers every query with its earliest arrival (Raptor's single-criterion search, no geometry), on
   * {@code threads} threads; answers come back in input order.
   *
   * @param template settings for every query (walking, transfers); its points and time are replaced
   * @param progress called with 1 after each answered query (from any thread)
   */
  public static List<Answer> run(TripPlanner planner, List<Query> queries, TripRequest template, int threads,
                                 IntConsumer progress) {
    TripRequest base = template.withOptimize(TripRequest.Optimize.EARLIEST_ARRIVAL).withGeometry(false)
        .withArriveBy(false);
    AtomicInteger done = new AtomicInteger();
    ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
    try {
      return pool.submit(() -> IntStream.range(0, queries.size()).parallel().mapToObj(i -> {
        Query q = queries.get(i);
        TripRequest req = new TripRequest(q.from(), q.to(), q.departure(), false, base.window(),
            base.maxWalkMeters(), base.maxAccessWalk(), base.walkSpeedMps(), base.maxTransfers(), 1, base.optimize(), false, base.cost());
        PlanResult r = planner.plan(req);
        progress.accept(1);
        done.incrementAndGet();
        return new Answer(q, r.status(), r.ok() ? r.earliestArrival() : null);
      }).toList()).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("batch interrupted after " + done.get() + " queries", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  /** Writes the answers (temp file + rename). */
  public static void write(List<Answer> answers, Path out) throws IOException {
    OutputGuard.replaceFile(new NamedPath("batch results", out), tmp -> writeTo(answers, tmp));
  }

  private static void writeTo(List<Answer> answers, Path tmp) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
      w.write(OUTPUT_HEADER);
      w.write('\n');
      for (Answer a : answers) {
        w.write(csv(a.query().id()));
        Itinerary it = a.itinerary();
        if (it == null) {
          w.write("," + a.query().departure().format(SECONDS) + ",,,,," + a.status());
        } else {
          w.write(String.format(Locale.ROOT, ",%s,%s,%d,%d,%.0f,%s", it.departure().format(SECONDS),
              it.arrival().format(SECONDS), it.duration().toSeconds(), it.transfers(),
              it.walkMeters(), a.status()));
        }
        w.write('\n');
      }
    }
  }

  private static String csv(String v) {
    return v.contains(",") || v.contains("\"") ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }
}
