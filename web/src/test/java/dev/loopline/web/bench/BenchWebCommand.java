package dev.loopline.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopline.gtfs.geo.Geo;
import dev.loopline.planner.app.LooplineSettings;
import dev.loopline.planner.app.NetworkInfoService;
import dev.loopline.planner.app.PlanParameters;
import dev.loopline.planner.app.PlanService;
import dev.loopline.planner.app.StopMatch;
import dev.loopline.planner.bench.BenchmarksPageOption;
import dev.loopline.planner.bench.Goals;
import dev.loopline.planner.bench.MachineInfo;
import dev.loopline.planner.bench.SampleDirOption;
import dev.loopline.planner.cli.UserException;
import dev.loopline.planner.sample.SampleWorkspace;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loopline bench web}: the trip planner as a browser sees it. Starts the web application on the synthetic
 * sample (prepared as {@code demo} does) on a free port, then times {@code GET /api/plan} over HTTP on localhost
 * (one client, keep-alive) after a warm-up, and the same questions answered in-process by the application service,
 * so the page shows what HTTP, Spring and JSON add. Also times the server's start on an already built network.
 * Writes the section "Web API" of docs/benchmarks.md with {@code --out}.
 */
@Command(name = "web",
    header = "Trip-planning latency at the web API (HTTP) on the synthetic sample.", mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {"Benchmark GET /api/plan over HTTP on the synthetic sample; writes docs/benchmarks.md,",
        "section 'Web API'."})
public final class BenchWebCommand implements Callable<Integer> {
  static final String SECTION = "## Web API";
  private static final int WARMUP = 50;

  @CommandLine.Mixin
  SampleDirOption sample;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "300", description = "timed requests")
  int queries;

  @CommandLine.Mixin
  BenchmarksPageOption page;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SampleWorkspace work = sample.workspace(out);
    out.println("starting the web application on the sample ...");
    out.flush();
    try (BenchServer server = BenchServer.start(work)) {
      ConfigurableApplicationContext ctx = server.context();
      int port = server.port();
      NetworkInfoService info = ctx.getBean(NetworkInfoService.class);
      PlanService plans = ctx.getBean(PlanService.class);
      LooplineSettings settings = ctx.getBean(LooplineSettings.class);
      List<String[]> qs = queries(info, WARMUP + queries);
      HttpClient http = HttpClient.newHttpClient();
      ObjectMapper json = new ObjectMapper();
      int ok = 0;
      long bytes = 0;
      long[] httpNanos = new long[queries];
      long[] serviceNanos = new long[queries];
      for (int i = 0; i < qs.size(); i++) {
        String[] q = qs.get(i);
        String url = "http://localhost:" + port + "/api/plan?from=" + enc(q[0]) + "&to=" + enc(q[1]) + "&at="
            + enc(q[2]);
        long w = System.nanoTime();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofString());
        long took = System.nanoTime() - w;
        if (r.statusCode() != 200) {
          throw new UserException("GET " + url + " answered " + r.statusCode() + ": " + r.body());
        }
        if (i >= WARMUP) {
          httpNanos[i - WARMUP] = took;
          JsonNode plan = json.readTree(r.body());
          ok += plan.get("status").asText().equals("OK") ? 1 : 0;
          bytes += r.body().length();
        }
      }
      // The same questions in-process: the application service alone (routing, itineraries, geometry).
      for (int i = 0; i < qs.size(); i++) {
        String[] q = qs.get(i);
        var request = new PlanParameters(q[0], q[1], q[2], false, null, null, null, null, null, null)
            .toRequest(settings.plan(), true, plans.timeZone());
        long w = System.nanoTime();
        plans.plan(request);
        if (i >= WARMUP) {
          serviceNanos[i - WARMUP] = System.nanoTime() - w;
        }
      }
      String body = render(server.loadSeconds(), server.startSeconds(), httpNanos, serviceNanos, ok, bytes,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      page.print(out, SECTION, body);
      return 0;
    }
  }

  /**
   * Deterministic questions between random stops 2 to 15 km apart as the crow flies, leaving at a random minute
   * between 07:00 and 09:00 of the typical weekday: {@code [from, to, at]} as a client types them.
   */
  static List<String[]> queries(NetworkInfoService info, int n) {
    Random rnd = new Random(1);
    List<StopMatch> stops = info.stops();
    String day = info.summary().typicalDate().toString();
    List<String[]> out = new ArrayList<>();
    while (out.size() < n) {
      StopMatch a = stops.get(rnd.nextInt(stops.size()));
      StopMatch b = stops.get(rnd.nextInt(stops.size()));
      double d = Geo.distanceMeters(a.lat(), a.lon(), b.lat(), b.lon());
      if (d < 2_000 || d > 15_000) {
        continue;
      }
      LocalDateTime at = LocalDateTime.parse(day + "T07:00").plusMinutes(rnd.nextInt(120));
      out.add(new String[] {point(a), point(b), at.toString()});
    }
    return out;
  }

  private static String point(StopMatch s) {
    return String.format(Locale.ROOT, "%.6f,%.6f", s.lat(), s.lon());
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private String render(double loadSeconds, double startSeconds, long[] http, long[] service, int ok, long bytes,
                        double loadAverage) {
    MachineInfo m = MachineInfo.current();
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, """
        Run: `./loopline bench web` (%d timed requests after %d warm-up requests, one client, keep-alive, on \
        localhost). %s Measured on a shared machine (system load average at the end: %.1f): other processes \
        compete for the cores, so the figures are upper bounds. The server runs on the synthetic sample at scale 1 \
        (prepared as `demo` does); each request is `GET /api/plan?from=&to=&at=` between two random stops 2-15 km \
        apart, leaving at a random minute between 07:00 and 09:00 of the typical weekday, with every other option at \
        its default (60-minute window, up to 5 itineraries with leg geometry). "In-process" answers the same \
        questions with `PlanService` directly: the difference is what HTTP, Spring MVC and JSON add.

        """, queries, WARMUP, m.describe().endsWith(".") ? m.describe() : m.describe() + ".", loadAverage));
    b.append("| measure | synthetic sample, scale 1 | goal |\n|---|---|---|\n");
    b.append(String.format(Locale.ROOT, "| `GET /api/plan` p50 / p95, wall | %.0f / %.0f ms | p50 < 100 ms: %s |%n",
        pct(http, 50), pct(http, 95), Goals.verdict(pct(http, 50) < 100)));
    b.append(String.format(Locale.ROOT, "| in-process `PlanService.plan` p50 / p95, wall | %.0f / %.0f ms | |%n",
        pct(service, 50), pct(service, 95)));
    b.append(String.format(Locale.ROOT, "| requests with an itinerary | %.0f %% | |%n", 100.0 * ok / http.length));
    b.append(String.format(Locale.ROOT, "| mean response size | %.0f kB | |%n", bytes / 1e3 / http.length));
    b.append(String.format(Locale.ROOT, "| server start on a built network (load + Spring) | %.1f s (network load "
        + "%.1f s) | network load ≤ %.0f s: %s |%n", startSeconds, loadSeconds, Goals.LOAD_SECONDS,
        Goals.verdict(loadSeconds <= Goals.LOAD_SECONDS)));
    return b.toString();
  }

  static double pct(long[] nanos, int p) {
    long[] v = nanos.clone();
    Arrays.sort(v);
    int i = Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1);
    return v[Math.max(0, i)] / 1e6;
  }
}
