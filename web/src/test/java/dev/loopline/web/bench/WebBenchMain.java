package dev.loopline.web.bench;

import dev.loopline.planner.bench.BenchMain;
import dev.loopline.planner.cli.LooplineCli;
import picocli.CommandLine;

/** The benchmarks' command line with {@code bench web} added; the launcher runs it for {@code ./loopline bench web}. */
public final class WebBenchMain {
  private WebBenchMain() {}

  static CommandLine commandLine() {
    CommandLine cl = BenchMain.commandLine();
    cl.getSubcommands().get("bench").addSubcommand(new CommandLine(new BenchWebCommand()));
    cl.getSubcommands().get("bench").addSubcommand(new CommandLine(new BenchWebLoadCommand()));
    return cl;
  }

  public static void main(String[] args) {
    System.exit(LooplineCli.run(WebBenchMain::commandLine, args));
  }
}
