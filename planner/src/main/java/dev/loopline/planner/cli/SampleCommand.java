package dev.loopline.planner.cli;

import dev.loopline.planner.sample.GeneratedSample;
import dev.loopline.planner.sample.SampleGenerator;
import dev.loopline.planner.sample.SampleOptions;
import dev.loopline.planner.sample.SampleRenderer;
import dev.loopline.planner.sample.SampleSummary;
import java.io.IOException;
import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.io.OutputGuard;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  @Option(names = "--scale", paramLabel = "N", defaultValue = "1",
      description = "about N times the scale-1 network (area, stops, lines, trips, population), 1-"
          + SampleOptions.MAX_SCALE + " (default: ${DEFAULT-VALUE})")
  int scale;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "" + SampleOptions.DEFAULT_SEED,
      description = "random seed (default: ${DEFAULT-VALUE})")
  long seed;

  @Option(names = "--render", paramLabel = "PNG", description = "also draw the sample as a PNG map here")
  Path render;

  @Option(names = "--render-width", paramLabel = "PX", defaultValue = "1400",
      description = "width of the PNG in pixels (default: ${DEFAULT-VALUE})")
  int renderWidth;

  @Option(names = "--force",
      description = "also replace another kind of Loopline output in DIR (never files Loopline did not write)")
  boolean force;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (scale < 1 || scale > SampleOptions.MAX_SCALE) {
      throw new UserException("--scale must be between 1 and " + SampleOptions.MAX_SCALE + ", got " + scale);
    }
    if (renderWidth < 200 || renderWidth > 10_000) {
      throw new UserException("--render-width must be between 200 and 10000 pixels, got " + renderWidth);
    }
    NamedPath folder = new NamedPath("--out", out);
    List<NamedPath> outputs = new ArrayList<>(List.of(folder));
    if (render != null) {
      outputs.add(new NamedPath("--render", render));
    }
    OutputGuard.checkPaths(List.of(), outputs);
    OutputGuard.checkFolder(folder, SampleGenerator.KIND, force);
    if (render != null) {
      OutputGuard.checkFile(outputs.get(1));
    }
    SampleOptions options = new SampleOptions(seed, scale);
    SampleSummary summary;
    GeneratedSample sample;
    try (Progress progress = Progress.start("sample", SampleGenerator.STAGES.size())) {
      long t0 = System.nanoTime();
      sample = SampleGenerator.generate(options, stage -> progress.step(1));
      summary = SampleGenerator.write(sample, out, force, stage -> progress.step(1), t0);
    } catch (IOException e) {
      throw new UserException("cannot write the sample to " + out + ": " + e.getMessage(), e);
    }
    spec.commandLine().getOut().print(summary.toText());
    if (render != null) {
      try {
        SampleRenderer.render(sample, render, renderWidth);
      } catch (IOException e) {
        throw new UserException("cannot write the map " + render + ": " + e.getMessage(), e);
      }
      spec.commandLine().getOut().println("  map: " + render);
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
