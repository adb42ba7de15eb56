package dev.loopline.planner.cli;

import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.planner.app.EvaluateResult;
import dev.loopline.planner.app.InvalidRequestException;
import dev.loopline.planner.app.ProposalFiles;
import dev.loopline.planner.app.ScenarioRequest;
import dev.loopline.planner.report.ReportJson;
import dev.loopline.planner.report.ScenarioTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loopline compare}: the baseline and any number of named scenarios side by side — each scenario a list of
 * proposal files applied together — with a difference map between two of them. The report is the evaluation
 * report's scenario part (HTML, JSON, CSV, GeoJSON), written through the same output guard.
 */
@Command(name = "compare",
    header = "Compare scenarios (proposals applied together) side by side with the baseline.",
    mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Set the baseline and named scenarios side by side: coverage gained and",
        "lost, accessibility, loops, buses, vehicle-km, cost, fares and subsidy, per",
        "district, with a difference map between two scenarios. A scenario is",
        "NAME=FILE[,FILE...]: proposals (new lines or changes to existing routes)",
        "applied together in order. Writes report.html, report.json, scenarios.csv,",
        "scenario_districts.csv, scenario_routes.csv and GeoJSON layers into --out."})
public final class CompareCommand implements Callable<Integer> {

  @Option(names = "--scenario", required = true, paramLabel = "NAME=FILE[,FILE...]",
      description = "a scenario: a name and the proposal files applied together; repeatable")
  Map<String, String> scenarios = new LinkedHashMap<>();

  @CommandLine.Mixin
  ScoringOptions scoring;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<NamedPath> inputs = scoring.inputs();
    Map<String, List<Path>> files = new LinkedHashMap<>();
    for (Map.Entry<String, String> s : scenarios.entrySet()) {
      List<Path> paths = new ArrayList<>();
      for (String f : s.getValue().split(",")) {
        if (f.isBlank()) {
          throw InvalidRequestException.of("scenario", s.getKey() + " lists an empty file name");
        }
        paths.add(Path.of(f.strip()));
        inputs.add(new NamedPath("--scenario", Path.of(f.strip())));
      }
      files.put(s.getKey(), paths);
    }
    NamedPath report = scoring.checkOutput(inputs);
    List<ScenarioRequest> requests = new ArrayList<>();
    for (Map.Entry<String, List<Path>> s : files.entrySet()) {
      requests.add(ScenarioRequest.named(s.getKey(), ProposalFiles.readAll(s.getValue())));
    }
    EvaluateResult r = scoring.run(List.of(), requests, report);
    PrintWriter w = spec.commandLine().getOut();
    w.print(scoring.json ? ReportJson.write(ScenarioTable.json(r.evaluation())) : ScenarioTable.text(r.evaluation()));
    w.println("report: " + r.html());
    w.flush();
    return 0;
  }
}
