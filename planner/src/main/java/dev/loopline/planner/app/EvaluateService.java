package dev.loopline.planner.app;

import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.io.OutputGuard;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.NetworkException;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.proposal.ProposalException;
import dev.loopline.planner.report.ReportWriter;
import dev.loopline.planner.score.AccessibilityCache;
import dev.loopline.planner.score.Evaluation;
import dev.loopline.planner.score.Evaluator;
import dev.loopline.planner.score.NetworkScoring;
import dev.loopline.planner.score.ScenarioScore;
import dev.loopline.planner.score.ScenarioScorer;
import dev.loopline.planner.score.ScoringContext;
import dev.loopline.planner.proposal.NetworkProposal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code evaluate} operation on one open network: coverage, accessibility, loops closed with rail, fleet, cost
 * and the per-district subsidy split of the baseline and of each proposal, scenarios (proposals that change
 * existing routes, packages, named scenarios) side by side with the baseline, and the report directory.
 */
public final class EvaluateService {
  private final Network network;

  public EvaluateService(Network network) {
    this.network = network;
  }

  /**
   * Scores and writes the report (replacing the report directory atomically). Accessibility reports one progress
   * stage per scenario ("accessibility baseline", "accessibility SC-L1", ...).
   *
   * @throws ProposalException when a proposal cannot be placed on this network (unknown stop, unroutable)
   * @throws NetworkException  when the network lacks what scoring needs (districts, population, service dates)
   * @throws dev.loopline.gtfs.io.OutputRefusedException when the report folder is not Loopline's to write
   */
  public EvaluateResult evaluate(EvaluateRequest request, ProgressListener progress) {
    if (request.out() != null) {
      // Refused before any work: the report folder must be Loopline's to write and must not hold the network.
      OutputGuard.checkPaths(List.of(new NamedPath("--network", network.dir())), List.of(request.out()));
      OutputGuard.checkFolder(request.out(), ReportWriter.KIND, request.force());
    }
    LocalDate day = request.date() != null ? request.date() : NetworkScoring.defaultDate(network);
    if (request.date() != null && network.serviceDays().activeOn(day).isEmpty()) {
      // Scoring a day without service would score an empty network: every proposal would look like a miracle.
      var days = network.serviceDays();
      String period = days.firstDate().map(f -> f + " to " + days.lastDate().orElseThrow()).orElse("no date at all");
      boolean inside = days.firstDate().isPresent() && !day.isBefore(days.firstDate().get())
          && !day.isAfter(days.lastDate().get());
      throw InvalidRequestException.of("date", day + " has no service" + (inside ? " (no trip runs that day)" : "")
          + "; the network's service runs from " + period + ": choose a date with service");
    }
    checkScenarioIds(request);
    ScoringContext ctx = NetworkScoring.context(network, day);
    Evaluator evaluator = new Evaluator(ctx, request.costs(), request.simulation(), request.coverage(),
        request.accessibility());
    if (request.accessibility() != null) {
      evaluator.withBaselineCache(new AccessibilityCache(AccessibilityCache.defaultDir()), networkKey(network));
    }
    ScenarioScorer scenarios = new ScenarioScorer(evaluator);
    // Every scenario is applied before any scoring, so that a mistake in a change is reported at once.
    request.scenarios().forEach(r -> scenarios.apply(r.proposals()));
    Evaluation e = evaluator.evaluate(request.proposals(), progress);
    if (!request.scenarios().isEmpty()) {
      e = e.withScenarios(scoreScenarios(scenarios, request.scenarios(), progress), request.difference());
    }
    return new EvaluateResult(e, request.out() == null ? null : ReportWriter.write(e, request.out(),
        request.force()));
  }

  /** The network's identity for the accessibility cache: its manifest hashes every input and build option. */
  static String networkKey(Network network) {
    try {
      return AccessibilityCache.fileHash(network.dir().resolve(dev.loopline.planner.network.Manifest.FILE));
    } catch (java.io.IOException e) {
      throw new NetworkException(network.dir() + ": cannot read " + dev.loopline.planner.network.Manifest.FILE + " ("
          + dev.loopline.gtfs.io.IoErrors.describe(e) + ")", e);
    }
  }

  /**
   * Scores the scenarios in order; a package's members are scored alone first (once each, however many packages
   * hold them).
   */
  private static List<ScenarioScore> scoreScenarios(ScenarioScorer scorer, List<ScenarioRequest> requests,
                                                    ProgressListener progress) {
    List<ScenarioScore> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (ScenarioRequest r : requests) {
      if (r.withMembersAlone() && r.proposals().size() > 1) {
        for (NetworkProposal p : r.proposals()) {
          if (done.add(p.id())) {
            out.add(scorer.score(p.id(), p.displayName(), List.of(p), progress));
          }
        }
      }
      if (done.add(r.id())) {
        out.add(scorer.score(r.id(), r.name(), r.proposals(), progress));
      }
    }
    return out;
  }

  /** Scenario ids must differ (a proposal alone and the same proposal as a package member are one), and the
   * difference must name two of them or the baseline. */
  private static void checkScenarioIds(EvaluateRequest request) {
    Map<String, List<String>> seen = new HashMap<>();
    for (ScenarioRequest r : request.scenarios()) {
      List<String> members = r.proposals().stream().map(NetworkProposal::id).toList();
      List<String> before = seen.putIfAbsent(r.id(), members);
      if (before != null && !before.equals(members)) {
        throw InvalidRequestException.of("scenarios", "two different scenarios are called '" + r.id() + "'");
      }
      if (r.withMembersAlone()) {
        for (String m : members) {
          List<String> was = seen.putIfAbsent(m, List.of(m));
          if (was != null && !was.equals(List.of(m))) {
            throw InvalidRequestException.of("scenarios", "'" + m + "' names a package member and another scenario");
          }
        }
      }
    }
    if (!request.difference().isEmpty()) {
      if (request.difference().size() != 2) {
        throw InvalidRequestException.of("difference", "name two scenarios, got " + request.difference().size());
      }
      for (String id : request.difference()) {
        if (!id.equals(Evaluation.BASELINE) && !seen.containsKey(id)) {
          throw InvalidRequestException.of("difference", "'" + id + "' is not a scenario of this comparison ("
              + String.join(", ", new TreeSet<>(seen.keySet())) + ", or baseline)");
        }
      }
    }
  }
}
