package dev.loopline.web.testing;

import dev.loopline.gtfs.io.AtomicFiles;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.sample.SampleWorkspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The synthetic sample, generated, merged and built once per test JVM into a temporary work folder and shared by the
 * web tests (the same steps {@code loopline demo} takes; building twice would dominate the module's test time).
 */
public final class SampleNetwork {
  private static Path work;
  private static Network network;

  private SampleNetwork() {}

  /** The opened network (do not close it: it is shared). */
  public static synchronized Network network() {
    if (network == null) {
      try {
        work = Files.createTempDirectory("loopline-web-sample");
        network = new SampleWorkspace(work, note -> { }).prepare();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          network.close();
          try {
            AtomicFiles.deleteTree(work);
          } catch (IOException ignored) {
            // a temporary folder left behind is harmless
          }
        }));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return network;
  }

  /** The work folder the sample was prepared in (sample/, unified.zip, network/). */
  public static synchronized Path workDir() {
    network();
    return work;
  }
}
