package dev.loopline.planner.cli;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.merge.FeedMerger;
import dev.loopline.gtfs.merge.FeedSource;
import dev.loopline.gtfs.merge.FeedsConfig;
import dev.loopline.gtfs.merge.MergeInput;
import dev.loopline.gtfs.merge.MergeOptions;
import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.io.OutputGuard;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.write.GtfsWriter;
import dev.loopline.gtfs.write.WriteOptions;
import dev.loopline.planner.network.BuildProgress;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.NetworkInputs;
import dev.loopline.planner.report.ReportWriter;
import dev.loopline.planner.sample.SampleGenerator;
import dev.loopline.planner.sample.SampleOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The synthetic sample made ready to evaluate, in a work directory: {@code sample/} (generated when absent),
 * {@code unified.zip} (merged when older than the sample's feeds), {@code network/} (built, or reused when its
 * inputs are unchanged). Shared by {@code demo} and {@code bench scoring}; calls the other commands' Java APIs.
 */
final class SampleWork {
  private final Path dir;
  private final PrintWriter out;

  SampleWork(Path dir, PrintWriter out) {
    this.dir = dir.toAbsolutePath().normalize();
    this.out = out;
  }

  Path sampleDir() {
    return dir.resolve("sample");
  }

  Path unified() {
    return dir.resolve("unified.zip");
  }

  Path networkDir() {
    return dir.resolve("network");
  }

  /** Where the demo writes its report. */
  NamedPath reportDir() {
    return new NamedPath("the demo's report folder", dir.resolve("report"));
  }

  /** The sample's proposals, sorted by file name. */
  List<Path> proposals() throws IOException {
    try (Stream<Path> s = Files.list(sampleDir().resolve("proposals"))) {
      return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
  }

  /** Generates, merges and builds as needed, and opens the network. */
  Network prepare() throws IOException {
    Path sample = sampleDir();
    boolean generate = !Files.isRegularFile(sample.resolve("feeds.yaml"));
    // Every folder the demo writes is checked before any work, so that a folder of the user's stops it at once.
    if (generate) {
      OutputGuard.checkFolder(new NamedPath("the demo's sample folder", sample), SampleGenerator.KIND, false);
    }
    OutputGuard.checkFile(new NamedPath("the demo's unified feed", unified()));
    OutputGuard.checkFolder(new NamedPath("the demo's network folder", networkDir()), Network.KIND, false);
    OutputGuard.checkFolder(reportDir(), ReportWriter.KIND, false);
    if (generate) {
      out.println("generating the synthetic sample into " + sample + " ...");
      out.flush();
      SampleGenerator.write(SampleOptions.defaults(), sample, false, stage -> { });
    } else {
      out.println("using the synthetic sample in " + sample);
    }
    Path feeds = sample.resolve("feeds.yaml");
    if (stale(unified(), feeds, sample.resolve("gtfs"))) {
      out.println("merging the district feeds into " + unified() + " ...");
      out.flush();
      merge(feeds, unified());
    }
    NetworkInputs inputs = NetworkInputs.of(unified(), osmFile(sample))
        .withDistricts(sample.resolve("districts.geojson"))
        .withPopulation(sample.resolve("population.csv"));
    boolean reuse = Network.upToDate(inputs, networkDir());
    out.println(reuse ? "reusing the network in " + networkDir() + " (inputs unchanged)"
        : "building the network in " + networkDir() + " ...");
    out.flush();
    return Network.build(inputs, networkDir(), BuildProgress.none());
  }

  private static Path osmFile(Path sample) throws IOException {
    try (Stream<Path> s = Files.list(sample.resolve("osm"))) {
      return s.filter(p -> p.getFileName().toString().matches(".*\\.(osm\\.pbf|pbf|osm)$")).sorted().findFirst()
          .orElseThrow(() -> new UserException(sample.resolve("osm") + ": no .osm.pbf or .osm file"));
    }
  }

  /** Merges the feeds of a feeds.yaml into one zip, as {@code loopline merge --feeds} does with defaults. */
  static void merge(Path feedsYaml, Path out) throws IOException {
    List<MergeInput> inputs = new ArrayList<>();
    for (FeedSource source : FeedsConfig.load(feedsYaml).feeds()) {
      try {
        inputs.add(new MergeInput(source.id(), GtfsReader.read(source.path(), source.readOptions())));
      } catch (GtfsException e) {
        throw new GtfsException("feed '" + source.id() + "': " + e.getMessage(), e.notices());
      }
    }
    GtfsWriter.write(FeedMerger.merge(inputs, MergeOptions.defaults()).feed(), out, WriteOptions.defaults());
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
