package dev.loopline.planner.bench;

import dev.loopline.gtfs.geo.CoordinateSystem;
import dev.loopline.gtfs.io.AtomicFiles;
import dev.loopline.gtfs.merge.FeedSource;
import dev.loopline.gtfs.merge.FeedsConfig;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.osm.ImportProgress;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.StreetConfig;
import dev.loopline.osm.StreetNetwork;
import dev.loopline.osm.StreetNetworkInfo;
import dev.loopline.osm.district.Districts;
import dev.loopline.osm.graphhopper.BareGraphHopper;
import dev.loopline.osm.graphhopper.StreetNetworks;
import dev.loopline.osm.population.PopulationGrid;
import dev.loopline.planner.sample.SampleGenerator;
import dev.loopline.planner.sample.SampleOptions;
import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The street network benchmark: import, cache load, heap, walking trees, stop-to-stop transfers, walking paths and
 * bus line routing on real OSM extracts (Porto Alegre, Cobb County, Beatty) and the synthetic Science City sample,
 * each against plain GraphHopper doing the same work on the same file ({@link BareGraphHopper}). Produces the body
 * of the "Street network (GraphHopper)" section of docs/benchmarks.md.
 */
public final class StreetBenchmark {
  /** The section of docs/benchmarks.md this benchmark owns. */
  public static final String HEADING = "## Street network (GraphHopper)";
  /** The goal: Loopline's street network costs at most this much more than plain GraphHopper doing the same work. */
  static final double GOAL_RATIO = 1.5;

  static final double TREE_SECONDS = 900;
  static final int MAX_TREES = 300;
  static final int MAX_TRIPS = 30;
  static final int WALK_PAIRS = 200;

  /**
   * @param fixtures the shared fixtures folder
   * @param warmups untimed runs per task
   * @param runs timed runs per task (medians reported)
   * @param baseline also run plain GraphHopper
   * @param sampleScales scales of the synthetic sample to generate and measure (empty: none)
   */
  public record Options(Path fixtures, int warmups, int runs, boolean baseline, List<Integer> sampleScales) {}

  /** One data set: an OSM file with the stops and trips that run on it. */
  record Area(String name, Path osm, List<LatLon> stops, List<List<LatLon>> trips, String note) {}

  /** What was measured on one area; baseline fields are null when it was not run. */
  record Result(Area area, StreetNetworkInfo info, long osmBytes, Timing importOurs, Timing importBare,
                Timing loadOurs, Timing loadBare, long heapOurs, long heapBare, int treeCount, Timing treesOurs,
                Timing treesBare, int transferStops, long transferLinks, Timing transfersOurs,
                Timing transfersBare, int trips, int legs, Timing busOurs, Timing busBare, int walkPairs,
                Timing walkOurs, Timing walkBare, String extra) {}

  private final Options options;
  private final Consumer<String> progress;
  private final Path work;

  private StreetBenchmark(Options options, Consumer<String> progress, Path work) {
    this.options = options;
    this.progress = progress;
    this.work = work;
  }

  /** Runs everything and returns the markdown section body. */
  public static String run(Options options, Consumer<String> progress) throws Exception {
    Path work = Files.createTempDirectory("loopline-bench-street");
    try {
      return new StreetBenchmark(options, progress, work).measure();
    } finally {
      AtomicFiles.deleteTree(work);
    }
  }

