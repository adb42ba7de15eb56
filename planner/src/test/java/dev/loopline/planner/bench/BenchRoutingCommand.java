package dev.loopline.planner.bench;

import dev.loopline.planner.cli.UserException;
import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.geo.Geo;
import dev.loopline.gtfs.geo.LocalProjection;
import dev.loopline.gtfs.merge.FeedMerger;
import dev.loopline.gtfs.merge.MergeInput;
import dev.loopline.gtfs.merge.MergeOptions;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.write.GtfsWriter;
import dev.loopline.gtfs.write.WriteOptions;
import dev.loopline.osm.LatLon;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.NetworkInputs;
import dev.loopline.planner.sample.SampleWorkspace;
import dev.loopline.planner.routing.BatchPlanner;
import dev.loopline.planner.routing.PlanResult;
import dev.loopline.planner.routing.TravelTimeSearch;
import dev.loopline.planner.routing.TravelTimes;
import dev.loopline.planner.routing.TripPlanner;
import dev.loopline.planner.routing.TripRequest;
import dev.loopline.planner.transit.TransitLayer;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loopline bench routing}: trip-planning speed and memory on the synthetic sample at scale 1 (prepared as
 * {@code demo} does) and on Porto Alegre (EPTC buses + TRENSURB metro, merged, from the shared fixtures). Per data
 * set: network load time, transit layer build time, heap of the loaded network, p50/p95 latency of single
 * queries after warm-up (full itineraries with geometry, and earliest-arrival only), batch throughput on all
 * cores, and the accessibility search's time per origin. Writes the section "Transit routing (Raptor)" of
 * docs/benchmarks.md with {@code --out}.
 */
@Command(name = "routing",
    header = "Trip-planning latency, batch throughput and memory of a loaded network.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Benchmark trip planning (Raptor) on the synthetic sample and on Porto Alegre; writes",
        "docs/benchmarks.md, section 'Transit routing (Raptor)'."})
public final class BenchRoutingCommand implements Callable<Integer> {
  static final String SECTION = "## Transit routing (Raptor)";
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Option(names = "--dir", paramLabel = "DIR", defaultValue = "work",
      description = "work directory holding (or receiving) the sample, Porto Alegre and their networks "
          + "(default: ${DEFAULT-VALUE})")
  Path dir;

