package dev.loopline.planner.bench;

import dev.loopline.planner.cli.UserException;
import dev.loopline.planner.cli.TerminalProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import dev.loopline.planner.progress.ProgressCounter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loopline bench gtfs}: reads, merges and writes the Porto Alegre feeds, measures stop_times throughput and
 * memory per row, and compares with OneBusAway on the same files. See {@link GtfsBenchmark} for the method.
 */
@Command(name = "gtfs",
    header = "GTFS read, merge and write speed and memory, against OneBusAway.", mixinStandardHelpOptions = true,
    description = {"Benchmark GTFS reading, merging and writing on the Porto Alegre fixtures,",
        "against OneBusAway GTFS on the same files."})
public final class BenchGtfsCommand implements Callable<Integer> {

  @CommandLine.Mixin
  FixturesOption fixtures;

  @CommandLine.Mixin
  BenchmarksPageOption page;

  @Option(names = "--runs", defaultValue = "7", paramLabel = "N",
      description = "timed runs per task; medians are reported (default: ${DEFAULT-VALUE})")
  int runs;

  @Option(names = "--warmup", defaultValue = "3", paramLabel = "N",
      description = "untimed warm-up runs per task (default: ${DEFAULT-VALUE})")
  int warmups;

  @Option(names = "--no-onebusaway", negatable = false,
      description = "skip the OneBusAway baseline")
  boolean skipOneBusAway;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (runs < 1 || warmups < 0) {
      throw new UserException("--runs must be at least 1 and --warmup at least 0");
    }
    Path dir = fixtures.require("porto-alegre/poa_eptc.zip", "porto-alegre/poa_trensurb.zip");
    page.check();
    String body;
    try (TerminalProgress bar = TerminalProgress.start()) {
      ProgressCounter progress = new ProgressCounter(bar, "bench gtfs", GtfsBenchmark.STEPS);
      body = GtfsBenchmark.run(new GtfsBenchmark.Options(dir, warmups, runs, !skipOneBusAway),
          step -> progress.step(1));
    }
    PrintWriter w = spec.commandLine().getOut();
    w.println(GtfsBenchmark.HEADING);
    page.print(w, GtfsBenchmark.HEADING, body);
    return 0;
  }
}
