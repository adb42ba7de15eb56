package dev.loopline.planner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.testing.Fixtures;
import dev.loopline.planner.cli.ValidateCommandTest.Run;
import dev.loopline.planner.network.TestNetworkDirs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command overwrites one of its inputs or a folder it did not write, however the paths are spelt: each refusal is
 * one line naming the option and the path, exits 1 and leaves every file as it was.
 */
class OutputSafetyTest {
  @TempDir
  Path dir;

  private Path feed() throws IOException {
    Path in = dir.resolve("in.zip");
    Files.copy(Fixtures.path("cobb-marta/cobblinc-bus-30-only.gtfs.zip"), in);
    return in;
  }

  private static void refused(Run r, String expected) {
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.err().contains(expected), r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
  }

  private List<Path> files() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void mergeNeverWritesOverItsInputs() throws IOException {
    Path in = feed();
    byte[] bytes = Files.readAllBytes(in);
    List<Path> before = files();
    refused(ValidateCommandTest.run("merge", "--feed", "a=" + in, "--out", in.toString()),
        "--out " + in + ": is also the input --feed a " + in);
    Path link = Files.createSymbolicLink(dir.resolve("link.zip"), in);
    refused(ValidateCommandTest.run("merge", "--feed", "a=" + in, "--out", link.toString()),
        "is also the input --feed a");
    Files.delete(link);
    refused(ValidateCommandTest.run("merge", "--feed", "a=" + in, "--out", dir.resolve("x.zip").toString(),
        "--report", dir.resolve("./x.zip").toString()), "is the same path as --out");
    Path yaml = Files.writeString(dir.resolve("feeds.yaml"), "feeds:\n  - id: a\n    path: in.zip\n");
    before = files();
    refused(ValidateCommandTest.run("merge", "--feeds", yaml.toString(), "--out", dir.resolve("out.zip").toString(),
        "--report", yaml.toString()), "--report " + yaml + ": is also the input --feeds");
    assertArrayEquals(bytes, Files.readAllBytes(in));
    assertEquals(before, files(), "nothing written");
  }

  @Test
  void mergeNamesAnImpossibleOutputPlainly() throws IOException {
    Path in = feed();
    Path folder = Files.createDirectories(dir.resolve("folder"));
    refused(ValidateCommandTest.run("merge", "--feed", "a=" + in, "--out", folder.toString()), "is a folder");
    refused(ValidateCommandTest.run("merge", "--feed", "a=" + in, "--out", dir.toString()),
        "contains the input --feed a");
    Path afile = Files.writeString(dir.resolve("afile"), "x");
    refused(ValidateCommandTest.run("merge", "--feed", "a=" + in, "--out", afile.resolve("u.zip").toString()),
        "--out " + afile.resolve("u.zip") + ": " + afile + " is a file, not a folder");
  }

  @Test
  void planBatchNeverWritesOverItsQueries() throws IOException {
    Path network = TestNetworkDirs.beatty().dir();
    Path q = Files.writeString(dir.resolve("q.csv"), "id,from_lat,from_lon,to_lat,to_lon,time\n");
    refused(ValidateCommandTest.run("plan", "--network", network.toString(), "--batch", q.toString(), "--out",
        q.toString()), "--out " + q + ": is also the input --batch");
    refused(ValidateCommandTest.run("plan", "--network", network.toString(), "--batch", q.toString(), "--out",
        network.resolve("results.csv").toString()), "is inside the input --network");
    assertEquals("id,from_lat,from_lon,to_lat,to_lon,time\n", Files.readString(q));
  }

  @Test
  void buildNeverReplacesAFolderHoldingItsInputs() throws IOException {
    Path out = Files.createDirectories(dir.resolve("net"));
    Path gtfs = Files.copy(Fixtures.path("beatty/sample-feed/stops.txt"), out.resolve("stops.txt")).getParent();
    refused(ValidateCommandTest.run("build", "--gtfs", gtfs.toString(), "--osm",
        Fixtures.path("beatty/beatty.osm").toString(), "--out", out.toString(), "--force"), "is also the input --gtfs");
    assertTrue(Files.exists(out.resolve("stops.txt")));
  }

  @Test
  void sampleForceNeverReplacesTheUsersFilesNorWritesItsMapIntoTheSample() throws IOException {
    Path out = Files.createDirectories(dir.resolve("s"));
    Files.writeString(out.resolve("keep.txt"), "mine");
    refused(ValidateCommandTest.run("sample", "--out", out.toString(), "--force"), "was not written by Loopline");
    assertEquals("mine", Files.readString(out.resolve("keep.txt")));
    refused(ValidateCommandTest.run("sample", "--out", dir.resolve("t").toString(), "--render",
        dir.resolve("t/map.png").toString()), "--render " + dir.resolve("t/map.png") + ": is inside --out");
  }
}