  /** The shared real fixtures (Porto Alegre); that data set is skipped when they are absent. */
  @CommandLine.Mixin
  FixturesOption fixtures;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "300", description = "timed single queries per data set")
  int queries;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "1000", description = "queries of the batch run")
  int batchSize;

  @CommandLine.Mixin
  BenchmarksPageOption page;

  @Option(names = "--no-otp", description = "do not run OpenTripPlanner 2.9 beside Loopline on Porto Alegre")
  boolean noOtp;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** One data set's figures. */
  private record Result(String name, String detail, double loadSeconds, double layerSeconds, long heapBytes,
                        Stats full, Stats earliest, double okShare, double batchPerSecond, int batchThreads,
                        double batchOkShare, double originCpuMs, double originWallMs, double loadAverage) {}

  /** Latency percentiles in milliseconds. */
  private record Stats(double p50Wall, double p95Wall, double p50Cpu, double p95Cpu) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Result> results = new ArrayList<>();
    SampleWorkspace work = new SampleWorkspace(dir, line -> {
      out.println(line);
      out.flush();
    });
    work.prepare().close();
    results.add(measure("synthetic sample, scale 1", work.networkDir(), null, 7 * 3600, 9 * 3600, out));
    Path poa = portoAlegre(out);
    if (poa != null) {
      results.add(measure("Porto Alegre (EPTC + TRENSURB)", poa, LocalDate.of(2019, 5, 6), 11 * 3600, 16 * 3600,
          out));
    }
    String body = render(results);
    if (poa != null && !noOtp) {
      try (Network net = Network.load(poa)) {
        OtpPeerRun peer = OtpPeerRun.measure(net, fixtures.dir(), dir.resolve("otp-peer"), out);
        out.println("  " + peer);
        body += peer.render();
      }
    }
    page.print(out, SECTION, body);
    return 0;
  }

  /** Merges the two Porto Alegre feeds and builds their network (both reused when up to date). */
  private Path portoAlegre(PrintWriter out) throws IOException {
    Path root = fixtures.dir().resolve("porto-alegre");
    Path eptc = root.resolve("poa_eptc.zip");
    Path metro = root.resolve("poa_trensurb.zip");
    Path osm = root.resolve("poa_osm.pbf");
    if (!Files.exists(eptc) || !Files.exists(metro) || !Files.exists(osm)) {
      out.println("Porto Alegre fixtures not found under " + root + "; skipped");
      return null;
    }
    Path poa = dir.toAbsolutePath().resolve("porto-alegre");
    Files.createDirectories(poa);
    Path unified = poa.resolve("unified.zip");
    if (!Files.exists(unified)) {
      out.println("merging EPTC and TRENSURB into " + unified + " ...");
      out.flush();
      try {
        var merged = FeedMerger.merge(List.of(new MergeInput("eptc", GtfsReader.read(eptc)),
            new MergeInput("trensurb", GtfsReader.read(metro))), MergeOptions.defaults());
        Path tmp = poa.resolve("unified.zip.tmp");
        GtfsWriter.write(merged.feed(), tmp, WriteOptions.defaults());
        Files.move(tmp, unified, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } catch (GtfsException e) {
        throw new UserException("Porto Alegre: " + e.getMessage(), e);
      }
    }
    Path net = poa.resolve("network");
    NetworkInputs inputs = NetworkInputs.of(unified, osm);
    if (!Network.upToDate(inputs, net)) {
      out.println("building the Porto Alegre network in " + net + " ...");
      out.flush();
    }
    Network.build(inputs, net, ProgressListener.none()).close();
    return net;
  }

  private Result measure(String name, Path networkDir, LocalDate date, int from, int to, PrintWriter out)
      throws Exception {
    out.println("measuring " + name + " ...");
    out.flush();
    HeapMeter.collect();
    long heap0 = HeapMeter.usedAfterGc();
    long t0 = System.nanoTime();
    try (Network net = Network.load(networkDir)) {
      double load = (System.nanoTime() - t0) / 1e9;
      LocalDate day = date != null ? date : defaultDate(net);
      t0 = System.nanoTime();
      TransitLayer layer = net.transitLayer(day);
      double layerSeconds = (System.nanoTime() - t0) / 1e9;
      HeapMeter.collect();
      long heap = HeapMeter.usedAfterGc() - heap0;
      TripPlanner planner = new TripPlanner(net);
      List<TripRequest> qs = queries(net, layer, day, from, to, queries + 50, 1);
      // Warm-up (JIT), then timed.
      for (TripRequest q : qs.subList(0, 50)) {
        planner.plan(q);
      }
      List<TripRequest> timed = qs.subList(50, qs.size());
      int ok = 0;
      long[] wall = new long[timed.size()];
      long[] cpu = new long[timed.size()];
      for (int i = 0; i < timed.size(); i++) {
        long c = THREADS.getCurrentThreadCpuTime();
        long w = System.nanoTime();
        PlanResult r = planner.plan(timed.get(i));
        wall[i] = System.nanoTime() - w;
        cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
        ok += r.ok() ? 1 : 0;
      }
      Stats full = stats(wall, cpu);
      for (int i = 0; i < timed.size(); i++) {
        TripRequest q = timed.get(i).withOptimize(TripRequest.Optimize.EARLIEST_ARRIVAL).withGeometry(false);
        long c = THREADS.getCurrentThreadCpuTime();
        long w = System.nanoTime();
        planner.plan(q);
        wall[i] = System.nanoTime() - w;
        cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
      }
      Stats earliest = stats(wall, cpu);
      // Batch on all cores.
      List<BatchPlanner.Query> batch = new ArrayList<>();
      int id = 0;
      for (TripRequest q : queries(net, layer, day, from, to, batchSize, 2)) {
        batch.add(new BatchPlanner.Query("q" + id++, q.from(), q.to(), q.time(), id + 1));
      }
      int threads = Runtime.getRuntime().availableProcessors();
      long b0 = System.nanoTime();
      List<BatchPlanner.Answer> answers = BatchPlanner.run(planner, batch, qs.get(0), threads, n -> { });
      double batchSeconds = (System.nanoTime() - b0) / 1e9;
      long batchOk = answers.stream().filter(a -> a.itinerary() != null).count();
      // Accessibility: one origin, 60 departure minutes, 90 min limit.
      TravelTimeSearch search = new TravelTimeSearch(layer);
      List<TravelTimeSearch.Access> origins = new ArrayList<>();
      for (TripRequest q : qs.subList(0, 20)) {
        origins.add(TravelTimeSearch.accessFrom(net, layer, q.from(), 800, 1.3));
      }
      long oc = THREADS.getCurrentThreadCpuTime();
      long ow = System.nanoTime();
      long sink = 0;
      for (TravelTimeSearch.Access a : origins) {
        TravelTimes tt = search.search(a, from, from + 3600, 90 * 60);
        sink += tt.median()[0];
      }
      double originCpu = (THREADS.getCurrentThreadCpuTime() - oc) / 1e6 / origins.size();
      double originWall = (System.nanoTime() - ow) / 1e6 / origins.size() + (sink == 42 ? 1e-9 : 0);
      String detail = String.format(Locale.ROOT, "%d stops, %d patterns, %d runs on %s, %d walking transfers",
          layer.stopCount(), layer.patternCount(), layer.summary().runs(), day, layer.summary().transfers());
      Result r = new Result(name, detail, load, layerSeconds, heap, full, earliest, ok / (double) timed.size(),
          answers.size() / batchSeconds, threads, batchOk / (double) answers.size(), originCpu, originWall,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      out.println("  " + r);
      out.flush();
      return r;
    }
  }

  /**
   * Deterministic trips between random points near stops (up to 150 m off), 2 to 15 km apart as the crow flies,
   * departing at random minutes of the window.
   */
  private static List<TripRequest> queries(Network net, TransitLayer layer, LocalDate day, int from, int to, int n,
                                           long seed) {
    Random rnd = new Random(seed);
    List<Stop> stops = layer.stops().stream().filter(s -> {
      var snap = net.stopSnap(s.id());
      return snap != null && snap.ok() && layer.patternsAt(layer.stopIndex(s.id())).length > 0;
    }).toList();
    List<TripRequest> out = new ArrayList<>();
    while (out.size() < n) {
      LatLon a = jitter(stops.get(rnd.nextInt(stops.size())), rnd);
      LatLon b = jitter(stops.get(rnd.nextInt(stops.size())), rnd);
      double d = Geo.distanceMeters(a.lat(), a.lon(), b.lat(), b.lon());
      if (d < 2_000 || d > 15_000) {
        continue;
      }
      int t = from + rnd.nextInt((to - from) / 60) * 60;
      out.add(TripRequest.departAt(a, b, day.atStartOfDay().plusSeconds(t)));
    }
    return out;
  }

  private static LatLon jitter(Stop s, Random rnd) {
    double r = rnd.nextDouble() * 150;
    double angle = rnd.nextDouble() * 2 * Math.PI;
    LocalProjection plane = new LocalProjection(s.lat(), s.lon());
    return new LatLon(plane.lat(r * Math.cos(angle)), plane.lon(r * Math.sin(angle)));
  }

  /** The weekday with the most services running (the sample's feeds run all year). */
  private static LocalDate defaultDate(Network net) {
    LocalDate first = net.serviceDays().firstDate().orElseThrow();
    LocalDate last = net.serviceDays().lastDate().orElseThrow();
    LocalDate best = first;
    int most = -1;
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      if (d.getDayOfWeek() == java.time.DayOfWeek.TUESDAY) {
        int k = net.serviceDays().activeOn(d).size();
        if (k > most) {
          most = k;
          best = d;
        }
      }
    }
    return best;
  }

  private static Stats stats(long[] wall, long[] cpu) {
    return new Stats(pct(wall, 50), pct(wall, 95), pct(cpu, 50), pct(cpu, 95));
  }

  private static double pct(long[] nanos, int p) {
    long[] v = nanos.clone();
    Arrays.sort(v);
    int i = Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1);
    return v[Math.max(0, i)] / 1e6;
  }

  private String render(List<Result> results) {
    StringBuilder b = new StringBuilder();
    MachineInfo m = MachineInfo.current();
    b.append(String.format(Locale.ROOT, """
        Run: `./loopline bench routing` (%d timed single queries per data set after 50 warm-up queries; batch of \
        %d queries). %s Queries go between random points near stops (up to 150 m off) 2-15 km apart, departing \
        at a random minute of the window; "full" is `plan` as a resident uses it (multi-criteria Raptor over a \
        60-minute window, up to 5 itineraries with street geometry, fares, districts), "earliest" is one \
        single-criterion Raptor iteration (what `plan --batch` runs). Wall time is what a user waits; CPU time is \
        the planning thread's own time, the truer figure when other processes compete for the 2 cores (system load \
        average during the runs: %s).

        """, queries, batchSize, m.describe().endsWith(".") ? m.describe() : m.describe() + ".",
        String.join(" / ", results.stream().map(r -> String.format(Locale.ROOT, "%.1f", r.loadAverage())).toList())));
    b.append("| measure | ").append(String.join(" | ", results.stream().map(Result::name).toList()))
        .append(" | goal |\n|---|");
    b.append("---|".repeat(results.size())).append("---|\n");
    row(b, results, "network", r -> r.detail(), "");
    row(b, results, "load network (`Network.load`)", r -> String.format(Locale.ROOT, "%.1f s", r.loadSeconds()),
        String.format(Locale.ROOT, "≤ %.0f s each: ", Goals.LOAD_SECONDS)
            + Goals.verdict(results.stream().allMatch(r -> r.loadSeconds() <= Goals.LOAD_SECONDS)));
    row(b, results, "build the day's transit layer", r -> String.format(Locale.ROOT, "%.2f s", r.layerSeconds()), "");
    row(b, results, "heap of loaded network + layer", r -> String.format(Locale.ROOT, "%.0f MB",
        r.heapBytes() / 1e6), "");
    row(b, results, "full plan p50 / p95, wall", r -> String.format(Locale.ROOT, "%.0f / %.0f ms",
        r.full().p50Wall(), r.full().p95Wall()), "≤ 20 / 60 ms on the sample: " + sampleGoal(results));
    row(b, results, "full plan p50 / p95, CPU", r -> String.format(Locale.ROOT, "%.0f / %.0f ms",
        r.full().p50Cpu(), r.full().p95Cpu()), "");
    row(b, results, "queries with an itinerary", r -> String.format(Locale.ROOT, "%.0f %%", 100 * r.okShare()), "");
    row(b, results, "earliest arrival p50 / p95, wall", r -> String.format(Locale.ROOT, "%.0f / %.0f ms",
        r.earliest().p50Wall(), r.earliest().p95Wall()), "");
    row(b, results, "earliest arrival p50 / p95, CPU", r -> String.format(Locale.ROOT, "%.0f / %.0f ms",
        r.earliest().p50Cpu(), r.earliest().p95Cpu()), "");
    row(b, results, "batch throughput", r -> String.format(Locale.ROOT, "%.0f queries/s on %d threads (%.0f %% OK)",
        r.batchPerSecond(), r.batchThreads(), 100 * r.batchOkShare()), "");
    row(b, results, "accessibility search per origin (60 departure minutes, ≤ 90 min)",
        r -> String.format(Locale.ROOT, "%.0f ms CPU (%.0f ms wall)", r.originCpuMs(), r.originWallMs()), "");
    return b.toString();
  }

  /** The latency goal, judged on the synthetic sample (the first data set): p50 ≤ 20 ms and p95 ≤ 60 ms, wall. */
  private static String sampleGoal(List<Result> results) {
    return results.stream().filter(r -> r.name().startsWith("synthetic sample")).findFirst()
        .map(r -> Goals.verdict(r.full().p50Wall() <= 20 && r.full().p95Wall() <= 60)).orElse("not measured");
  }

  private static void row(StringBuilder b, List<Result> results, String label,
                          java.util.function.Function<Result, String> cell, String goal) {
    b.append("| ").append(label).append(" | ");
    for (Result r : results) {
      b.append(cell.apply(r)).append(" | ");
    }
    b.append(goal).append(" |\n");
  }
}
