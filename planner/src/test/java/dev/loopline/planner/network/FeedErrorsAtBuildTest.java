package dev.loopline.planner.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.testing.Fixtures;
import dev.loopline.planner.cli.ValidateCommandTest;
import dev.loopline.planner.cli.ValidateCommandTest.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed with errors still builds (trips can be planned on it), but the build says so once, since every export of
 * the network would carry the errors: the GTFS reference sample has a boarding area without a parent station.
 */
class FeedErrorsAtBuildTest {
  @TempDir
  Path dir;

  @Test
  void buildingAFeedWithErrorsWarnsOnceWithTheFirstAndTheWaysOut() {
    Run r = ValidateCommandTest.run("build", "--gtfs", Fixtures.path("beatty/sample-feed").toString(), "--osm",
        Fixtures.path("beatty/beatty.osm").toString(), "--out", dir.resolve("n").toString());
    assertEquals(0, r.code(), r.err());
    long warnings = r.out().lines().filter(l -> l.contains("MobilityData's validator would reject")).count();
    assertEquals(1, warnings, r.out());
    assertTrue(r.out().contains("the feed has 1 error MobilityData's validator would reject (first: ERROR"
        + " stops.txt:12 parent_station: "), r.out());
    assertTrue(r.out().contains("merge it with --repair before building, or export with --repair"), r.out());

    Run clean = ValidateCommandTest.run("build", "--gtfs", Fixtures.path("beatty/another-sample-feed").toString(),
        "--osm", Fixtures.path("beatty/beatty.osm").toString(), "--out", dir.resolve("m").toString());
    assertEquals(0, clean.code(), clean.err());
    assertTrue(!clean.out().contains("validator would reject"), clean.out());
  }
}
