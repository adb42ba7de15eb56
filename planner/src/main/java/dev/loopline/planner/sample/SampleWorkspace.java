package dev.loopline.planner.sample;

import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.io.OutputGuard;
import dev.loopline.gtfs.merge.FeedsConfig;
import dev.loopline.gtfs.merge.MergeOptions;
import dev.loopline.planner.app.BuildRequest;
import dev.loopline.planner.app.BuildService;
import dev.loopline.planner.app.MergeRequest;
import dev.loopline.planner.app.MergeService;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.NetworkException;
import dev.loopline.planner.network.NetworkInputs;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.report.ReportWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The synthetic sample made ready to evaluate, in a work directory: {@code sample/} (generated when absent),
 * {@code unified.zip} (merged when older than the sample's feeds), {@code network/} (built, or reused when its
 * inputs are unchanged). What {@code demo} runs on (and the scoring and routing benchmarks); it calls the
 * application services as any adapter does.
 */
public final class SampleWorkspace {
  private final Path dir;
  private final Consumer<String> notes;

  /**
   * @param dir   the work directory
   * @param notes receives one line per step taken ("merging the district feeds into ..."), for the user to read
   */
  public SampleWorkspace(Path dir, Consumer<String> notes) {
    this.dir = dir.toAbsolutePath().normalize();
    this.notes = notes;
  }

  public Path sampleDir() {
    return dir.resolve("sample");
  }

  public Path unified() {
    return dir.resolve("unified.zip");
  }

  /** The merge's report (every decision of the merge, JSON), written beside the unified feed. */
  public Path mergeReport() {
    return dir.resolve("merge-report.json");
  }

  /** The sample's list of district feeds. */
  public Path feedsFile() {
    return sampleDir().resolve("feeds.yaml");
  }

  /** The sample's proposal files' folder. */
  public Path proposalsDir() {
    return sampleDir().resolve("proposals");
  }

  public Path networkDir() {
    return dir.resolve("network");
  }

  /** Where the demo writes its report. */
  public NamedPath reportDir() {
    return new NamedPath("the demo's report folder", dir.resolve("report"));
  }

  /** The sample's proposal files, sorted by file name. */
  public List<Path> proposals() throws IOException {
    try (Stream<Path> s = Files.list(proposalsDir())) {
      return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /** Generates, merges and builds as needed, and opens the network; the caller closes it. */
  public Network prepare() throws IOException {
    Path sample = sampleDir();
    boolean generate = !Files.isRegularFile(sample.resolve("feeds.yaml"));
    // Every folder the demo writes is checked before any work, so that a folder of the user's stops it at once.
    if (generate) {
      OutputGuard.checkFolder(new NamedPath("the demo's sample folder", sample), SampleGenerator.KIND, false);
    }
    OutputGuard.checkFile(new NamedPath("the demo's unified feed", unified()));
    OutputGuard.checkFile(new NamedPath("the demo's merge report", mergeReport()));
    OutputGuard.checkFolder(new NamedPath("the demo's network folder", networkDir()), Network.KIND, false);
    OutputGuard.checkFolder(reportDir(), ReportWriter.KIND, false);
    if (generate) {
      notes.accept("generating the synthetic sample into " + sample + " ...");
      SampleGenerator.write(SampleOptions.defaults(), sample, false, stage -> { });
    } else {
      notes.accept("using the synthetic sample in " + sample);
    }
    Path feeds = sample.resolve("feeds.yaml");
    if (stale(unified(), feeds, sample.resolve("gtfs")) || !Files.isRegularFile(mergeReport())) {
      notes.accept("merging the district feeds into " + unified() + " ...");
      new MergeService().merge(new MergeRequest(FeedsConfig.load(feeds).feeds(), MergeOptions.defaults(), unified(),
          mergeReport()), ProgressListener.none());
    }
    NetworkInputs inputs = NetworkInputs.of(unified(), osmFile(sample))
        .withDistricts(sample.resolve("districts.geojson"))
        .withPopulation(sample.resolve("population.csv"));
    boolean reuse = Network.upToDate(inputs, networkDir());
    notes.accept(reuse ? "reusing the network in " + networkDir() + " (inputs unchanged)"
        : "building the network in " + networkDir() + " ...");
    return new BuildService().open(new BuildRequest(inputs, networkDir(), false), ProgressListener.none());
  }

  private static Path osmFile(Path sample) throws IOException {
    try (Stream<Path> s = Files.list(sample.resolve("osm"))) {
      return s.filter(p -> p.getFileName().toString().matches(".*\\.(osm\\.pbf|pbf|osm)$")).sorted().findFirst()
          .orElseThrow(() -> new NetworkException(sample.resolve("osm") + ": no .osm.pbf or .osm file"));
    }
  }

  /** True when {@code target} is missing or older than any file under the sources. */
  private static boolean stale(Path target, Path... sources) throws IOException {
    if (!Files.isRegularFile(target)) {
      return true;
    }
    FileTime t = Files.getLastModifiedTime(target);
    for (Path src : sources) {
      try (Stream<Path> s = Files.walk(src)) {
        for (Path p : s.filter(Files::isRegularFile).toList()) {
          if (Files.getLastModifiedTime(p).compareTo(t) > 0) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
