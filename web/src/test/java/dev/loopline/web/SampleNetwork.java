package dev.loopline.web;

import dev.loopline.planner.app.NetworkSources;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.sample.SampleWorkspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The synthetic sample's network for the web tests, prepared once per test JVM under {@code target/web-sample} the
 * way {@code demo} prepares it (generated, merged, built; reused by later runs when its inputs are unchanged).
 */
public final class SampleNetwork {
  private static Path dir;
  private static SampleWorkspace work;

  private SampleNetwork() {}

  /** The built network folder. */
  public static synchronized Path dir() {
    if (dir == null) {
      work = new SampleWorkspace(Path.of("target", "web-sample"), line -> { });
      try (Network net = work.prepare()) {
        dir = net.dir();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dir;
  }

  /** The sample's feeds list, merge report and proposals, as the demo hands them to the server. */
  public static synchronized NetworkSources sources() {
    dir();
    return new NetworkSources(work.feedsFile(), work.mergeReport(), work.proposalsDir());
  }
}
