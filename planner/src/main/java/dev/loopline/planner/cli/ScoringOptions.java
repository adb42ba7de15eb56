package dev.loopline.planner.cli;

import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.io.OutputGuard;
import dev.loopline.planner.app.EvaluateRequest;
import dev.loopline.planner.app.EvaluateResult;
import dev.loopline.planner.app.EvaluateService;
import dev.loopline.planner.app.Settings;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.proposal.Proposal;
import dev.loopline.planner.report.ReportWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that say how the network is scored and where the report goes, shared by {@code evaluate} and
 * {@code compare}, and the run they share: check the paths, read the settings, score through
 * {@link EvaluateService}.
 */
final class ScoringOptions {
  @Option(names = "--network", required = true, paramLabel = "DIR", description = "a network built by 'loopline build'")
  Path network;

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

  @Option(names = "--json", description = "print the results as JSON instead of a table")
  boolean json;

  @Option(names = "--diff", paramLabel = "A,B", split = ",",
      description = "map the difference between two scenarios (ids or names, or baseline): B less A (default: the "
          + "first two)")
  List<String> difference = new java.util.ArrayList<>();

  @CommandLine.Mixin
  SimulationOptions simulation;

  @Option(names = "--bus-meters", paramLabel = "M,M", split = ",",
      description = "walking distances to a bus stop that count as covered (default: ${DEFAULT-VALUE})")
  List<Integer> busMeters;

  @Option(names = "--rail-meters", paramLabel = "M",
      description = "walking distance to a rail station that counts as covered (default: ${DEFAULT-VALUE})")
  int railMeters;

  @Option(names = "--origin-zone", paramLabel = "METRES",
      description = "0: accessibility searches every populated cell (full resolution; the baseline is cached per "
          + "network and settings); a size groups origins into square zones of that size (default: ${DEFAULT-VALUE})")
  double originZoneMeters;

  /** The inputs the report may not overwrite: the network and the cost file (the caller adds its proposals). */
  List<NamedPath> inputs() {
    List<NamedPath> inputs = new java.util.ArrayList<>();
    inputs.add(new NamedPath("--network", network));
    if (costs != null) {
      inputs.add(new NamedPath("--costs", costs));
    }
    return inputs;
  }

  /** Refuses, before any work, a report folder that is an input or not Loopline's to write. */
  NamedPath checkOutput(List<NamedPath> inputs) {
    NamedPath report = new NamedPath("--out", out);
    OutputGuard.checkPaths(inputs, List.of(report));
    OutputGuard.checkFolder(report, ReportWriter.KIND, force);
    return report;
  }

  /** Scores the new lines and the scenarios with these settings and writes the report. */
  EvaluateResult run(List<Proposal> lines, List<dev.loopline.planner.app.ScenarioRequest> scenarios,
                     NamedPath report) {
    var model = Settings.costs(costs);
    var sim = simulation.settings();
    var cov = Settings.coverage(busMeters, railMeters);
    try (Network net = Network.load(network)) {
      var acc = Settings.accessibility(originZoneMeters);
      EvaluateRequest request = new EvaluateRequest(lines, model, sim, cov, noAccessibility ? null : acc, date,
          report, force, scenarios, difference);
      try (TerminalProgress bar = TerminalProgress.start()) {
        return new EvaluateService(net).evaluate(request, bar);
      }
    }
  }
}
