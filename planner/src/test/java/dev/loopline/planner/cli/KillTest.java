package dev.loopline.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.io.OutputMarker;
import dev.loopline.gtfs.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of writing: a real child JVM is killed with SIGKILL while its temporary output exists. The
 * previous output must still be there, whole (checked against its marker, every file hashed), and the next run
 * must remove what the killed one left behind.
 */
class KillTest {
  @TempDir
  Path dir;

  /** Kills {@code loopline args} with SIGKILL as soon as its temporary sibling of {@code target} appears. */
  private Path killWhileWriting(Path target, String... args) throws Exception {
    for (int attempt = 1; ; attempt++) {
      Process p = ChildJvm.start(dir.resolve("logs-" + attempt), List.of("-Xmx1g"), args);
      String prefix = "." + target.getFileName() + ".loopline-" + p.pid() + "-";
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      Path temp = null;
      while (temp == null && p.isAlive() && System.nanoTime() < deadline) {
        temp = leftovers(target.getParent(), prefix).stream().findFirst().orElse(null);
        Thread.sleep(5);
      }
      p.destroyForcibly().waitFor(); // SIGKILL on Unix: no shutdown hooks, no finally blocks
      if (temp != null && Files.exists(temp)) {
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
        return temp;
      }
      if (attempt == 3) {
        throw new AssertionError("the child never showed its temporary output before ending");
      }
    }
  }

  private static List<Path> leftovers(Path parent, String prefix) throws IOException {
    try (Stream<Path> s = Files.list(parent)) {
      return s.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
    }
  }

  private static void assertWhole(Path folder) throws IOException {
    OutputMarker m = OutputMarker.read(folder).orElseThrow();
    assertEquals(List.of(), m.damage(folder, true), "the previous output is whole");
    assertEquals(List.of(), m.foreignFiles(folder));
  }

  @Test
  void killingABuildKeepsThePreviousNetworkAndTheNextRunCleansUp() throws Exception {
    Path network = dir.resolve("network");
    String[] build = {"build", "--gtfs", Fixtures.path("beatty/sample-feed").toString(), "--osm",
        Fixtures.path("beatty/beatty.osm").toString(), "--out", network.toString(), "--force"};
    assertEquals(0, ValidateCommandTest.run(build).code());
    byte[] manifest = Files.readAllBytes(network.resolve("manifest.json"));
    Path temp = killWhileWriting(network, build);
    assertTrue(temp.getFileName().toString().endsWith(".tmp"), temp.toString());
    assertWhole(network);
    dev.loopline.planner.network.Network.load(network).close(); // the old network still loads
    ValidateCommandTest.Run again = ValidateCommandTest.run(build);
    assertEquals(0, again.code(), again.err());
    assertTrue(Files.notExists(temp), "the next run removed " + temp);
    assertEquals(List.of(), leftovers(dir, "." + network.getFileName() + ".loopline-"));
    assertWhole(network);
    org.junit.jupiter.api.Assertions.assertArrayEquals(manifest, Files.readAllBytes(network.resolve("manifest.json")));
  }

  @Test
  void killingTheSampleKeepsThePreviousSampleAndTheNextRunCleansUp() throws Exception {
    Path sample = dir.resolve("sample");
    assertEquals(0, ValidateCommandTest.run("sample", "--out", sample.toString()).code());
    Path temp = killWhileWriting(sample, "sample", "--out", sample.toString());
    assertWhole(sample);
    ValidateCommandTest.Run again = ValidateCommandTest.run("sample", "--out", sample.toString());
    assertEquals(0, again.code(), again.err());
    assertTrue(Files.notExists(temp), "the next run removed " + temp);
    assertWhole(sample);
  }
}
