package dev.loopline.planner.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.io.OutputGuard;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.proposal.Proposal;
import dev.loopline.planner.proposal.ProposalException;
import dev.loopline.planner.proposal.SimulationSettings;
import dev.loopline.planner.report.RankedProposal;
import dev.loopline.planner.report.Ranking;
import dev.loopline.planner.report.ReportJson;
import dev.loopline.planner.report.ReportWriter;
import dev.loopline.planner.score.AccessibilitySettings;
import dev.loopline.planner.score.CostModel;
import dev.loopline.planner.score.CoverageSettings;
import dev.loopline.planner.score.Evaluation;
import dev.loopline.planner.score.Evaluator;
import dev.loopline.planner.score.NetworkScoring;
import dev.loopline.planner.score.ScoringContext;
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

  @Option(names = "--traffic-factor", paramLabel = "F", defaultValue = "1.3",
      description = "multiplier on free-flow bus running times (default: ${DEFAULT-VALUE})")
  double trafficFactor;

  @Option(names = "--dwell", paramLabel = "SECONDS", defaultValue = "20",
      description = "dwell time at each intermediate stop (default: ${DEFAULT-VALUE})")
  int dwellSeconds;

  @Option(names = "--bus-meters", paramLabel = "M,M", split = ",", defaultValue = "300,500",
      description = "walking distances to a bus stop that count as covered (default: ${DEFAULT-VALUE})")
  List<Integer> busMeters;

  @Option(names = "--rail-meters", paramLabel = "M", defaultValue = "800",
      description = "walking distance to a rail station that counts as covered (default: ${DEFAULT-VALUE})")
  int railMeters;

  @Option(names = "--origin-zone", paramLabel = "METRES", defaultValue = "1000",
      description = "accessibility searches once per square zone of this size (0: every populated cell) "
          + "(default: ${DEFAULT-VALUE})")
  double originZoneMeters;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    List<NamedPath> inputs = new ArrayList<>();
    inputs.add(new NamedPath("--network", network));
    proposals.forEach(p -> inputs.add(new NamedPath("--proposal", p)));
    if (costs != null) {
      inputs.add(new NamedPath("--costs", costs));
    }
    NamedPath report = new NamedPath("--out", out);
    OutputGuard.checkPaths(inputs, List.of(report));
    OutputGuard.checkFolder(report, ReportWriter.KIND, force);
    List<Proposal> read = ExportCommand.readProposals(proposals);
    CostModel model = costModel(costs);
    SimulationSettings sim = ExportCommand.simulation(trafficFactor, dwellSeconds);
    CoverageSettings cov = coverage(busMeters, railMeters);
    try (Network net = Network.load(network)) {
      if (!(originZoneMeters >= 0 && originZoneMeters <= 10_000)) {
        throw new UserException("--origin-zone: must be between 0 and 10000 metres, got " + originZoneMeters);
      }
      AccessibilitySettings acc = noAccessibility ? null
          : AccessibilitySettings.DEFAULTS.withOriginZoneMeters(originZoneMeters);
      Result r = evaluate(net, read, model, sim, cov, acc, date, report, force);
      PrintWriter w = spec.commandLine().getOut();
      w.print(json ? rankingJson(r.evaluation()) : Ranking.table(r.evaluation()));
      w.println("report: " + r.html());
      w.flush();
    }
    return 0;
  }

  /** An evaluation and where its report was written. */
  public record Result(Evaluation evaluation, Path html) {}

  /**
   * The evaluate command as a Java API (the demo calls it): evaluates and writes the report.
   *
   * @param accessibility accessibility settings, or {@code null} to skip accessibility
   * @param date the service date, or {@code null} for the network's typical weekday
   * @param out the report folder; refused before any work when it is not Loopline's to write (see
   *     {@link OutputGuard}) or holds the network
   * @param force also replace another kind of Loopline output in {@code out}
   */
  public static Result evaluate(Network net, List<Proposal> proposals, CostModel model, SimulationSettings sim,
                                CoverageSettings cov, AccessibilitySettings accessibility, LocalDate date,
                                NamedPath out, boolean force) {
    OutputGuard.checkPaths(List.of(new NamedPath("--network", net.dir())), List.of(out));
    OutputGuard.checkFolder(out, ReportWriter.KIND, force);
    LocalDate day = date != null ? date : NetworkScoring.defaultDate(net);
    ScoringContext ctx = NetworkScoring.context(net, day);
    Evaluator ev = new Evaluator(ctx, model, sim, cov, accessibility);
    Evaluation e;
    try {
      e = ev.evaluate(proposals, null);
    } catch (ProposalException ex) {
      throw new UserException(ex.getMessage(), ex);
    }
    return new Result(e, ReportWriter.write(e, out, force));
  }

  static CostModel costModel(Path file) {
    if (file == null) {
      return CostModel.defaults();
    }
    try {
      return CostModel.load(file);
    } catch (ProposalException e) {
      throw new UserException(e.getMessage(), e);
    }
  }

  static CoverageSettings coverage(List<Integer> busMeters, int railMeters) {
    try {
      return new CoverageSettings(busMeters, railMeters, CoverageSettings.DEFAULTS.borderBeltMeters());
    } catch (IllegalArgumentException e) {
      throw new UserException("--bus-meters/--rail-meters: " + e.getMessage());
    }
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
