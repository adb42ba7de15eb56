package dev.loopline.planner.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same seed and scale give byte-identical files; another seed gives another city. */
class SampleDeterminismTest {

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
    }
  }

  @Test
  void sameSeedAndScaleGiveIdenticalBytes(@TempDir Path tmp) throws IOException {
    Path again = tmp.resolve("again");
    SampleGenerator.write(SampleOptions.defaults(), again, false, stage -> { });
    Path first = SampleFixture.dir();
    List<Path> names = files(first);
    assertEquals(names, files(again), "the same files");
    assertTrue(names.size() >= 14, "all outputs written: " + names);
    for (Path name : names) {
      assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(again.resolve(name)),
          "bytes of " + name);
    }
  }

  @Test
  void anotherSeedGivesAnotherCity(@TempDir Path tmp) throws IOException {
    Path other = tmp.resolve("other");
    SampleGenerator.write(new SampleOptions(SampleOptions.DEFAULT_SEED + 1, 1), other, false, stage -> { });
    Path first = SampleFixture.dir();
    for (String name : new String[] {"osm/science-city.osm.pbf", "gtfs/gaoxin.zip", "gtfs/bishan.zip",
        "population.csv"}) {
      assertFalse(Arrays.equals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(other.resolve(name))),
          name + " should differ with another seed");
    }
  }

  @Test
  void aFolderOfTheUsersIsNeverReplacedEvenWithForce(@TempDir Path tmp) throws IOException {
    Path dir = tmp.resolve("busy");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("keep.txt"), "mine");
    GeneratedSample s = SampleFixture.sample();
    var e = org.junit.jupiter.api.Assertions.assertThrows(dev.loopline.gtfs.io.OutputRefusedException.class,
        () -> SampleGenerator.write(s, dir, true, stage -> { }, System.nanoTime()));
    assertTrue(e.getMessage().contains("not empty and was not written by Loopline"), e.getMessage());
    assertEquals("mine", Files.readString(dir.resolve("keep.txt")), "nothing touched");
    try (Stream<Path> siblings = Files.list(tmp)) {
      assertEquals(List.of(dir), siblings.toList(), "no temporary folder left behind");
    }
  }
}
