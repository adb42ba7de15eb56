package dev.loopline.planner.app;

import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.io.OutputGuard;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.NetworkException;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.proposal.ProposalException;
import dev.loopline.planner.report.ReportWriter;
import dev.loopline.planner.score.Evaluation;
import dev.loopline.planner.score.Evaluator;
import dev.loopline.planner.score.NetworkScoring;
import dev.loopline.planner.score.ScoringContext;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code evaluate} operation on one open network: coverage, accessibility, loops closed with rail, fleet, cost
 * and the per-district subsidy split of the baseline and of each proposal, and the report directory.
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
    ScoringContext ctx = NetworkScoring.context(network, day);
    Evaluator evaluator = new Evaluator(ctx, request.costs(), request.simulation(), request.coverage(),
        request.accessibility());
    Evaluation e = evaluator.evaluate(request.proposals(), progress);
    return new EvaluateResult(e, request.out() == null ? null : ReportWriter.write(e, request.out(),
        request.force()));
  }
}
