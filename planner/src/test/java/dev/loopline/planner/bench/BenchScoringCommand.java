package dev.loopline.planner.bench;

import dev.loopline.planner.app.ProposalFiles;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.sample.SampleWorkspace;
import dev.loopline.planner.proposal.Proposal;
import dev.loopline.planner.proposal.SimulationSettings;
import dev.loopline.planner.score.Accessibility;
import dev.loopline.planner.score.AccessibilityCache;
import dev.loopline.planner.score.AccessibilitySettings;
import dev.loopline.planner.score.CostModel;
import dev.loopline.planner.score.CoverageSettings;
import dev.loopline.planner.score.Evaluator;
import dev.loopline.planner.score.NetworkScoring;
import dev.loopline.planner.score.ProposalScore;
import dev.loopline.planner.score.ScoringContext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code loopline bench scoring}: how fast proposals are scored, on the synthetic sample at scale 1 (prepared in a
 * work directory as the demo does). Measures the baseline, each proposal without accessibility (goal ≤ 1 s), one
 * proposal with accessibility (goal ≤ 60 s on 2 cores) and the accessibility search's core-milliseconds per origin
 * (goal ≤ 100), each judged "goal met" or "goal not met". Writes the results into docs/benchmarks.md, section
 * "Proposal scoring" with {@code --out}, replacing only that section's body.
 */
@Command(name = "scoring",
    header = "Proposal scoring time, with and without accessibility, on the sample.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Benchmark proposal scoring on the synthetic sample; writes docs/benchmarks.md, section",
        "'Proposal scoring'."})
public final class BenchScoringCommand implements Callable<Integer> {
  static final String SECTION = "## Proposal scoring";

  @CommandLine.Mixin
  SampleDirOption sample;