  private String measure() throws Exception {
    MachineInfo machine = MachineInfo.current();
    Path f = options.fixtures();
    List<Area> areas = new ArrayList<>();
    areas.add(area("Porto Alegre", f.resolve("porto-alegre/poa_osm.pbf"),
        feeds(f.resolve("porto-alegre/poa_eptc.zip")), "EPTC stops and trips inside the extract"));
    areas.add(area("Cobb County", f.resolve("cobb-marta/cobb-county.filtered.osm.pbf"),
        feeds(f.resolve("cobb-marta/cobblinc-bus-30-only.gtfs.zip"), f.resolve("cobb-marta/marta-bus-856-only.gtfs.zip")),
        "CobbLinc and MARTA stops inside the extract (main roads only)"));
    areas.add(area("Beatty", f.resolve("beatty/beatty.osm"), feeds(f.resolve("beatty/sample-feed")),
        "the GTFS sample feed's stops"));
    List<String> extras = new ArrayList<>();
    for (int scale : options.sampleScales()) {
      progress.accept("generate sample x" + scale);
      Path dir = work.resolve("sample-" + scale);
      SampleGenerator.write(new SampleOptions(SampleOptions.DEFAULT_SEED, scale), dir, true, s -> { });
      // Each district feed is read as feeds.yaml declares it (Jiangjin is GCJ-02, Bishan GBK), as a user would.
      List<FeedSource> feeds = FeedsConfig.load(dir.resolve("feeds.yaml")).feeds().stream()
          .filter(s -> !s.id().equals("rail")).toList();
      areas.add(area("Science City sample, scale " + scale, dir.resolve("osm/science-city.osm.pbf"), feeds,
          "bus stops and trips of the six district feeds"));
      long t0 = System.nanoTime();
      Districts d = Districts.load(dir.resolve("districts.geojson"));
      long t1 = System.nanoTime();
      PopulationGrid g = PopulationGrid.loadCsv(dir.resolve("population.csv"), d);
      long t2 = System.nanoTime();
      Reference.reachabilityFence(g);
      extras.add(String.format(Locale.ROOT, "sample x%d: districts.geojson (%d districts) loaded in %.0f ms, "
              + "population.csv (%,d cells, %,.0f people) in %.0f ms with district assignment", scale, d.all().size(),
          (t1 - t0) / 1e6, g.cells().size(), g.totalPopulation(), (t2 - t1) / 1e6));
    }
    List<Result> results = new ArrayList<>();
    for (Area a : areas) {
      results.add(measure(a));
    }
    return markdown(machine, MachineInfo.current().loadAverage(), results, extras);
  }

  private Timing time(String label, Measurement.Task task) throws Exception {
    progress.accept(label);
    return Measurement.time(label, options.warmups(), options.runs(), task);
  }

  private Result measure(Area a) throws Exception {
    String n = a.name();
    double speed = StreetConfig.DEFAULT_WALK_SPEED_MPS;
    AtomicInteger run = new AtomicInteger();
    Timing importOurs = time(n + ": import", () -> {
      Path cache = work.resolve("ours-" + run.incrementAndGet());
      StreetNetwork net = StreetNetworks.open(StreetConfig.of(a.osm(), cache), ImportProgress.none());
      net.close();
      AtomicFiles.deleteTree(cache);
      return cache;
    });
    Path cache = work.resolve("ours-cache");
    StreetNetworks.open(StreetConfig.of(a.osm(), cache), ImportProgress.none()).close();
    Timing loadOurs = time(n + ": load", () -> {
      StreetNetwork net = StreetNetworks.open(StreetConfig.of(a.osm(), cache), ImportProgress.none());
      net.close();
      return net;
    });
    Timing importBare = null;
    Timing loadBare = null;
    Path bareDir = Files.createTempDirectory(work, "bare-graph-").resolve("graph");
    if (options.baseline()) {
      importBare = time(n + ": GraphHopper import", () -> {
        Path dir = work.resolve("bare-" + run.incrementAndGet());
        BareGraphHopper.importOrLoad(a.osm(), dir, speed).close();
        AtomicFiles.deleteTree(dir);
        return dir;
      });
      BareGraphHopper.importOrLoad(a.osm(), bareDir, speed).close();
      loadBare = time(n + ": GraphHopper load", () -> {
        BareGraphHopper gh = BareGraphHopper.importOrLoad(a.osm(), bareDir, speed);
        gh.close();
        return gh;
      });
    }

    progress.accept(n + ": heap");
    long before = HeapMeter.usedAfterGc();
    StreetNetwork net = StreetNetworks.open(StreetConfig.of(a.osm(), cache), ImportProgress.none());
    long heapOurs = HeapMeter.usedAfterGc() - before;
    BareGraphHopper bare = null;
    long heapBare = 0;
    if (options.baseline()) {
      before = HeapMeter.usedAfterGc();
      bare = BareGraphHopper.importOrLoad(a.osm(), bareDir, speed);
      heapBare = HeapMeter.usedAfterGc() - before;
    }
    try {
      StreetNetworkInfo info = net.info();
      List<LatLon> stops = a.stops().stream().filter(p -> inside(info, p)).toList();
      List<List<LatLon>> trips = a.trips().stream()
          .filter(t -> t.size() >= 2 && t.stream().allMatch(p -> inside(info, p)))
          .filter(t -> net.busRoute(t).ok()).limit(MAX_TRIPS).toList();
      List<LatLon> origins = stops.subList(0, Math.min(MAX_TREES, stops.size()));
      Timing treesOurs = time(n + ": walk trees", () -> {
        long sink = 0;
        for (LatLon o : origins) {
          sink += net.walkTree(o, TREE_SECONDS, false).origin().ok() ? 1 : 0;
        }
        return sink;
      });
      BareGraphHopper b = bare;
      Timing treesBare = b == null ? null : time(n + ": GraphHopper walk trees", () -> {
        long sink = 0;
        for (LatLon o : origins) {
          sink += b.walkTree(o, TREE_SECONDS);
        }
        return sink;
      });
      long links = net.walkTransfers(stops, StreetNetwork.DEFAULT_TRANSFER_METERS).stream().mapToLong(List::size)
          .sum();
      Timing transfersOurs = time(n + ": transfers", () ->
          net.walkTransfers(stops, StreetNetwork.DEFAULT_TRANSFER_METERS));
      Timing transfersBare = b == null ? null : time(n + ": GraphHopper transfer trees", () ->
          IntStream.range(0, stops.size()).parallel()
              .map(i -> b.walkTree(stops.get(i), StreetNetwork.DEFAULT_TRANSFER_METERS / speed)).sum());
      int legs = trips.stream().mapToInt(t -> t.size() - 1).sum();
      Timing busOurs = trips.isEmpty() ? null : time(n + ": bus routes", () -> {
        double m = 0;
        for (List<LatLon> t : trips) {
          m += net.busRoute(t).meters();
        }
        return m;
      });
      Timing busBare = b == null || trips.isEmpty() ? null : time(n + ": GraphHopper bus routes", () -> {
        double m = 0;
        for (List<LatLon> t : trips) {
          m += b.busMeters(t);
        }
        return m;
      });
      List<LatLon[]> pairs = walkPairs(stops);
      Timing walkOurs = pairs.isEmpty() ? null : time(n + ": walk paths", () -> {
        double s = 0;
        for (LatLon[] p : pairs) {
          s += net.walkPath(p[0], p[1]).meters();
        }
        return s;
      });
      Timing walkBare = b == null || pairs.isEmpty() ? null : time(n + ": GraphHopper walk paths", () -> {
        double s = 0;
        for (LatLon[] p : pairs) {
          s += b.walkSeconds(p[0], p[1]);
        }
        return s;
      });
      return new Result(a, info, Files.size(a.osm()), importOurs, importBare, loadOurs, loadBare, heapOurs, heapBare,
          origins.size(), treesOurs, treesBare, stops.size(), links, transfersOurs, transfersBare, trips.size(), legs,
          busOurs, busBare, pairs.size(), walkOurs, walkBare, null);
    } finally {
      net.close();
      if (bare != null) {
        bare.close();
      }
    }
  }

