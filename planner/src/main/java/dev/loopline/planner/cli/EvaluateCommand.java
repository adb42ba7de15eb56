package dev.loopline.planner.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.planner.app.EvaluateResult;
import dev.loopline.planner.app.ProposalFiles;
import dev.loopline.planner.app.ScenarioRequest;
import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.planner.report.RankedProposal;
import dev.loopline.planner.report.Ranking;
import dev.loopline.planner.report.ReportJson;
import dev.loopline.planner.report.ScenarioTable;
import dev.loopline.planner.score.Evaluation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loopline evaluate}: scores the network as it is and each proposal against it — coverage, accessibility,
 * loops closed with rail, fleet, cost and the per-district subsidy split — writes the report directory and prints
 * the ranking. New lines are ranked against each other; proposals that change existing routes, and packages of
 * proposals applied together, are set side by side with the baseline as scenarios. With no proposal it scores the
 * baseline alone, which is what the districts negotiate from.
 */
@Command(name = "evaluate",
    header = "Score line proposals against the network: coverage, access, loops, cost, district split.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Score bus line proposals against the unified network: coverage,",
        "accessibility, loops closed with rail, fleet, cost and who pays. New lines are",
        "ranked; proposals that change existing routes and packages (--package A.yaml",
        "B.yaml: applied together, next to each alone) are compared side by side with",
        "the baseline. Writes report.html, report.json, CSV files and GeoJSON layers",
        "into --out, and prints the ranking and the comparison."})
public final class EvaluateCommand implements Callable<Integer> {

  @Option(names = "--proposal", paramLabel = "FILE",
      description = "a proposal (YAML or JSON: a new line or changes to existing routes); repeatable")
  List<Path> proposals = new ArrayList<>();

  /** One {@code --package} option: files applied together. */
  static final class PackageFiles {
    @Option(names = "--package", arity = "2..*", required = true, paramLabel = "FILE",
        description = "proposals evaluated together, next to each alone; repeat the option for another package")
    List<Path> files;
  }

  @CommandLine.ArgGroup(exclusive = false, multiplicity = "0..*")
  List<PackageFiles> packages = new ArrayList<>();

  @CommandLine.Mixin
  ScoringOptions scoring;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<NamedPath> inputs = scoring.inputs();
    proposals.forEach(p -> inputs.add(new NamedPath("--proposal", p)));
    packages.forEach(g -> g.files.forEach(p -> inputs.add(new NamedPath("--package", p))));
    NamedPath report = scoring.checkOutput(inputs);
    List<NetworkProposal> read = ProposalFiles.readAll(proposals);
    List<List<NetworkProposal>> groups = new ArrayList<>();
    for (PackageFiles g : packages) {
      groups.add(ProposalFiles.readAll(g.files));
    }
    EvaluateResult r = scoring.run(ScenarioRequest.newLines(read), ScenarioRequest.scenarios(read, groups),
        report);
    PrintWriter w = spec.commandLine().getOut();
    if (scoring.json) {
      w.print(rankingJson(r.evaluation()));
    } else {
      w.print(Ranking.table(r.evaluation()));
      w.print(ScenarioTable.text(r.evaluation()));
    }
    w.println("report: " + r.html());
    w.flush();
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
    if (!e.scenarios().isEmpty()) {
      root.set("scenarios", ScenarioTable.json(e));
    }
    return ReportJson.write(root);
  }
}