  @CommandLine.Mixin
  BenchmarksPageOption page;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SampleWorkspace work = sample.workspace(out);
    StringBuilder body = new StringBuilder();
    try (Network net = work.prepare()) {
      List<Proposal> proposals = dev.loopline.planner.app.ScenarioRequest.newLines(
          ProposalFiles.readAll(work.proposals()));
      LocalDate date = NetworkScoring.defaultDate(net);
      long t0 = System.nanoTime();
      ScoringContext ctx = NetworkScoring.context(net, date);
      double contextSeconds = seconds(t0);
      long c0;
      // Without accessibility: the baseline once, then each proposal.
      Evaluator plain = new Evaluator(ctx, CostModel.defaults(), SimulationSettings.DEFAULTS,
          CoverageSettings.DEFAULTS, null);
      t0 = System.nanoTime();
      c0 = processCpuNanos();
      plain.baseline(ProgressListener.none());
      double baselineSeconds = seconds(t0);
      double baselineCpu = cpuSeconds(c0);
      double worst = 0;
      double sum = 0;
      double cpuSum = 0;
      for (Proposal p : proposals) {
        t0 = System.nanoTime();
        c0 = processCpuNanos();
        plain.score(p, ProgressListener.none());
        double s = seconds(t0);
        double cpu = cpuSeconds(c0);
        worst = Math.max(worst, s);
        sum += s;
        cpuSum += cpu;
        out.printf(Locale.ROOT, "  %s without accessibility: %.3f s (CPU %.3f s)%n", p.id(), s, cpu);
      }
      // With accessibility at full grid resolution: the baseline searched (into a fresh cache folder), read back
      // from that cache by a second evaluator, then the first proposal.
      Path cacheDir = java.nio.file.Files.createTempDirectory("loopline-bench-cache");
      AccessibilityCache cache = new AccessibilityCache(cacheDir);
      String networkKey = AccessibilityCache.fileHash(net.dir().resolve(dev.loopline.planner.network.Manifest.FILE));
      double loadBefore = loadAverage();
      Evaluator searching = new Evaluator(ctx, CostModel.defaults(), SimulationSettings.DEFAULTS,
          CoverageSettings.DEFAULTS, AccessibilitySettings.DEFAULTS).withBaselineCache(cache, networkKey);
      t0 = System.nanoTime();
      c0 = processCpuNanos();
      Accessibility base = searching.baseline(ProgressListener.none()).accessibility();
      double accBaseline = seconds(t0);
      double accBaselineCpu = cpuSeconds(c0);
      out.printf(Locale.ROOT, "  baseline accessibility searched: %.1f s (CPU %.1f s)%n", accBaseline,
          accBaselineCpu);
      Evaluator full = new Evaluator(ctx, CostModel.defaults(), SimulationSettings.DEFAULTS,
          CoverageSettings.DEFAULTS, AccessibilitySettings.DEFAULTS).withBaselineCache(cache, networkKey);
      t0 = System.nanoTime();
      c0 = processCpuNanos();
      full.baseline(ProgressListener.none());
      double cachedBaseline = seconds(t0);
      double cachedBaselineCpu = cpuSeconds(c0);
      if (!full.baselineFromCache()) {
        throw new IllegalStateException("the cached baseline was not used");
      }
      dev.loopline.gtfs.io.AtomicFiles.deleteTree(cacheDir);
      t0 = System.nanoTime();
      c0 = processCpuNanos();
      ProposalScore scored = full.score(proposals.get(0), ProgressListener.none());
      double accProposal = seconds(t0);
      double accProposalCpu = cpuSeconds(c0);
      Accessibility acc = scored.accessibility();
      double coreMsPerOrigin = acc.searchNanos() / 1e6 / Math.max(1, acc.searchedOrigins());
      double baseCoreMs = base.searchNanos() / 1e6 / Math.max(1, base.searchedOrigins());
      long populated = ctx.cells().cells().stream().filter(c -> c.population() > 0).count();
      int cores = Runtime.getRuntime().availableProcessors();
      body.append(String.format(Locale.ROOT, """
          Run: `./loopline bench scoring` on the synthetic sample at scale 1 (`./loopline demo`'s work directory), \
          service date %s, %d stops, %d grid cells (%d populated), accessibility at %s, %d proposals; \
          %d cores, JDK %s. Scoring context (walk snaps of the cells, district geometry) took %.1f s once. \
          Wall-clock times depend on what else the machine runs (it is shared with other developers' builds and \
          tests: load average %.1f before the accessibility runs and %.1f when the run ended, on 2 cores); the CPU \
          column is the process's CPU time over all threads, so on %d otherwise idle cores a stage \
          takes about CPU ÷ %d when it runs in parallel (accessibility) and about its CPU time when it does not. \
          Core-ms per origin is the searching threads' CPU time divided by the origins searched.

          | measure | wall | CPU | goal |
          |---|---|---|---|
          | baseline without accessibility (coverage, loops, existing cross-border lines) | %.2f s | %.2f s | – |
          | one proposal without accessibility, mean of %d (slowest wall %.2f s) | %.2f s | %.2f s | ≤ 1 s wall: %s |
          | baseline accessibility, searched (%d origins × %d departures) | %.1f s | %.1f s | ≤ 180 s wall on 2 \
          cores: %s |
          | baseline accessibility, read from the cache (a later run on the same network and settings; baseline \
          without accessibility included) | %.1f s | %.1f s | – |
          | one proposal with accessibility (%s; %d origins it can change searched again) | %.1f s | %.1f s | \
          ≤ 60 s wall on 2 cores: %s |
          | accessibility search, core-ms per origin (baseline / scenario) | %.1f / %.1f | | \
          ≤ 100 for both: %s |
          """, date, net.feed().stops().size(), ctx.cells().size(), populated,
          AccessibilitySettings.DEFAULTS.originZoneMeters() > 0 ? "origin zones of "
              + (int) AccessibilitySettings.DEFAULTS.originZoneMeters() + " m" : "full grid resolution (every "
              + "populated cell an origin)", proposals.size(), cores, Runtime.version(),
          contextSeconds, loadBefore, loadAverage(), cores, cores, baselineSeconds, baselineCpu, proposals.size(), worst,
          sum / proposals.size(), cpuSum / proposals.size(), Goals.verdict(sum / proposals.size() <= 1),
          base.origins(), AccessibilitySettings.DEFAULTS.minutes(), accBaseline, accBaselineCpu,
          Goals.verdict(accBaseline <= 180), cachedBaseline, cachedBaselineCpu, proposals.get(0).id(),
          acc.searchedOrigins(), accProposal, accProposalCpu, Goals.verdict(accProposal <= 60), baseCoreMs,
          coreMsPerOrigin, Goals.verdict(baseCoreMs <= 100 && coreMsPerOrigin <= 100)));
    }
    page.print(out, SECTION, body.toString());
    return 0;
  }

  static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  /** CPU time of the whole process (all threads, GC included), or 0 where the JVM cannot tell. */
  static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  static double cpuSeconds(long c0) {
    return (processCpuNanos() - c0) / 1e9;
  }

  static double loadAverage() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
