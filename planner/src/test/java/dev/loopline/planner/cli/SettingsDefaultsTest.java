package dev.loopline.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopline.planner.app.LooplineSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line takes its defaults from the settings tree, and a loopline.yaml changes them. */
class SettingsDefaultsTest {
  @TempDir
  Path dir;

  /** The value an option takes when the command line leaves it out (the command's required options given). */
  private static String defaultOf(CommandLine cl, String command, String option) {
    String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of(command),
        java.util.Arrays.stream(REQUIRED.get(command))).toArray(String[]::new);
    cl.parseArgs(args);
    Object v = cl.getSubcommands().get(command).getCommandSpec().findOption(option).getValue();
    return v instanceof java.util.List<?> l ? String.join(",", l.stream().map(String::valueOf).toList())
        : String.valueOf(v);
  }

  private static final java.util.Map<String, String[]> REQUIRED = java.util.Map.of(
      "plan", new String[] {"--network", "n"},
      "evaluate", new String[] {"--network", "n", "--out", "r"},
      "export", new String[] {"--network", "n", "--out", "x.zip"},
      "build", new String[] {"--gtfs", "g.zip", "--osm", "o.pbf", "--out", "n"},
      "merge", new String[] {"--out", "m.zip"},
      "sample", new String[] {"--out", "s"},
      "demo", new String[] {},
      "validate", new String[] {"feed.zip"});

  @Test
  void builtInDefaultsAreTheTreesValues() {
    CommandLine cl = LooplineCli.commandLine();
    cl.setDefaultValueProvider(new SettingsDefaults(() -> LooplineSettings.DEFAULTS));
    assertEquals("1200m", defaultOf(cl, "plan", "--max-walk"));
    assertEquals("60m", defaultOf(cl, "plan", "--window"));
    assertEquals("1.3", defaultOf(cl, "evaluate", "--traffic-factor"));
    assertEquals("20", defaultOf(cl, "export", "--dwell"));
    assertEquals("300,500", defaultOf(cl, "evaluate", "--bus-meters"));
    assertEquals("1000m", defaultOf(cl, "build", "--transfer-distance"));
    assertEquals("30.0", defaultOf(cl, "merge", "--dedup-distance"));
    assertEquals("20261126", defaultOf(cl, "sample", "--seed"));
    assertEquals("work", defaultOf(cl, "demo", "--dir"));
    assertEquals("wgs84", defaultOf(cl, "validate", "--crs"));
    // Accessibility: evaluate at full grid resolution, the demo from 1 km origin zones.
    assertEquals("0.0", defaultOf(cl, "evaluate", "--origin-zone"));
    assertEquals("1000.0", defaultOf(cl, "demo", "--origin-zone"));
  }

  @Test
  void aLooplineYamlChangesTheDefaults() throws IOException {
    Path yaml = dir.resolve("loopline.yaml");
    Files.writeString(yaml, "plan:\n  max_walk_m: 800\nevaluate:\n  traffic_factor: 1.5\n");
    CommandLine cl = LooplineCli.commandLine();
    cl.setDefaultValueProvider(new SettingsDefaults(() -> LooplineSettings.load(yaml)));
    assertEquals("800m", defaultOf(cl, "plan", "--max-walk"));
    assertEquals("1.5", defaultOf(cl, "export", "--traffic-factor"));
    assertEquals("5", defaultOf(cl, "plan", "--itineraries"));
  }
}
