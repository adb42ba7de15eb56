package dev.loopline.planner.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.planner.score.Evaluation;
import dev.loopline.planner.score.ScenarioScore;
import java.util.List;
import java.util.Locale;

/** The scenario comparison as the command line prints it: a fixed-width table, or its headline numbers as JSON. */
public final class ScenarioTable {
  private ScenarioTable() {}

  /** One line per scenario (empty without scenarios), then each package's interaction. */
  public static String text(Evaluation e) {
    if (e.scenarios().isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("\n");
    sb.append(String.format(Locale.ROOT, "%-22s %10s %10s %10s %6s %14s %14s%n", "scenario", "+resid.", "-resid.",
        e.accessibility() == null ? "Δjobs(n/a)" : "Δjobs " + e.accessibility().headlineCutoff() + "min", "Δbuses",
        "Δcost ¥/yr", "Δsubsidy ¥/yr"));
    for (ScenarioScore s : e.scenarios()) {
      sb.append(String.format(Locale.ROOT, "%-22s %10s %10s %10s %6s %14s %14s%n", clip(s.id(), 22),
          Fmt.human(s.gained().population(), 0), Fmt.human(s.lost().population(), 0),
          ScenarioHtml.signed(s.meanJobsChange(), false, false), ScenarioHtml.signed((double) s.fleetChange(), false,
              false), ScenarioHtml.signed(s.costChange(), false, false),
          ScenarioHtml.signed(s.subsidyChange(), false, false)));
    }
    for (ScenarioScore s : e.scenarios()) {
      if (!s.isPackage()) {
        continue;
      }
      List<ScenarioScore> alone = ScenarioView.alone(e, s);
      double gained = alone.stream().mapToDouble(a -> a.gained().population()).sum();
      double subsidy = alone.stream().mapToDouble(ScenarioScore::subsidyChange).sum();
      sb.append(String.format(Locale.ROOT, "package %s: together %s residents newly covered, each alone %s in sum "
              + "(interaction %s); subsidy %s together, %s in sum%n", s.id(), Fmt.human(s.gained().population(), 0),
          Fmt.human(gained, 0), ScenarioHtml.signed(s.gained().population() - gained, false, false),
          ScenarioHtml.signed(s.subsidyChange(), true, false), ScenarioHtml.signed(subsidy, true, false)));
    }
    return sb.toString();
  }

  /** The headline numbers of each scenario. */
  public static ArrayNode json(Evaluation e) {
    ArrayNode out = JsonNodeFactory.instance.arrayNode();
    for (ScenarioScore s : e.scenarios()) {
      ObjectNode o = out.addObject();
      o.put("scenario", s.id());
      o.put("package", s.isPackage());
      for (ScenarioView.Headline h : ScenarioView.HEADLINES) {
        Double v = ScenarioView.value(s, h.key());
        if (v == null) {
          o.putNull(h.key());
        } else {
          o.put(h.key(), Math.round(v));
        }
      }
    }
    return out;
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }
}
