package dev.loopline.planner.cli;

import dev.loopline.planner.network.Network;
import dev.loopline.planner.proposal.Proposal;
import dev.loopline.planner.proposal.SimulationSettings;
import dev.loopline.planner.report.Ranking;
import dev.loopline.planner.score.AccessibilitySettings;
import dev.loopline.planner.score.CostModel;
import dev.loopline.planner.score.CoverageSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loopline demo}: the main job end to end on the embedded synthetic sample — generate the sample if absent,
 * merge its district feeds, build the network (reused when its inputs are unchanged), evaluate the sample's
 * proposals, print the ranking and the path of report.html. Everything runs in-process through the other
 * commands' Java APIs.
 */
@Command(name = "demo",
    header = "Run the main job end to end on the synthetic sample.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run the main job on the synthetic sample: generate it (if absent), merge its feeds, build the",
        "network, evaluate its proposals and write the report. The data is synthetic, not real Science City data."})
public final class DemoCommand implements Callable<Integer> {

  @Option(names = "--dir", paramLabel = "DIR", defaultValue = "work",
      description = "work directory for the sample, the unified feed, the network and the report "
          + "(default: ${DEFAULT-VALUE})")
  Path dir;

  @Option(names = "--no-accessibility", description = "skip accessibility (faster)")
  boolean noAccessibility;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    out.println("Loopline demo. The data is a SYNTHETIC SAMPLE shaped after the Western (Chongqing) Science City:");
    out.println("invented streets, stops, timetables and population, not real data.");
    SampleWork work = new SampleWork(dir, out);
    try (Network net = work.prepare()) {
      List<Proposal> proposals = ExportCommand.readProposals(work.proposals());
      out.println("evaluating " + proposals.size() + " proposals ("
          + String.join(", ", proposals.stream().map(Proposal::id).toList()) + ")"
          + (noAccessibility ? " without accessibility" : " with accessibility") + " ...");
      out.flush();
      EvaluateCommand.Result r = EvaluateCommand.evaluate(net, proposals, CostModel.defaults(),
          SimulationSettings.DEFAULTS, CoverageSettings.DEFAULTS,
          noAccessibility ? null : AccessibilitySettings.DEFAULTS, null, work.reportDir(), false);
      out.println();
      out.print(Ranking.table(r.evaluation()));
      out.println();
      out.println("report: " + r.html());
      out.println("(synthetic sample: the numbers show the method, not real Science City figures)");
      out.flush();
    }
    return 0;
  }
}
