package dev.loopline.planner.bench;

import dev.loopline.planner.cli.UserException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --fixtures DIR} option of the benchmarks that read the shared real data (a picocli mixin): where the
 * folder is, and a check that the files a benchmark needs are there before it starts measuring.
 */
public final class FixturesOption {
  @Option(names = "--fixtures", paramLabel = "DIR",
      description = "the shared fixtures folder (default: ../shared/fixtures, or -Dloopline.fixtures)")
  Path fixtures;

  /** The fixtures folder, whether or not it exists (for benchmarks that skip data sets they cannot find). */
  Path dir() {
    return fixtures != null ? fixtures : Path.of(System.getProperty("loopline.fixtures", "../shared/fixtures"));
  }

  /** The fixtures folder, after checking that every named file exists in it. */
  Path require(String... files) {
    Path dir = dir();
    for (String f : files) {
      if (!Files.isRegularFile(dir.resolve(f))) {
        throw new UserException("fixture not found: " + dir.resolve(f) + " (pass --fixtures DIR, the shared "
            + "fixtures folder that holds " + f.substring(0, f.indexOf('/') + 1) + ")");
      }
    }
    return dir;
  }
}