  /** Up to {@link #WALK_PAIRS} stop pairs 300 m to 2 km apart, drawn with a fixed seed. */
  private static List<LatLon[]> walkPairs(List<LatLon> stops) {
    List<LatLon[]> pairs = new ArrayList<>();
    if (stops.size() < 2) {
      return pairs;
    }
    Random rnd = new Random(17);
    for (int tries = 0; tries < 200_000 && pairs.size() < WALK_PAIRS; tries++) {
      LatLon a = stops.get(rnd.nextInt(stops.size()));
      LatLon b = stops.get(rnd.nextInt(stops.size()));
      double d = a.distanceTo(b);
      if (d >= 300 && d <= 2_000) {
        pairs.add(new LatLon[] {a, b});
      }
    }
    return pairs;
  }

  private static boolean inside(StreetNetworkInfo info, LatLon p) {
    return p.lat() > info.minLat() && p.lat() < info.maxLat() && p.lon() > info.minLon() && p.lon() < info.maxLon();
  }

  /** WGS84 feeds with detected encoding (the fixtures). */
  private static List<FeedSource> feeds(Path... paths) {
    List<FeedSource> out = new ArrayList<>();
    for (Path p : paths) {
      out.add(new FeedSource(p.getFileName().toString(), p, CoordinateSystem.WGS84, null));
    }
    return out;
  }

