package dev.loopline.planner.sample;

import dev.loopline.gtfs.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The scale-1 sample with the default seed, generated once per test JVM and shared by the sample tests (generation
 * takes seconds; every test class reading the same files keeps the suite fast on a small machine).
 */
final class SampleFixture {
  private static GeneratedSample sample;
  private static Path dir;

  private SampleFixture() {}

  static synchronized GeneratedSample sample() {
    load();
    return sample;
  }

  /** The folder the sample was written to (do not modify it). */
  static synchronized Path dir() {
    load();
    return dir;
  }

  private static void load() {
    if (sample != null) {
      return;
    }
    try {
      Path root = Files.createTempDirectory("loopline-sample-fixture");
      Path out = root.resolve("sample");
      long t0 = System.nanoTime();
      GeneratedSample s = SampleGenerator.generate(SampleOptions.defaults(), stage -> { });
      SampleGenerator.write(s, out, false, stage -> { }, t0);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          AtomicFiles.deleteTree(root);
        } catch (IOException ignored) {
          // a temp folder left behind is harmless
        }
      }));
      sample = s;
      dir = out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
