package dev.loopline.planner.cli;

import dev.loopline.planner.app.EvaluateRequest;
import dev.loopline.planner.app.EvaluateResult;
import dev.loopline.planner.app.EvaluateService;
import dev.loopline.planner.app.NetworkSources;
import dev.loopline.planner.app.ProposalFiles;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.planner.app.ScenarioRequest;
import dev.loopline.planner.report.Ranking;
import dev.loopline.planner.score.Evaluation;
import dev.loopline.planner.report.ScenarioTable;
import dev.loopline.planner.sample.SampleWorkspace;
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
 * proposals, print the ranking and the path of report.html. Everything runs in-process through the application
 * services ({@link SampleWorkspace} prepares the sample with the merge and build services).
 */
@Command(name = "demo",
    header = "Run the main job end to end on the synthetic sample.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run the main job on the synthetic sample: generate it (if absent), merge its feeds, build the",
        "network, evaluate its proposals and write the report, then serve the web application on it",
        "(http://localhost:8080; --no-serve prints and exits). The data is synthetic, not real Science City data."})
public final class DemoCommand implements Callable<Integer> {

  @Option(names = "--dir", paramLabel = "DIR",
      description = "work directory for the sample, the unified feed, the network and the report "
          + "(default: ${DEFAULT-VALUE})")
  Path dir;

  @Option(names = "--no-accessibility", description = "skip accessibility (faster)")
  boolean noAccessibility;

  @Option(names = "--no-serve", description = "print the results and exit instead of serving the web application")
  boolean noServe;

  @Option(names = "--port", paramLabel = "N", description = "port the web application listens on (default: 8080)")
  int port = 8080;

  /**
   * What serves the prepared network at the end, plugged in by the web application (the planner knows nothing of
   * the web); the planner's own command line has none and prints and exits.
   */
  public interface Server {
    /** Starts serving the open network (which it then owns) and returns once it listens. */
    void serve(Network network, NetworkSources sources, int port, PrintWriter out);
  }

  private Server server;

  /** Lets the demo end by serving its network with {@code server} (unless {@code --no-serve}). */
  public void setServer(Server server) {
    this.server = server;
  }

  @Option(names = "--origin-zone", paramLabel = "METRES",
      description = "accessibility origins grouped into square zones of this size, to keep the demo quick; 0: every "
          + "populated cell, as evaluate does (default: ${DEFAULT-VALUE})")
  double originZoneMeters;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    out.println("Loopline demo. The data is a SYNTHETIC SAMPLE shaped after the Western (Chongqing) Science City:");
    out.println("invented streets, stops, timetables and population, not real data.");
    SampleWorkspace work = new SampleWorkspace(dir, line -> {
      out.println(line);
      out.flush();
    });
    if (port < 1 || port > 65535) {
      throw new UserException("--port must be between 1 and 65535, got " + port);
    }
    Network net = work.prepare();
    boolean served = false;
    try {
      List<NetworkProposal> proposals = ProposalFiles.readAll(work.proposals());
      // The changes to existing lines, each alone and together as one package (a network plan).
      List<NetworkProposal> changes = proposals.stream().filter(p -> p.singleNewLine().isEmpty()).toList();
      out.println("evaluating " + proposals.size() + " proposals ("
          + String.join(", ", proposals.stream().map(NetworkProposal::id).toList()) + ") and the package "
          + String.join(" + ", changes.stream().map(NetworkProposal::id).toList())
          + (noAccessibility ? " without accessibility" : originZoneMeters > 0 ? " with accessibility from "
          + Math.round(originZoneMeters) + " m origin zones (--origin-zone 0 for full grid resolution, several "
          + "minutes on 2 cores the first time)" : " with accessibility at full grid resolution (the network's first "
          + "run searches every populated cell, minutes on 2 cores; later runs read that baseline from the cache)")
          + " ...");
      out.flush();
      EvaluateRequest request = EvaluateRequest.defaults(proposals, changes.size() > 1 ? List.of(changes)
          : List.of(), work.reportDir());
      if (changes.size() > 1) {
        // The difference map shows what the whole plan changes.
        request = request.withScenarios(request.scenarios(), List.of(Evaluation.BASELINE,
            ScenarioRequest.packageOf(changes).id()));
      }
      EvaluateResult r;
      try (TerminalProgress bar = TerminalProgress.start()) {
        r = new EvaluateService(net).evaluate(noAccessibility ? request.withoutAccessibility()
            : request.withAccessibility(dev.loopline.planner.app.Settings.accessibility(originZoneMeters)), bar);
      }
      out.println();
      out.print(Ranking.table(r.evaluation()));
      out.print(ScenarioTable.text(r.evaluation()));
      out.println();
      out.println("report: " + r.html());
      out.println("(synthetic sample: the numbers show the method, not real Science City figures)");
      out.flush();
      if (!noServe && server != null) {
        server.serve(net, new NetworkSources(work.feedsFile(), work.mergeReport(), work.proposalsDir()), port, out);
        served = true;
      }
    } finally {
      if (!served) {
        net.close();
      }
    }
    return 0;
  }
}
