package dev.loopline.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.testing.ZipBombs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults seen from outside, in a separate JVM as a user would meet them: too little memory gives one line saying
 * what ran out and how to give more, never a JVM stack trace; a zip bomb is refused with memory bounded even at a
 * 64 MiB heap.
 */
class FaultsTest {
  @TempDir
  Path dir;

  @Test
  void aZipBombIsRefusedAtASmallHeap() throws Exception {
    Path bomb = ZipBombs.stopTimes(dir.resolve("bomb.zip"), 1L << 30);
    ChildJvm.Result r = ChildJvm.run(dir.resolve("bomb-logs"), List.of("-Xmx64m"), "validate", bomb.toString());
    assertEquals(1, r.exit(), r.err());
    assertEquals("loopline validate: " + bomb + ": stop_times.txt inflates more than 200 times its compressed size, "
        + "the limit (a zip bomb?)", r.err().strip());
  }

  @Test
  void runningOutOfMemoryIsOneLineSayingHowToGiveMore() throws Exception {
    ChildJvm.Result r = ChildJvm.run(dir.resolve("oom-logs"), List.of("-Xmx24m"), "sample", "--out",
        dir.resolve("sample").toString());
    assertEquals(1, r.exit(), r.err());
    String err = r.err().strip();
    assertEquals(1, err.lines().count(), err);
    assertTrue(err.matches("loopline( sample)?: out of memory: the Java heap \\(limit \\d+ MiB\\) ran out; give "
        + "Loopline more with LOOPLINE_JAVA_OPTS=-Xmx2g"), err);
    assertFalse(err.contains("java.lang"), err);
  }
}