  /** Reads stops and one stop sequence per distinct route+direction+first stop from GTFS feeds. */
  private static Area area(String name, Path osm, List<FeedSource> feeds, String note) {
    List<LatLon> stops = new ArrayList<>();
    List<List<LatLon>> trips = new ArrayList<>();
    for (FeedSource source : feeds) {
      Feed feed = GtfsReader.read(source.path(), source.readOptions()).feed();
      Map<String, LatLon> byId = new HashMap<>();
      for (Stop s : feed.stops()) {
        if (s.locationType() == null || s.locationType() == Stop.STOP_OR_PLATFORM) {
          LatLon p = new LatLon(s.lat(), s.lon());
          byId.put(s.id(), p);
          stops.add(p);
        }
      }
      StopTimes st = feed.stopTimes();
      Set<String> seen = new HashSet<>();
      Map<String, List<LatLon>> ordered = new LinkedHashMap<>();
      for (int t = 0; t < st.tripIds().size(); t++) {
        int first = st.firstRowOfTrip(t);
        int count = st.rowCountOfTrip(t);
        List<int[]> rows = new ArrayList<>();
        for (int r = first; r < first + count; r++) {
          rows.add(new int[] {st.sequence(r), r});
        }
        rows.sort(Comparator.comparingInt(x -> x[0]));
        List<LatLon> seq = new ArrayList<>();
        StringBuilder key = new StringBuilder();
        for (int[] r : rows) {
          LatLon p = byId.get(st.stopId(r[1]));
          if (p != null) {
            seq.add(p);
            key.append(st.stopId(r[1])).append(',');
          }
        }
        if (seen.add(key.toString())) {
          ordered.put(key.toString(), seq);
        }
      }
      trips.addAll(ordered.values());
    }
    return new Area(name, osm, stops, trips, note);
  }

  private static String markdown(MachineInfo machine, double loadAfter, List<Result> results, List<String> extras) {
    StringBuilder sb = new StringBuilder();
    sb.append("Measured ").append(LocalDate.now()).append(" with `./loopline bench street` on ")
        .append(machine.describe()).append(". ")
        .append(String.format(Locale.ROOT, "Load average %.1f at the start and %.1f at the end", machine.loadAverage(),
            loadAfter))
        .append(" (the machine is shared: wall-clock times include waiting for a core). Medians of the timed runs "
            + "after warm-up; CPU time is the timing thread's (for the parallel transfer computation only wall "
            + "time is meaningful). \"GraphHopper\" is plain GraphHopper 11 configured like a GraphHopper server "
            + "with the same profiles on the same file, doing the same work (`BareGraphHopper`); the ratio is "
            + "Loopline / GraphHopper, goal at most " + GOAL_RATIO + " (judged below the tables).\n\n");
    sb.append("**Data.**\n\n");
    for (Result r : results) {
      sb.append(String.format(Locale.ROOT, "- %s: `%s` (%s), %,d junctions, %,d edges; %,d stops on the map (%s), "
              + "%,d bus trips routed (%,d legs)%n", r.area().name(), r.area().osm().getFileName(), size(r.osmBytes()),
          r.info().nodes(), r.info().edges(), r.transferStops(), r.area().note(), r.trips(), r.legs()));
    }
    sb.append("\n**Import and memory.** Import = hash the file, GraphHopper import (walk + bus profiles), check for "
        + "walkable streets, publish into the cache (the imported graph stays open). Load = open an existing cache "
        + "entry. Heap = heap in use after GC with "
        + "the graph open.\n\n");
    sb.append("| area | import | GraphHopper import | ratio | load | GraphHopper load | heap | GraphHopper heap |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Result r : results) {
      sb.append("| ").append(r.area().name()).append(" | ").append(ms(r.importOurs())).append(" | ")
          .append(ms(r.importBare())).append(" | ").append(ratio(r.importOurs(), r.importBare())).append(" | ")
          .append(ms(r.loadOurs())).append(" | ").append(ms(r.loadBare())).append(" | ")
          .append(size(r.heapOurs())).append(" | ").append(r.importBare() == null ? "–" : size(r.heapBare()))
          .append(" |\n");
    }
    sb.append(String.format(Locale.ROOT, "%n**Queries.** Single-threaded queries are reported in CPU time of the "
        + "timing thread (per CPU second, CPU ms per route or path), the parallel transfers in wall time. "
        + "Walk trees: %.0f-minute walking shortest-path trees from up "
        + "to %d stops, one thread (Loopline also keeps every reached junction for constant-time target look-ups). "
        + "Transfers: `walkTransfers` over all stops within 1,000 m on all cores (Loopline: trees plus the look-up "
        + "of every stop within reach; GraphHopper: the bare trees only). Bus: `busRoute` through each distinct "
        + "stop sequence (up to %d), per route. Walk paths: point-to-point walking routes between stop pairs "
        + "300 m to 2 km apart.%n%n", TREE_SECONDS / 60, MAX_TREES, MAX_TRIPS));
    sb.append("| area | walk trees/s | GraphHopper | ratio | transfers (all stops) | GraphHopper | ratio "
        + "| bus ms/route | GraphHopper | ratio | walk path ms | GraphHopper | ratio |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Result r : results) {
      sb.append("| ").append(r.area().name())
          .append(" | ").append(perSecond(r.treeCount(), r.treesOurs())).append(" | ")
          .append(perSecond(r.treeCount(), r.treesBare())).append(" | ").append(cpuRatio(r.treesOurs(), r.treesBare()))
          .append(" | ").append(r.transfersOurs() == null ? "–" : String.format(Locale.ROOT, "%s (%,d links)",
              ms(r.transfersOurs()), r.transferLinks()))
          .append(" | ").append(ms(r.transfersBare())).append(" | ")
          .append(ratio(r.transfersOurs(), r.transfersBare()))
          .append(" | ").append(each(r.busOurs(), r.trips())).append(" | ").append(each(r.busBare(), r.trips()))
          .append(" | ").append(cpuRatio(r.busOurs(), r.busBare()))
          .append(" | ").append(each(r.walkOurs(), r.walkPairs())).append(" | ")
          .append(each(r.walkBare(), r.walkPairs())).append(" | ").append(cpuRatio(r.walkOurs(), r.walkBare()))
          .append(" |\n");
    }
    sb.append("\n**Goal** (Loopline / GraphHopper at most ").append(GOAL_RATIO).append(" on every ratio above): ")
        .append(Goals.summary(ratioCount(results), ratioMisses(results))).append(".\n");
    if (!extras.isEmpty()) {
      sb.append("\n**Sample inputs.** ").append(String.join("; ", extras)).append(".\n");
    }
    return sb.toString();
  }

