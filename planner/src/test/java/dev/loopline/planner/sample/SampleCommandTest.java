package dev.loopline.planner.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.planner.cli.LooplineCli;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code loopline sample}: refuses what it should with one clear line, and writes the folder and the map. */
class SampleCommandTest {

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = LooplineCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void refusesANonEmptyFolderWithoutForce(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("notes.txt"), "keep me");
    Run r = run("sample", "--out", tmp.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("is not empty and was not written by Loopline"), r.err());
    assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    assertEquals("keep me", Files.readString(tmp.resolve("notes.txt")));
  }

  @Test
  void refusesABadScale(@TempDir Path tmp) {
    Run r = run("sample", "--out", tmp.resolve("x").toString(), "--scale", "17");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("--scale must be between 1 and 16, got 17"), r.err());
    Run notANumber = run("sample", "--out", tmp.resolve("x").toString(), "--scale", "big");
    assertEquals(2, notANumber.exit(), notANumber.err());
  }

  @Test
  void writesTheSampleAndTheMap(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("science-city");
    // An earlier Loopline output of another kind: --force may replace it (it holds nothing of the user's).
    dev.loopline.gtfs.io.OutputGuard.replaceFolder(new dev.loopline.gtfs.io.NamedPath("--out", out),
        dev.loopline.planner.report.ReportWriter.KIND, false, t -> Files.writeString(t.resolve("old.txt"), "replaced"));
    assertTrue(run("sample", "--out", out.toString()).err().contains("holds a Loopline report"));
    Path png = tmp.resolve("map.png");
    Run r = run("sample", "--out", out.toString(), "--force", "--render", png.toString(), "--render-width", "400");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("Synthetic Science City sample (seed 20261126, scale 1)"), r.out());
    assertTrue(r.out().contains("gaoxin") && r.out().contains("residents"), r.out());
    assertTrue(Files.notExists(out.resolve("old.txt")), "--force replaced the folder");
    for (String f : new String[] {"README.md", "feeds.yaml", "districts.geojson", "population.csv",
        "manifest.json", "osm/science-city.osm.pbf", "gtfs/rail.zip", "gtfs/bishan.zip", "proposals/SC-L1.yaml"}) {
      assertTrue(Files.size(out.resolve(f)) > 0, f);
    }
    assertTrue(Files.readString(out.resolve("README.md")).contains("Synthetic sample - not real data"));
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(400, img.getWidth());
    assertTrue(img.getHeight() > 600, "portrait map of the region");
    try (var s = Files.list(tmp)) {
      assertEquals(2, s.count(), "no temporary folders left: only the sample and the map");
    }
  }
}
