package dev.loopline.planner.bench;

import dev.loopline.planner.app.ProposalFiles;
import dev.loopline.planner.cli.UserException;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.planner.proposal.SimulationSettings;
import dev.loopline.planner.sample.SampleWorkspace;
import dev.loopline.planner.score.AccessibilitySettings;
import dev.loopline.planner.score.CostModel;
import dev.loopline.planner.score.CoverageSettings;
import dev.loopline.planner.score.Evaluator;
import dev.loopline.planner.score.NetworkScoring;
import dev.loopline.planner.score.ScenarioScore;
import dev.loopline.planner.score.ScenarioScorer;
import dev.loopline.planner.score.ScoringContext;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code loopline bench scenarios}: how fast changes to existing lines are applied and scored, on the synthetic
 * sample at scale 1 (prepared as the demo does): each sample change proposal alone and all of them as one package —
 * applying the changes to the unified feed, scoring without accessibility, and with accessibility (the origins that
 * can be affected searched again). Writes the results into docs/benchmarks.md, section "Scenario scoring", with
 * {@code --out}.
 */
@Command(name = "scenarios",
    header = "Scenario scoring time (changes to existing lines, a package) on the sample.",
    mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Benchmark applying and scoring the sample's changes to existing lines, alone and as a package;",
        "writes docs/benchmarks.md, section 'Scenario scoring'."})
public final class BenchScenariosCommand implements Callable<Integer> {
  static final String SECTION = "## Scenario scoring";

  @CommandLine.Mixin
  SampleDirOption sample;

  @CommandLine.Mixin
  BenchmarksPageOption page;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Wall-clock and process CPU seconds of one run. */
  private record Sample(double wallSeconds, double cpuSeconds) {}

  private static Sample measure(Runnable task) {
    long t0 = System.nanoTime();
    long c0 = BenchScoringCommand.processCpuNanos();
    task.run();
    return new Sample(BenchScoringCommand.seconds(t0), BenchScoringCommand.cpuSeconds(c0));
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SampleWorkspace work = sample.workspace(out);
    StringBuilder body = new StringBuilder();
    try (Network net = work.prepare()) {
      List<NetworkProposal> changes = ProposalFiles.readAll(work.proposals()).stream()
          .filter(p -> p.singleNewLine().isEmpty()).toList();
      if (changes.isEmpty()) {
        throw new UserException("the sample in " + sample.dir() + " has no proposals that change existing lines");
      }
      LocalDate date = NetworkScoring.defaultDate(net);
      ScoringContext ctx = NetworkScoring.context(net, date);
      List<List<NetworkProposal>> scenarios = new ArrayList<>();
      changes.forEach(c -> scenarios.add(List.of(c)));
      scenarios.add(changes);
      Evaluator plain = new Evaluator(ctx, CostModel.defaults(), SimulationSettings.DEFAULTS,
          CoverageSettings.DEFAULTS, null);
      plain.baseline(ProgressListener.none());
      ScenarioScorer plainScorer = new ScenarioScorer(plain);
      Evaluator full = new Evaluator(ctx, CostModel.defaults(), SimulationSettings.DEFAULTS,
          CoverageSettings.DEFAULTS, AccessibilitySettings.DEFAULTS);
      Sample baseline = measure(() -> full.baseline(ProgressListener.none()));
      ScenarioScorer fullScorer = new ScenarioScorer(full);
      StringBuilder rows = new StringBuilder();
      for (List<NetworkProposal> s : scenarios) {
        String id = String.join("+", s.stream().map(NetworkProposal::id).toList());
        String kinds = String.join(", ", s.stream().flatMap(p -> p.changes().stream()).map(c -> c.kind())
            .distinct().toList());
        Sample apply = measure(() -> plainScorer.apply(s));
        Sample noAcc = measure(() -> plainScorer.score(id, id, s, ProgressListener.none()));
        ScenarioScore[] scored = new ScenarioScore[1];
        Sample acc = measure(() -> scored[0] = fullScorer.score(id, id, s, ProgressListener.none()));
        var a = scored[0].accessibility();
        String line = String.format(Locale.ROOT, "| %s (%s) | %.2f s | %.2f s (CPU %.2f s) | %.1f s (CPU %.1f s) | "
                + "%d of %d |%n", id, kinds, apply.wallSeconds(), noAcc.wallSeconds(), noAcc.cpuSeconds(),
            acc.wallSeconds(), acc.cpuSeconds(), a.searchedOrigins(), a.origins());
        out.print(line);
        out.flush();
        rows.append(line);
      }
      int cores = Runtime.getRuntime().availableProcessors();
      body.append(String.format(Locale.ROOT, """
          Run: `./loopline bench scenarios` on the synthetic sample at scale 1 (`./loopline demo`'s work \
          directory), service date %s, %d stops, %d grid cells; its %d proposals that change existing lines, each \
          alone, then all together as one package; %d cores, JDK %s. Baseline accessibility once: %.1f s (CPU \
          %.1f s). Applying regenerates the touched routes' trips, blocks and shapes and writes the scenario's feed \
          (new legs routed on GraphHopper); scoring recomputes coverage, loops and the before/after costs, and \
          accessibility searches again only the origins that reach a touched route in the baseline (the last \
          column). Wall-clock times depend on what else the machine runs (it is shared: load average %.1f when \
          the run ended).

          | scenario (kinds of change) | apply | score without accessibility | score with accessibility | origins searched again |
          |---|---|---|---|---|
          %s""", date, net.feed().stops().size(), ctx.cells().size(), changes.size(), cores, Runtime.version(),
          baseline.wallSeconds(), baseline.cpuSeconds(), BenchScoringCommand.loadAverage(), rows));
    }
    page.print(out, SECTION, body.toString());
    return 0;
  }
}
