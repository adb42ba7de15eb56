package dev.loopline.gtfs.read;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.testing.TestFeeds;
import dev.loopline.gtfs.testing.ZipBombs;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zip bombs are refused while they inflate, with memory bounded whatever the heap: the ratio is judged against the
 * compressed bytes consumed so far, so a gigabyte of stop_times in a megabyte of zip stops after about a megabyte.
 * (The same bomb at a 64 MiB heap in a separate JVM: {@code FaultsTest} in the planner.)
 */
class ZipBombTest {
  @TempDir
  static Path dir;
  static Path bomb;

  @BeforeAll
  static void makeBomb() throws IOException {
    bomb = ZipBombs.stopTimes(dir.resolve("bomb.zip"), 1L << 30);
  }

  @Test
  void aGigabyteBombIsRefusedAfterAFewMegabytesOfAllocation() throws IOException {
    assertTrue(Files.size(bomb) < 4 << 20, "a bomb: " + Files.size(bomb) + " bytes");
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long before = threads.getCurrentThreadAllocatedBytes();
    GtfsException e = assertThrows(GtfsException.class, () -> GtfsReader.read(bomb));
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertTrue(e.getMessage().contains("stop_times.txt inflates more than 200 times its compressed size"),
        e.getMessage());
    assertTrue(allocated < 32L << 20, "allocated " + (allocated >> 20) + " MiB while refusing the bomb");
  }

  @Test
  void aDamagedEntryIsNamedByItsChecksum() throws IOException {
    Map<String, String> f = new LinkedHashMap<>(TestFeeds.minimal());
    Path zip = TestFeeds.zip(dir.resolve("damaged.zip"), f);
    byte[] bytes = Files.readAllBytes(zip);
    // Flip a bit inside the deflated data of the first entry (just past its 30-byte local header and name).
    int nameLength = (bytes[26] & 0xFF) | (bytes[27] & 0xFF) << 8;
    int extraLength = (bytes[28] & 0xFF) | (bytes[29] & 0xFF) << 8;
    bytes[30 + nameLength + extraLength + 2] ^= 0x10;
    Files.write(zip, bytes);
    GtfsException e = assertThrows(GtfsException.class, () -> GtfsReader.read(zip));
    assertTrue(e.getMessage().contains("is corrupt in the zip"), e.getMessage());
  }

  @Test
  void aTruncatedArchiveIsNotAZip() throws IOException {
    Path zip = TestFeeds.zip(dir.resolve("whole.zip"), TestFeeds.minimal());
    byte[] bytes = Files.readAllBytes(zip);
    Path cut = Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    GtfsException e = assertThrows(GtfsException.class, () -> GtfsReader.read(cut));
    assertTrue(e.getMessage().contains("not a valid zip file"), e.getMessage());
  }

  @Test
  void twoEntriesOfTheSameNameAreRefused() throws IOException {
    Map<String, String> f = new LinkedHashMap<>(TestFeeds.minimal());
    f.put("stopz.txt", f.get("stops.txt").replace("大学城", "Elsewhere"));
    Path zip = TestFeeds.zip(dir.resolve("twice.zip"), f);
    byte[] bytes = Files.readAllBytes(zip);
    byte[] from = "stopz.txt".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    int renamed = 0;
    for (int i = 0; i + from.length <= bytes.length; i++) {
      if (java.util.Arrays.equals(bytes, i, i + from.length, from, 0, from.length)) {
        bytes[i + 4] = 's'; // in the local header and in the central directory
        renamed++;
      }
    }
    assertTrue(renamed >= 2, "renamed " + renamed);
    Files.write(zip, bytes);
    GtfsException e = assertThrows(GtfsException.class, () -> GtfsReader.read(zip));
    assertTrue(e.getMessage().contains("the zip holds two entries named stops.txt"), e.getMessage());
  }
}
