package dev.loopline.planner.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.io.OutputMarker;
import dev.loopline.gtfs.testing.Fixtures;
import dev.loopline.planner.cli.ValidateCommandTest;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.cli.ValidateCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A network whose files were replaced, truncated or deleted says so ("network is damaged: ... rebuild") instead of
 * answering with wrong results, and {@code build} rebuilds it instead of calling it up to date. A cheap check (sizes,
 * hashes of files newer than the build) runs on every load; build's up-to-date check hashes everything.
 */
class NetworkIntegrityTest {
  @TempDir
  static Path dir;
  static Path pristine;
  static NetworkInputs inputs;

  @BeforeAll
  static void build() {
    inputs = NetworkInputs.of(Fixtures.path("cobb-marta/cobblinc-bus-30-only.gtfs.zip"),
        Fixtures.path("cobb-marta/cobb-county.filtered.osm.pbf"));
    pristine = dir.resolve("pristine");
    Network.build(inputs, pristine, ProgressListener.none()).close();
  }

  /** A copy of the built network, with file times kept (as a backup tool would) unless {@code keepTimes} is false. */
  private static Path copy(String name, boolean keepTimes) throws IOException {
    Path to = dir.resolve(name);
    try (Stream<Path> s = Files.walk(pristine)) {
      for (Path f : s.toList()) {
        Path t = to.resolve(pristine.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(t);
        } else if (keepTimes) {
          Files.copy(f, t, StandardCopyOption.COPY_ATTRIBUTES);
        } else {
          Files.copy(f, t);
        }
      }
    }
    return to;
  }

  private static Path largestCacheFile(Path network) throws IOException {
    try (Stream<Path> s = Files.walk(network.resolve("streets/cache"))) {
      return s.filter(Files::isRegularFile).max((a, b) -> Long.compare(a.toFile().length(), b.toFile().length()))
          .orElseThrow();
    }
  }

  @Test
  void aReplacedFeedIsNamedOnLoadAndRebuiltByBuild() throws IOException {
    Path net = copy("replaced", true);
    Files.copy(Fixtures.path("cobb-marta/marta-bus-856-only.gtfs.zip"), net.resolve("gtfs.zip"),
        StandardCopyOption.REPLACE_EXISTING);
    Run plan = ValidateCommandTest.run("plan", "--network", net.toString(), "--from", "33.95,-84.55", "--to",
        "33.90,-84.52");
    assertEquals(1, plan.code(), plan.err());
    assertTrue(plan.err().strip().matches("loopline plan: network is damaged: " + java.util.regex.Pattern.quote(
        net.toString()) + ": gtfs.zip has \\d+ bytes, not \\d+; rebuild it with 'loopline build \\.\\.\\. --out .*'"),
        plan.err());
    Run build = ValidateCommandTest.run("build", "--gtfs", inputs.gtfs().toString(), "--osm", inputs.osm().toString(),
        "--out", net.toString());
    assertEquals(0, build.code(), build.err());
    assertTrue(build.out().startsWith("network was damaged: " + net + ": gtfs.zip has "), build.out());
    assertTrue(build.out().contains("; rebuilt it"), build.out());
    Network.load(net).close();
    assertEquals(Network.Freshness.UP_TO_DATE, Network.freshness(inputs, net));
  }

  @Test
  void aTruncatedStreetCacheIsDamageNotNoRoute() throws IOException {
    Path net = copy("truncated", true);
    Path cache = largestCacheFile(net);
    FileTime t = Files.getLastModifiedTime(cache);
    byte[] bytes = Files.readAllBytes(cache);
    Files.write(cache, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    Files.setLastModifiedTime(cache, t);
    NetworkException e = assertThrows(NetworkException.class, () -> Network.load(net));
    assertTrue(e.getMessage().startsWith("network is damaged: ") && e.getMessage().contains(
        net.relativize(cache).toString() + " has " + bytes.length / 2 + " bytes, not " + bytes.length), e.getMessage());
  }

  @Test
  void aMissingFileOrMarkerIsDamage() throws IOException {
    Path net = copy("missing", true);
    Files.delete(net.resolve("transfers.bin"));
    assertTrue(assertThrows(NetworkException.class, () -> Network.load(net)).getMessage()
        .contains("transfers.bin is missing"));
    Path noMarker = copy("unmarked", true);
    Files.delete(noMarker.resolve(OutputMarker.FILE));
    assertTrue(assertThrows(NetworkException.class, () -> Network.load(noMarker)).getMessage()
        .contains("no .loopline-output record"));
    assertEquals(Network.Freshness.DAMAGED, Network.freshness(inputs, net));
  }

  @Test
  void aSameSizeChangeWithAnOldTimeIsCaughtByBuildsFullCheck() throws IOException {
    Path net = copy("sneaky", true);
    Path stops = net.resolve("stops.csv");
    FileTime t = Files.getLastModifiedTime(stops);
    byte[] bytes = Files.readAllBytes(stops);
    bytes[bytes.length - 2] ^= 1;
    Files.write(stops, bytes);
    Files.setLastModifiedTime(stops, t);
    assertEquals(List.of(), Network.damage(net, false), "the cheap check does not hash old files");
    assertEquals(List.of("stops.csv was changed (its content differs from what was written)"),
        Network.damage(net, true));
    assertEquals(Network.Freshness.DAMAGED, Network.freshness(inputs, net));
  }

  @Test
  void aChangedFileWithANewTimeIsCaughtOnLoadButAPlainCopyIsWhole() throws IOException {
    Path net = copy("touched", true);
    Path stops = net.resolve("stops.csv");
    byte[] bytes = Files.readAllBytes(stops);
    bytes[bytes.length - 2] ^= 1;
    Files.write(stops, bytes);
    assertTrue(assertThrows(NetworkException.class, () -> Network.load(net)).getMessage()
        .contains("stops.csv was changed"));
    Path plain = copy("plain-copy", false); // every file newer than the marker, none changed
    Network.load(plain).close();
  }
}
