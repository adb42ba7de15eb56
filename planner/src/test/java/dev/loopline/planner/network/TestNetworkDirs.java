package dev.loopline.planner.network;

import dev.loopline.gtfs.merge.FeedMerger;
import dev.loopline.gtfs.merge.FeedSource;
import dev.loopline.gtfs.merge.FeedsConfig;
import dev.loopline.gtfs.merge.MergeInput;
import dev.loopline.gtfs.merge.MergeOptions;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.testing.Fixtures;
import dev.loopline.gtfs.write.GtfsWriter;
import dev.loopline.gtfs.write.WriteOptions;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.sample.SampleGenerator;
import dev.loopline.planner.sample.SampleOptions;
import dev.loopline.planner.transit.TestGtfs;
import dev.loopline.planner.transit.Interpolation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Networks of the real fixtures, built under {@code target/test-networks} and opened once per test JVM. A rerun
 * finds them up to date and only loads them, which is itself the up-to-date check in action.
 */
public final class TestNetworkDirs {
  private static final Map<String, Network> OPEN = new ConcurrentHashMap<>();

  private TestNetworkDirs() {}

  public static Path root() {
    return Path.of("target", "test-networks").toAbsolutePath();
  }

  /**
   * The synthetic Science City sample at scale 1 (default seed): generated, its district feeds merged and its
   * network built under {@code target/test-networks} on first use, reused afterwards.
   */
  public static Network sample() {
    return OPEN.computeIfAbsent("sample", k -> {
      Path dir = root().resolve("sample");
      Path unified = root().resolve("sample-unified.zip");
      try {
        if (!Files.isRegularFile(dir.resolve("feeds.yaml"))) {
          SampleGenerator.write(SampleOptions.defaults(), dir, true, stage -> { });
        }
        if (!Files.exists(unified)) {
          List<MergeInput> inputs = new ArrayList<>();
          for (FeedSource source : FeedsConfig.load(dir.resolve("feeds.yaml")).feeds()) {
            inputs.add(new MergeInput(source.id(), GtfsReader.read(source.path(), source.readOptions())));
          }
          Path tmp = root().resolve("sample-unified.zip.tmp");
          GtfsWriter.write(FeedMerger.merge(inputs, MergeOptions.defaults()).feed(), tmp, WriteOptions.defaults());
          Files.move(tmp, unified, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return Network.build(NetworkInputs.of(unified, dir.resolve("osm").resolve("science-city.osm.pbf"))
              .withDistricts(dir.resolve("districts.geojson")).withPopulation(dir.resolve("population.csv")),
          root().resolve("sample-network"), ProgressListener.none());
    });
  }

  /** The GTFS reference sample (Beatty, Nevada) on its OSM extract. */
  public static Network beatty() {
    return OPEN.computeIfAbsent("beatty", k -> Network.build(
        NetworkInputs.of(Fixtures.path("beatty/sample-feed"), Fixtures.path("beatty/beatty.osm")),
        root().resolve("beatty"), ProgressListener.none()));
  }

  /** Porto Alegre: EPTC buses and the TRENSURB metro side by side in one feed, on the city's OSM extract. */
  public static Network portoAlegre() {
    return OPEN.computeIfAbsent("poa", k -> Network.build(NetworkInputs.of(portoAlegreFeed(),
        Fixtures.path("porto-alegre/poa_osm.pbf")), root().resolve("poa"), ProgressListener.none()));
  }

  /**
   * Porto Alegre with EPTC's empty stop times filled evenly per stop, as OpenTripPlanner does: for comparing with
   * OTP's answers like for like.
   */
  public static Network portoAlegreOtpInterpolation() {
    return OPEN.computeIfAbsent("poa-stops", k -> Network.build(NetworkInputs.of(portoAlegreFeed(),
            Fixtures.path("porto-alegre/poa_osm.pbf")).withInterpolation(Interpolation.STOPS),
        root().resolve("poa-stops"), ProgressListener.none()));
  }

  private static synchronized Path portoAlegreFeed() {
    Path eptc = Fixtures.path("porto-alegre/poa_eptc.zip");
    Path metro = Fixtures.path("porto-alegre/poa_trensurb.zip");
    Path zip = root().resolve("poa-bus-metro.zip");
    try {
      Files.createDirectories(root());
      if (!Files.exists(zip)) {
        Feed both = TestGtfs.combine(GtfsReader.read(eptc).feed(), GtfsReader.read(metro).feed());
        Path tmp = root().resolve("poa-bus-metro.zip.tmp");
        GtfsWriter.write(both, tmp);
        Files.move(tmp, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return zip;
  }
}
