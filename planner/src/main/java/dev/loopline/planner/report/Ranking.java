package dev.loopline.planner.report;

import dev.loopline.planner.score.Coverage;
import dev.loopline.planner.score.Evaluation;
import dev.loopline.planner.score.ProposalScore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Ranks proposals against each other and prints the ranking table the CLI shows. */
public final class Ranking {
  private Ranking() {}

  static final Comparator<ProposalScore> ORDER = Comparator
      .comparing((ProposalScore s) -> s.effectiveness().subsidyPerNewResident() == null)
      .thenComparing(s -> s.effectiveness().subsidyPerNewResident() == null ? s.cost().subsidy()
          : s.effectiveness().subsidyPerNewResident())
      .thenComparing(ProposalScore::id);

  public static List<RankedProposal> rank(List<ProposalScore> scores) {
    List<ProposalScore> sorted = new ArrayList<>(scores);
    sorted.sort(ORDER);
    List<RankedProposal> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      out.add(new RankedProposal(i + 1, sorted.get(i)));
    }
    return out;
  }

  /** Change of the region's mean jobs reachable within the headline cutoff, or null without accessibility. */
  static Double meanJobsGain(Evaluation e, ProposalScore s) {
    if (e.accessibility() == null || s.accessibility() == null) {
      return null;
    }
    int cut = e.accessibility().headlineCutoff();
    return s.accessibility().area(Coverage.REGION).meanJobs().get(cut)
        - e.baseline().accessibility().area(Coverage.REGION).meanJobs().get(cut);
  }

  /** The ranking as a fixed-width text table, one line per proposal plus a header and the baseline. */
  public static String table(Evaluation e) {
    String cut = e.accessibility() == null ? "" : String.valueOf(e.accessibility().headlineCutoff());
    StringBuilder sb = new StringBuilder();
    String header = String.format(Locale.ROOT, "%-4s %-12s %12s %12s %6s %6s %14s %14s %14s",
        "rank", "proposal", "new resid.", e.accessibility() == null ? "Δjobs(n/a)" : "Δjobs " + cut + "min*",
        "loops", "buses", "cost ¥/yr", "subsidy ¥/yr", "¥/yr/new res.");
    sb.append(header).append('\n');
    for (RankedProposal r : rank(e.proposals())) {
      ProposalScore s = r.score();
      sb.append(String.format(Locale.ROOT, "%-4d %-12s %12s %12s %6d %6d %14s %14s %14s", r.rank(),
          clip(s.id(), 12), Fmt.human(s.newlyCovered().population(), 0), Fmt.human(meanJobsGain(e, s), 0),
          s.closedLoops().size(), s.line().schedule().peakVehicles(), Fmt.human(s.cost().cost(), 0),
          Fmt.human(s.cost().subsidy(), 0), Fmt.human(s.effectiveness().subsidyPerNewResident(), 0)));
      sb.append('\n');
    }
    if (e.accessibility() != null) {
      sb.append("* change in the jobs the average resident reaches in ").append(cut)
          .append(" min (population-weighted mean)\n");
    }
    sb.append(String.format(Locale.ROOT, "baseline: %s residents, %s within walking distance of transit (%s)",
        Fmt.human(e.baseline().coverage().area(Coverage.REGION).population(), 0),
        Fmt.human(e.baseline().coverage().area(Coverage.REGION).covered().get("transit").population(), 0),
        Fmt.percent(e.baseline().coverage().area(Coverage.REGION).populationShare("transit"))));
    sb.append('\n');
    return sb.toString();
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
