package dev.loopline.planner.bench;

import dev.loopline.planner.cli.UserException;
import dev.loopline.planner.cli.TerminalProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import dev.loopline.planner.progress.ProgressCounter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loopline bench street}: imports, loads and queries the street network on Porto Alegre, Cobb County, Beatty
 * and the synthetic sample, against plain GraphHopper on the same files. See {@link StreetBenchmark}.
 */
@Command(name = "street",
    header = "Street network import, walk trees, transfers and bus routing, against plain GraphHopper.", mixinStandardHelpOptions = true,
    description = {"Benchmark the street network (import, cache, heap, walk trees, transfers, bus and walk routing)",
        "on the real fixtures and the synthetic sample, against plain GraphHopper on the same files."})
public final class BenchStreetCommand implements Callable<Integer> {

  @CommandLine.Mixin
  FixturesOption fixtures;

  @CommandLine.Mixin
  BenchmarksPageOption page;

  @Option(names = "--runs", defaultValue = "3", paramLabel = "N",
      description = "timed runs per task; medians are reported (default: ${DEFAULT-VALUE})")
  int runs;

  @Option(names = "--warmup", defaultValue = "1", paramLabel = "N",
      description = "untimed warm-up runs per task (default: ${DEFAULT-VALUE})")
  int warmups;

  @Option(names = "--sample-scales", split = ",", defaultValue = "1,4", paramLabel = "N[,N...]",
      description = "scales of the synthetic sample to generate and measure; 0 for none (default: ${DEFAULT-VALUE})")
  List<Integer> sampleScales;

  @Option(names = "--no-graphhopper", negatable = false, description = "skip the plain GraphHopper baseline")
  boolean skipBaseline;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (runs < 1 || warmups < 0) {
      throw new UserException("--runs must be at least 1 and --warmup at least 0");
    }
    Path dir = fixtures.require("porto-alegre/poa_osm.pbf", "porto-alegre/poa_eptc.zip",
        "cobb-marta/cobb-county.filtered.osm.pbf", "beatty/beatty.osm");
    page.check();
    List<Integer> scales = sampleScales.stream().filter(s -> s != 0).toList();
    String body;
    try (TerminalProgress bar = TerminalProgress.start()) {
      ProgressCounter progress = new ProgressCounter(bar, "bench street", 1_000);
      body = StreetBenchmark.run(new StreetBenchmark.Options(dir, warmups, runs, !skipBaseline, scales),
          step -> progress.step(1));
    }
    PrintWriter w = spec.commandLine().getOut();
    w.println(StreetBenchmark.HEADING);
    page.print(w, StreetBenchmark.HEADING, body);
    return 0;
  }
}
