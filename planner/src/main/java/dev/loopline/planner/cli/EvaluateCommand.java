package dev.loopline.planner.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.io.OutputGuard;
import dev.loopline.planner.app.EvaluateRequest;
import dev.loopline.planner.app.EvaluateResult;
import dev.loopline.planner.app.EvaluateService;
import dev.loopline.planner.app.ProposalFiles;
import dev.loopline.planner.app.Settings;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.proposal.Proposal;
import dev.loopline.planner.proposal.SimulationSettings;
import dev.loopline.planner.report.RankedProposal;
import dev.loopline.planner.report.Ranking;
import dev.loopline.planner.report.ReportJson;
import dev.loopline.planner.report.ReportWriter;
import dev.loopline.planner.score.AccessibilitySettings;
import dev.loopline.planner.score.CostModel;
import dev.loopline.planner.score.CoverageSettings;
import dev.loopline.planner.score.Evaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loopline evaluate}: scores the network as it is and each proposal against it — coverage, accessibility,
 * loops closed with rail, fleet, cost and the per-district subsidy split — writes the report directory and prints
 * the ranking. With no proposal it scores the baseline alone, which is what the districts negotiate from.
 */
@Command(name = "evaluate",
    header = "Score line proposals against the network: coverage, access, loops, cost, district split.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Score cross-border bus line proposals against the unified network: coverage, accessibility,",
        "loops closed with rail, fleet, cost and who pays. Writes report.html, report.json, summary.csv,",
        "district_split.csv and GeoJSON layers into --out, and prints the ranking."})
public final class EvaluateCommand implements Callable<Integer> {

  @Option(names = "--network", required = true, paramLabel = "DIR", description = "a network built by 'loopline build'")
  Path network;

  @Option(names = "--proposal", paramLabel = "FILE", description = "a proposal (YAML or JSON); repeatable")
  List<Path> proposals = new ArrayList<>();

  @Option(names = "--costs", paramLabel = "COSTS.YAML", description = "unit costs (default: the shipped costs.yaml)")
  Path costs;

  @Option(names = "--no-accessibility", description = "skip accessibility (the slow score)")
  boolean noAccessibility;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "service date (default: the Tuesday with the most services running)")
  LocalDate date;

  @Option(names = "--out", required = true, paramLabel = "REPORT_DIR", description = "report directory to write")
  Path out;

  @Option(names = "--force",
      description = "also replace another kind of Loopline output in REPORT_DIR (never files Loopline did not write)")
  boolean force;

  @Option(names = "--json", description = "print the ranking as JSON instead of a table")
  boolean json;

  @CommandLine.Mixin
  SimulationOptions simulation;

  @Option(names = "--bus-meters", paramLabel = "M,M", split = ",",
      description = "walking distances to a bus stop that count as covered (default: ${DEFAULT-VALUE})")
  List<Integer> busMeters;

  @Option(names = "--rail-meters", paramLabel = "M",
      description = "walking distance to a rail station that counts as covered (default: ${DEFAULT-VALUE})")
  int railMeters;

  @Option(names = "--origin-zone", paramLabel = "METRES",
      description = "accessibility searches once per square zone of this size (0: every populated cell) "
          + "(default: ${DEFAULT-VALUE})")
  double originZoneMeters;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<NamedPath> inputs = new ArrayList<>();
    inputs.add(new NamedPath("--network", network));
    proposals.forEach(p -> inputs.add(new NamedPath("--proposal", p)));
    if (costs != null) {
      inputs.add(new NamedPath("--costs", costs));
    }
    NamedPath report = new NamedPath("--out", out);
    OutputGuard.checkPaths(inputs, List.of(report));
    OutputGuard.checkFolder(report, ReportWriter.KIND, force);
    List<Proposal> read = ProposalFiles.read(proposals);
    CostModel model = Settings.costs(costs);
    SimulationSettings sim = simulation.settings();
    CoverageSettings cov = Settings.coverage(busMeters, railMeters);
    try (Network net = Network.load(network)) {
      AccessibilitySettings acc = Settings.accessibility(originZoneMeters);
      EvaluateRequest request = new EvaluateRequest(read, model, sim, cov, noAccessibility ? null : acc, date,
          report, force);
      EvaluateResult r;
      try (TerminalProgress bar = TerminalProgress.start()) {
        r = new EvaluateService(net).evaluate(request, bar);
      }
      PrintWriter w = spec.commandLine().getOut();
      w.print(json ? rankingJson(r.evaluation()) : Ranking.table(r.evaluation()));
      w.println("report: " + r.html());
      w.flush();
    }
    return 0;
  }

  static String rankingJson(Evaluation e) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("data_source", e.dataSource());
    ArrayNode rows = root.putArray("ranking");
    for (RankedProposal r : Ranking.rank(e.proposals())) {
      ObjectNode o = rows.addObject();
      o.put("rank", r.rank());
      o.put("proposal", r.score().id());
      o.put("new_residents", Math.round(r.score().newlyCovered().population()));
      o.put("loops_closed", r.score().closedLoops().size());
      o.put("peak_vehicles", r.score().cost().operations().peakVehicles());
      o.put("cost_per_year", Math.round(r.score().cost().cost()));
      o.put("subsidy_per_year", Math.round(r.score().cost().subsidy()));
      o.put("fund_pays_per_year", Math.round(r.score().split().fundPays()));
      Double per = r.score().effectiveness().subsidyPerNewResident();
      if (per == null) {
        o.putNull("subsidy_per_new_resident");
      } else {
        o.put("subsidy_per_new_resident", Math.round(per));
      }
    }
    return ReportJson.write(root);
  }
}
