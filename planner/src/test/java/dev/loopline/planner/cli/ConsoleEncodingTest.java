package dev.loopline.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names print as UTF-8 whatever the locale: under {@code LANG=C} Java would write "????" for every Chinese name. */
class ConsoleEncodingTest {
  @TempDir
  Path dir;

  @Test
  void chineseSurvivesTheCLocale() throws Exception {
    Path queries = java.nio.file.Files.writeString(dir.resolve("q.csv"),
        "id,from_lat,from_lon,to_lat,to_lon,departure\n科学城,29.6,106.2,29.6,106.3,西部\n");
    ChildJvm.Result r = ChildJvm.run(dir.resolve("logs"), List.of("-Xmx256m"),
        Map.of("LANG", "C", "LC_ALL", "C"), "plan", "--network", dir.resolve("net").toString(), "--batch",
        queries.toString(), "--out", dir.resolve("r.csv").toString());
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("field 'departure': not an ISO local date-time: '西部'"),
        "the value is printed as written: " + r.err());
  }
}
