package dev.loopline.planner.bench;

import dev.loopline.planner.sample.SampleWorkspace;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --dir DIR} option of the benchmarks that run on the synthetic sample (a picocli mixin): the work
 * directory that holds, or receives, the sample and its network, prepared as {@code demo} prepares it.
 */
public final class SampleDirOption {
  @Option(names = "--dir", paramLabel = "DIR", defaultValue = "work",
      description = "work directory holding (or receiving) the sample and its network (default: ${DEFAULT-VALUE})")
  Path dir;

  /** The work directory. */
  public Path dir() {
    return dir;
  }

  /** The sample's workspace in the work directory; what it does (generate, merge, build) is printed as it goes. */
  public SampleWorkspace workspace(PrintWriter out) {
    return new SampleWorkspace(dir, line -> {
      out.println(line);
      out.flush();
    });
  }
}
