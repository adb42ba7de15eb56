package dev.loopline.planner.sample;

import dev.loopline.gtfs.geo.CoordinateSystem;
import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.io.OutputGuard;
import dev.loopline.gtfs.io.OutputKind;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.write.GtfsWriter;
import dev.loopline.gtfs.write.WriteOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Generates the synthetic Science City sample and writes it as a folder (see {@link SampleDocs} for the layout).
 * The folder is generated next to its destination under a temporary name and renamed into place only when
 * complete, so a reader never sees half a sample. Same seed and scale give byte-identical files.
 */
public final class SampleGenerator {
  /** The stages reported to the progress callback, in order. */
  public static final List<String> STAGES = List.of("layout", "streets", "bus network", "feeds", "population",
      "proposals", "writing");

  private SampleGenerator() {}

  /** Builds the whole sample in memory; {@code stage} hears each stage's name as it starts. */
  public static GeneratedSample generate(SampleOptions options, Consumer<String> stage) {
    stage.accept("layout");
    Layout layout = Layout.of(options);
    DistrictMap districts = new DistrictMap(layout);
    stage.accept("streets");
    Streets streets = Streets.build(layout);
    stage.accept("bus network");
    BusNetworkBuilder busBuilder = new BusNetworkBuilder(layout, streets, districts);
    BusNetworkBuilder.Result net = busBuilder.build();
    stage.accept("feeds");
    Map<String, Feed> feeds = new LinkedHashMap<>();
    List<Map<Integer, String>> published = new ArrayList<>();
    List<Map<Integer, String>> routes = new ArrayList<>();
    for (DistrictSpec d : DistrictSpec.ALL) {
      DistrictFeedBuilder b = new DistrictFeedBuilder(d, net, options);
      feeds.put(d.id(), b.build());
      published.add(Map.copyOf(b.stopIdOfSite()));
      routes.add(Map.copyOf(b.routeIdOfLine()));
    }
    feeds.put("rail", new RailFeedBuilder(layout).build());
    stage.accept("population");
    PopulationGrid population = new PopulationGrid(layout);
    stage.accept("proposals");
    List<ProposalDraft> proposals = new ProposalBuilder(layout, streets, busBuilder.graph(), districts, net,
        published).build();
    List<ChangeProposalBuilder.ChangeDraft> changes = new ChangeProposalBuilder(net, published, routes).build();
    return new GeneratedSample(options, layout, districts, streets, net, feeds, population, proposals, changes,
        List.copyOf(published));
  }

  /** The sample folder's kind, in its marker; an unmarked folder with only the sample's own names is an earlier one. */
  public static final OutputKind KIND = new OutputKind("sample", "the synthetic sample", SampleGenerator::isOldSample,
      false);

  private static final java.util.Set<String> NAMES = java.util.Set.of("README.md", "feeds.yaml", "manifest.json",
      "districts.geojson", "population.csv", "gtfs", "osm", "proposals");

  /**
   * Generates and writes the sample into {@code dir}, as {@link OutputGuard} allows: a new or empty folder or an
   * earlier sample holding only its own files, unchanged ({@code force}: or another kind of Loopline output). Files
   * Loopline did not write are never replaced.
   */
  public static SampleSummary write(SampleOptions options, Path dir, boolean force, Consumer<String> stage)
      throws IOException {
    long t0 = System.nanoTime();
    return write(generate(options, stage), dir, force, stage, t0);
  }

  /**
   * Writes an already generated sample into {@code dir} (see {@link #write(SampleOptions, Path, boolean,
   * Consumer)}); {@code startNanos} is when generation began, for the summary's time.
   */
  public static SampleSummary write(GeneratedSample sample, Path dir, boolean force, Consumer<String> stage,
                                    long startNanos) throws IOException {
    long t0 = startNanos;
    SampleOptions options = sample.options();
    stage.accept("writing");
    Path target = dir.toAbsolutePath().normalize();
    NamedPath out = new NamedPath("--out", dir);
    OutputGuard.checkFolder(out, KIND, force);
    SampleSummary[] summary = new SampleSummary[1];
    OutputGuard.replaceFolder(out, KIND, force, tmp -> {
      List<FeedStats> stats = writeFiles(sample, tmp);
      PopulationGrid.Totals totals = sample.population().totals();
      double seconds = (System.nanoTime() - t0) / 1e9;
      summary[0] = new SampleSummary(target, options, stats, sample.streets().nodeCount(),
          sample.streets().ways().size(), totals, sample.proposals().size() + sample.changes().size(), seconds);
    });
    return summary[0];
  }

  static List<FeedStats> writeFiles(GeneratedSample sample, Path dir) throws IOException {
    Files.createDirectories(dir.resolve("gtfs"));
    Files.createDirectories(dir.resolve("osm"));
    Files.createDirectories(dir.resolve("proposals"));
    // Each file is independent of the others, so two threads write them (the machine the demo runs on has two
    // cores); the bytes do not depend on the order.
    List<Callable<Void>> jobs = new ArrayList<>();
    jobs.add(() -> {
      OsmPbfWriter.write(sample.streets(), dir.resolve("osm").resolve("science-city.osm.pbf"));
      return null;
    });
    for (Map.Entry<String, Feed> e : sample.feeds().entrySet()) {
      jobs.add(() -> {
        WriteOptions wo = WriteOptions.defaults();
        if (!e.getKey().equals("rail")) {
          DistrictSpec d = DistrictSpec.byId(e.getKey());
          wo = new WriteOptions(d.encoding(), CoordinateSystem.parse(d.crs()));
        }
        GtfsWriter.write(e.getValue(), dir.resolve("gtfs").resolve(e.getKey() + ".zip"), wo);
        return null;
      });
    }
    jobs.add(() -> {
      DistrictGeoJson.write(sample.districts(), dir.resolve("districts.geojson"));
      sample.population().write(dir.resolve("population.csv"));
      for (ProposalDraft p : sample.proposals()) {
        ProposalBuilder.write(p, dir.resolve("proposals").resolve(p.plan().id() + ".yaml"));
      }
      for (ChangeProposalBuilder.ChangeDraft c : sample.changes()) {
        c.write(dir.resolve("proposals"));
      }
      return null;
    });
    runAll(jobs);
    List<FeedStats> stats = new ArrayList<>();
    for (Map.Entry<String, Feed> e : sample.feeds().entrySet()) {
      stats.add(FeedStats.of(e.getKey(), e.getValue()));
    }
    SampleDocs.write(sample, stats, dir);
    return stats;
  }

  private static void runAll(List<Callable<Void>> jobs) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(2,
        Runtime.getRuntime().availableProcessors())));
    try {
      List<Future<Void>> futures = pool.invokeAll(jobs);
      for (Future<Void> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof IOException io) {
            throw io;
          }
          if (e.getCause() instanceof RuntimeException re) {
            throw re;
          }
          throw new IOException(e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the sample", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** A folder from before markers with the sample's README and nothing but the sample's own names. */
  private static boolean isOldSample(Path dir) {
    try (var s = Files.list(dir)) {
      return Files.isRegularFile(dir.resolve("feeds.yaml")) && Files.isRegularFile(dir.resolve("README.md"))
          && s.allMatch(p -> NAMES.contains(p.getFileName().toString()));
    } catch (IOException e) {
      return false;
    }
  }
}