  /** Every Loopline / GraphHopper ratio the tables show, labelled "area measure", in table order. */
  private static java.util.Map<String, Double> ratios(List<Result> results) {
    java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (Result r : results) {
      String a = r.area().name() + " ";
      put(out, a + "import", wallRatio(r.importOurs(), r.importBare()));
      put(out, a + "walk trees", cpuRatioValue(r.treesOurs(), r.treesBare()));
      put(out, a + "transfers", wallRatio(r.transfersOurs(), r.transfersBare()));
      put(out, a + "bus routes", cpuRatioValue(r.busOurs(), r.busBare()));
      put(out, a + "walk paths", cpuRatioValue(r.walkOurs(), r.walkBare()));
    }
    return out;
  }

  private static void put(java.util.Map<String, Double> out, String label, Double value) {
    if (value != null) {
      out.put(label, value);
    }
  }

  private static int ratioCount(List<Result> results) {
    return ratios(results).size();
  }

  private static List<String> ratioMisses(List<Result> results) {
    List<String> misses = new ArrayList<>();
    ratios(results).forEach((label, v) -> {
      if (v > GOAL_RATIO) {
        misses.add(String.format(Locale.ROOT, "%s (%.2f)", label, v));
      }
    });
    return misses;
  }

  private static Double wallRatio(Timing ours, Timing bare) {
    return ours == null || bare == null || bare.wallNanos() == 0 ? null : ours.wallNanos() / (double) bare.wallNanos();
  }

  private static Double cpuRatioValue(Timing ours, Timing bare) {
    return ours == null || bare == null || bare.cpuNanos() == 0 ? null : ours.cpuNanos() / (double) bare.cpuNanos();
  }

  private static String ms(Timing t) {
    if (t == null) {
      return "–";
    }
    double m = t.wallMillis();
    return m >= 10_000 ? String.format(Locale.ROOT, "%.1f s", m / 1000) : String.format(Locale.ROOT, "%,.0f ms", m);
  }

  /** CPU milliseconds per item (single-threaded queries: CPU time is not inflated by waiting for a core). */
  private static String each(Timing t, int count) {
    return t == null || count == 0 ? "–" : String.format(Locale.ROOT, "%.1f", t.cpuMillis() / count);
  }

  /** Items per CPU second. */
  private static String perSecond(int count, Timing t) {
    return t == null || count == 0 ? "–" : String.format(Locale.ROOT, "%,.0f", count / (t.cpuNanos() / 1e9));
  }

  private static String cpuRatio(Timing ours, Timing bare) {
    Double r = cpuRatioValue(ours, bare);
    return r == null ? "–" : String.format(Locale.ROOT, "%.2f", r);
  }

  private static String ratio(Timing ours, Timing bare) {
    Double r = wallRatio(ours, bare);
    return r == null ? "–" : String.format(Locale.ROOT, "%.2f", r);
  }

  private static String size(long bytes) {
    return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1 << 20))
        : String.format(Locale.ROOT, "%.0f KiB", bytes / 1024.0);
  }
}
