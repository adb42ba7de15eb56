package dev.loopline.planner.bench;

import dev.loopline.planner.cli.CliErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command runs end to end on the real feeds and rewrites only its own section (timings are not judged here). */
class BenchGtfsCommandTest {
  @TempDir
  Path dir;

  @Test
  void measuresAndWritesItsSection() throws Exception {
    Path fixtures = Fixtures.path("porto-alegre/poa_eptc.zip").getParent().getParent();
    Path doc = dir.resolve("benchmarks.md");
    Files.writeString(doc, "# Benchmarks\n\n## GTFS: read, merge, write (issue: foundation)\n_Not yet measured._\n\n"
        + "## Street network (GraphHopper)\n_Not yet measured._\n");
    CommandLine cl = BenchMain.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    int code = cl.execute("bench", "gtfs", "--fixtures", fixtures.toString(), "--runs", "1", "--warmup", "0",
        "--no-onebusaway", "--out", doc.toString());
    assertEquals(0, code, out.toString());
    String text = Files.readString(doc);
    assertTrue(text.contains("| **stop_times rows/s** (130,019 rows"), text);
    assertTrue(text.contains("stop_times, heap after GC"), text);
    assertTrue(text.contains("OneBusAway comparison: not run (--no-onebusaway)"), text);
    assertTrue(text.endsWith("\n## Street network (GraphHopper)\n_Not yet measured._\n"), text);
    assertTrue(!text.contains("(issue: foundation)\n_Not yet measured._"), text);
  }

  @Test
  void missingFixturesIsOneClearLine() {
    CommandLine cl = BenchMain.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    int code = cl.execute("bench", "gtfs", "--fixtures", dir.resolve("nowhere").toString());
    assertEquals(CliErrors.FAILED, code);
    assertTrue(err.toString().startsWith("loopline bench gtfs: fixture not found: "), err.toString());
    assertEquals(1, err.toString().lines().count(), err.toString());
    assertTrue(!err.toString().contains("Exception"), err.toString());
  }
}
