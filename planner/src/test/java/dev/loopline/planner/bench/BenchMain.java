package dev.loopline.planner.bench;

import dev.loopline.planner.cli.LooplineCli;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code loopline bench ...}: the benchmarks' own command line. The benchmarks and their baselines (OneBusAway,
 * plain GraphHopper) live in the planner's test sources so that the application never carries them; the launcher
 * runs this class on the test classpath ({@code ./loopline bench ...}), with the same error handling as the
 * application's command line.
 */
@Command(name = "loopline", subcommands = BenchCommand.class)
public final class BenchMain {
  private BenchMain() {}

  /** The command line, rooted at {@code loopline} so that messages read {@code loopline bench gtfs: ...}. */
  public static CommandLine commandLine() {
    return LooplineCli.configure(new CommandLine(new BenchMain()));
  }

  /** {@code args} start with {@code bench}, as typed after {@code ./loopline}. */
  public static void main(String[] args) {
    System.exit(LooplineCli.run(BenchMain::commandLine, args));
  }
}
