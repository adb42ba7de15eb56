package dev.loopline.planner.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code loopline bench <area>}: the speed and memory benchmarks, one sub-command per area. Each prints its figures
 * and, with {@code --out}, rewrites its own section of docs/benchmarks.md. Add an area by adding its command to
 * {@code subcommands}.
 */
@Command(name = "bench",
    header = "Measure speed and memory on real data; results go to docs/benchmarks.md.", mixinStandardHelpOptions = true,
    description = "Measure speed and memory on real data; results go to docs/benchmarks.md.",
    subcommands = {
        BenchGtfsCommand.class,
        BenchScoringCommand.class,
        BenchScenariosCommand.class,
        BenchStreetCommand.class,
        BenchRoutingCommand.class,
    })
public final class BenchCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
