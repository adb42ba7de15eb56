package dev.loopline.planner.cli;

import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.planner.sample.SampleGenerator;
import dev.loopline.planner.sample.SampleOptions;
import dev.loopline.planner.sample.SampleRequest;
import dev.loopline.planner.sample.SampleService;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loopline sample}: writes the synthetic Science City sample (street network, district and rail feeds,
 * districts, population, proposals; see {@link SampleGenerator}) into a folder, and optionally a PNG map of it.
 * The folder appears complete or not at all; an existing non-empty folder is replaced only with {@code --force}.
 */
@Command(name = "sample",
    header = "Generate the synthetic Science City sample (streets, districts, feeds, people, proposals).", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Generate the synthetic Science City sample: OSM street network, six district bus feeds",
        "(one in GCJ-02, one in GBK), a rail feed, districts, population grid, sample proposals.",
        "Everything is invented; the same seed and scale give byte-identical files."})
public final class SampleCommand implements Callable<Integer> {

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write the sample into")
  Path out;

  @Option(names = "--scale", paramLabel = "N",
      description = "about N times the scale-1 network (area, stops, lines, trips, population), 1-"
          + SampleOptions.MAX_SCALE + " (default: ${DEFAULT-VALUE})")
  int scale;

  @Option(names = "--seed", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--render", paramLabel = "PNG", description = "also draw the sample as a PNG map here")
  Path render;

  @Option(names = "--render-width", paramLabel = "PX",
      description = "width of the PNG in pixels (default: ${DEFAULT-VALUE})")
  int renderWidth;

  @Option(names = "--force",
      description = "also replace another kind of Loopline output in DIR (never files Loopline did not write)")
  boolean force;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    SampleService.Result r;
    try (TerminalProgress bar = TerminalProgress.start()) {
      r = new SampleService().generate(new SampleRequest(new NamedPath("--out", out), seed, scale,
          render == null ? null : new NamedPath("--render", render), renderWidth, force), bar);
    }
    spec.commandLine().getOut().print(r.summary().toText());
    if (r.map() != null) {
      spec.commandLine().getOut().println("  map: " + r.map());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
