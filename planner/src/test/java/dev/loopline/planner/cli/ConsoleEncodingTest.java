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

  @Test
  void aChinesePathUnderTheCLocaleIsExplainedNotMangled() throws Exception {
    // The launcher runs Java under a UTF-8 locale; started directly under LANG=C the name cannot reach Java intact.
    ChildJvm.Result r = ChildJvm.run(dir.resolve("logs-path"), List.of("-Xmx256m"),
        Map.of("LANG", "C", "LC_ALL", "C"), "plan", "--network", dir.resolve("科学城").toString(), "--from", "1,2",
        "--to", "1,2");
    assertEquals(CliErrors.USAGE, r.exit(), r.err());
    assertTrue(r.err().startsWith("loopline plan: --network: the path has characters the locale's character set"),
        r.err());
    assertTrue(r.err().contains("run under a UTF-8 locale (LC_ALL=C.UTF-8"), r.err());
  }

  @Test
  void aChinesePathUnderAUtf8LocaleIsFound() throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("科学城"));
    ChildJvm.Result r = ChildJvm.run(dir.resolve("logs-utf8"), List.of("-Xmx256m"),
        Map.of("LANG", "C", "LC_ALL", "C.UTF-8"), "plan", "--network", dir.resolve("科学城").toString(), "--from",
        "1,2", "--to", "1,2");
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().contains("科学城 is not a Loopline network: no manifest.json"), r.err());
  }
}
