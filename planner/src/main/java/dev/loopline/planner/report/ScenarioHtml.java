package dev.loopline.planner.report;

import dev.loopline.planner.proposal.RouteOutcome;
import dev.loopline.planner.score.Coverage;
import dev.loopline.planner.score.DistrictDelta;
import dev.loopline.planner.score.Evaluation;
import dev.loopline.planner.score.RouteCost;
import dev.loopline.planner.score.RouteDelta;
import dev.loopline.planner.score.ScenarioScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report's scenario section: the baseline and every scenario side by side, each package against its members
 * alone, the difference map between two scenarios, and per scenario its changes, a map of what it gains and loses,
 * every touched route before and after, and the change per district with a chart of who pays more or less.
 */
final class ScenarioHtml {
  private ScenarioHtml() {}

  static void section(StringBuilder sb, Evaluation e) {
    if (e.scenarios().isEmpty()) {
      return;
    }
    sb.append("<h2 id=\"scenarios\">Scenarios: the whole network changed</h2>\n<p class=\"note\">A scenario is the "
        + "baseline with proposals applied: new lines and changes to existing routes (headways, span, truncation, "
        + "extension, reroute, withdrawal, merging two routes, replacement). A package applies several proposals "
        + "together. Coverage, accessibility and loops are scored on the scenario's network; every route it touches is "
        + "costed before and after by one method, so the changes below are the scenario's effect. Negative money is "
        + "saved.</p>\n");
    sideBySide(sb, e);
    for (ScenarioScore s : e.scenarios()) {
      if (s.isPackage()) {
        packageTable(sb, e, s);
      }
    }
    ScenarioView.Difference d = ScenarioView.difference(e);
    if (d != null) {
      sb.append("<h3>Difference map: ").append(Html.esc(d.to())).append(" less ").append(Html.esc(d.from()))
          .append("</h3>\n<p class=\"note\">Per grid cell, ").append(d.accessibility() ? "jobs reachable by walking "
              + "and transit within the headline cutoff" : "residents within walking distance of transit")
          .append(" in ").append(Html.esc(d.to())).append(" less in ").append(Html.esc(d.from()))
          .append(": green more, red fewer.</p>\n").append(SvgMap.difference(e, d.label(), d.values(), d.unit()))
          .append('\n');
    }
    for (int i = 0; i < e.scenarios().size(); i++) {
      scenario(sb, e, e.scenarios().get(i), SvgMap.PROPOSAL_COLORS[i % SvgMap.PROPOSAL_COLORS.length]);
    }
  }

  private static void sideBySide(StringBuilder sb, Evaluation e) {
    sb.append("<table class=\"cmp\"><tr><th class=\"l\"></th><th>baseline</th>");
    for (ScenarioScore s : e.scenarios()) {
      sb.append("<th><a href=\"#s-").append(Html.esc(s.id())).append("\">").append(Html.esc(s.id()))
          .append("</a></th>");
    }
    sb.append("</tr>\n<tr><td class=\"l\">residents within walking distance of transit</td><td>")
        .append(Fmt.human(ScenarioView.covered(e, null), 0)).append("</td>");
    for (ScenarioScore s : e.scenarios()) {
      sb.append("<td>").append(Fmt.human(ScenarioView.covered(e, s), 0)).append("</td>");
    }
    sb.append("</tr>\n");
    if (e.accessibility() != null && e.baseline().accessibility() != null) {
      int cutoff = e.accessibility().headlineCutoff();
      sb.append("<tr><td class=\"l\">mean jobs reachable in ").append(cutoff).append(" min</td><td>")
          .append(Fmt.human(e.baseline().accessibility().area(Coverage.REGION).meanJobs().get(cutoff), 0))
          .append("</td>");
      for (ScenarioScore s : e.scenarios()) {
        sb.append("<td>").append(s.accessibility() == null ? "–"
            : Fmt.human(s.accessibility().area(Coverage.REGION).meanJobs().get(cutoff), 0)).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("<tr><td class=\"l\">rail–bus loops across borders (independent)</td><td>")
        .append(e.baseline().loops().irreducibleRailBorderCycles()).append("</td>");
    for (ScenarioScore s : e.scenarios()) {
      sb.append("<td>").append(s.loops().irreducibleRailBorderCycles()).append("</td>");
    }
    sb.append("</tr>\n");
    for (ScenarioView.Headline h : ScenarioView.HEADLINES) {
      if (h.key().equals("mean_jobs_change") && e.accessibility() == null) {
        continue;
      }
      sb.append("<tr><td class=\"l\">").append(h.key().endsWith("_change") ? "change in " : "").append(h.label())
          .append("</td><td></td>");
      for (ScenarioScore s : e.scenarios()) {
        sb.append("<td>").append(signed(ScenarioView.value(s, h.key()), h.money(), !h.key().endsWith("_change")))
            .append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n");
  }

  private static void packageTable(StringBuilder sb, Evaluation e, ScenarioScore pkg) {
    List<ScenarioScore> alone = ScenarioView.alone(e, pkg);
    sb.append("<h3>Package ").append(Html.esc(pkg.id())).append(": together and each alone</h3>\n<p class=\"note\">"
        + "The interaction is together less the sum of each alone: lines sharing a corridor cover the same people "
        + "(the second adds less), lines meeting at a station can make trips possible that neither does alone."
        + "</p>\n<table class=\"cmp\"><tr><th class=\"l\"></th>");
    List<ScenarioView.Headline> cols = ScenarioView.HEADLINES.stream()
        .filter(h -> e.accessibility() != null || !h.key().equals("mean_jobs_change")).toList();
    for (ScenarioView.Headline h : cols) {
      sb.append("<th>").append(Html.esc(h.label())).append("</th>");
    }
    sb.append("</tr>\n");
    double[] sum = new double[cols.size()];
    for (ScenarioScore s : alone) {
      sb.append("<tr><td class=\"l\">").append(Html.esc(s.id())).append(" alone</td>");
      for (int k = 0; k < cols.size(); k++) {
        Double v = ScenarioView.value(s, cols.get(k).key());
        sum[k] += v == null ? 0 : v;
        sb.append("<td>").append(signed(v, cols.get(k).money(), true)).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("<tr><td class=\"l\">sum of each alone</td>");
    for (int k = 0; k < cols.size(); k++) {
      sb.append("<td>").append(signed(sum[k], cols.get(k).money(), true)).append("</td>");
    }
    sb.append("</tr>\n<tr><td class=\"l\"><b>together</b></td>");
    for (ScenarioView.Headline h : cols) {
      sb.append("<td><b>").append(signed(ScenarioView.value(pkg, h.key()), h.money(), true)).append("</b></td>");
    }
    sb.append("</tr>\n<tr><td class=\"l\">interaction (together less the sum)</td>");
    for (int k = 0; k < cols.size(); k++) {
      Double v = ScenarioView.value(pkg, cols.get(k).key());
      sb.append("<td>").append(signed(v == null ? null : v - sum[k], cols.get(k).money(), false)).append("</td>");
    }
    sb.append("</tr>\n</table>\n");
  }

  private static void scenario(StringBuilder sb, Evaluation e, ScenarioScore s, String color) {
    sb.append("<h3 id=\"s-").append(Html.esc(s.id())).append("\">").append(Html.esc(s.id())).append(" – ")
        .append(Html.esc(s.name())).append(s.isPackage() ? " (package)" : "").append("</h3>\n<ul>\n");
    for (String c : s.changes()) {
      sb.append("<li>").append(Html.esc(c)).append("</li>\n");
    }
    sb.append("</ul>\n");
    for (String w : s.warnings()) {
      sb.append("<p class=\"warn\">").append(Html.esc(w)).append("</p>\n");
    }
    sb.append("<p>").append(Fmt.human(s.gained().population(), 0)).append(" residents newly within walking "
        + "distance of transit; ").append(Fmt.human(s.lost().population(), 0)).append(" lose their only stop");
    if (!s.stopsLosingService().isEmpty()) {
      sb.append(" (").append(s.stopsLosingService().size()).append(" stop")
          .append(s.stopsLosingService().size() == 1 ? "" : "s").append(" left without service: ")
          .append(Html.esc(String.join(", ", s.stopsLosingService().subList(0, Math.min(12,
              s.stopsLosingService().size()))))).append(s.stopsLosingService().size() > 12 ? ", ..." : "")
          .append(')');
    }
    sb.append(".");
    if (s.meanJobsChange() != null) {
      sb.append(" Mean jobs reachable in ").append(e.accessibility().headlineCutoff()).append(" min change by ")
          .append(signed(s.meanJobsChange(), false, false)).append('.');
    }
    sb.append(" Loops closed with rail by its lines: ").append(s.closedLoops().size()).append(".</p>\n");
    sb.append("<div class=\"grid\">").append(SvgMap.scenario(e, s, color)).append("</div>\n");
    // Routes before and after.
    sb.append("<table class=\"cmp\"><tr><th class=\"l\">route</th><th class=\"l\">outcome</th><th>buses</th><th>trips / week</th>"
        + "<th>veh-km / yr</th><th>cost ¥/yr</th><th>Δ cost</th><th>Δ subsidy</th></tr>\n");
    for (RouteDelta r : s.routeCosts()) {
      RouteOutcome o = r.outcome();
      sb.append("<tr><td class=\"l\">").append(Html.esc(o.routeId())).append(' ').append(Html.esc(
          o.name() == null ? "" : o.name())).append("</td><td class=\"l\">").append(o.kind().label())
          .append(o.becameRouteId() == null ? "" : " → " + Html.esc(o.becameRouteId())).append("</td><td>")
          .append(pair(fleet(r.before()), fleet(r.after()))).append("</td><td>")
          .append(pair(trips(r.before()), trips(r.after()))).append("</td><td>")
          .append(pair(vkm(r.before()), vkm(r.after()))).append("</td><td>")
          .append(pair(money(r.before()), money(r.after()))).append("</td><td>")
          .append(signed(r.costChange(), true, false)).append("</td><td>")
          .append(signed(r.subsidyChange(), true, false)).append("</td></tr>\n");
    }
    sb.append("</table>\n");
    // Districts.
    sb.append("<table class=\"cmp\"><tr><th class=\"l\">district</th><th>Δ residents covered</th><th>Δ veh-km / yr</th>"
        + "<th>Δ buses</th><th>Δ cost</th><th>Δ fares</th><th>Δ subsidy</th><th>Δ fund</th><th>Δ district pays</th>"
        + "</tr>\n");
    List<String> labels = new ArrayList<>();
    double[] pays = new double[s.districts().size()];
    double[] fund = new double[s.districts().size()];
    for (int i = 0; i < s.districts().size(); i++) {
      DistrictDelta d = s.districts().get(i);
      double covered = s.gained().populationByDistrict().getOrDefault(d.districtId(), 0.0)
          - s.lost().populationByDistrict().getOrDefault(d.districtId(), 0.0);
      String name = e.districtNames().getOrDefault(d.districtId(), d.districtId());
      labels.add(name);
      pays[i] = d.districtPays();
      fund[i] = d.fundPays();
      sb.append("<tr><td class=\"l\">").append(Html.esc(name)).append("</td><td>")
          .append(signed(covered, false, false))
          .append("</td><td>").append(signed(d.vehicleKm(), false, false)).append("</td><td>")
          .append(signed((double) d.fleet(), false, false)).append("</td><td>").append(signed(d.cost(), true, false))
          .append("</td><td>").append(signed(d.revenue(), true, false)).append("</td><td>")
          .append(signed(d.subsidy(), true, false)).append("</td><td>").append(signed(d.fundPays(), true, false))
          .append("</td><td>").append(signed(d.districtPays(), true, false)).append("</td></tr>\n");
    }
    sb.append("</table>\n");
    sb.append(BarChart.stacked("Change in yearly subsidy by district: " + s.id(), labels, List.of(
        new BarChart.Series("district pays", "#1f77b4", pays),
        new BarChart.Series("Science City fund", "#ff7f0e", fund)), true)).append('\n');
    if (!s.accessibilityChangeByDistrict().isEmpty()) {
      sb.append("<p class=\"note\">Accessibility change by district (residents × jobs reachable in ")
          .append(e.accessibility().headlineCutoff()).append(" min): ");
      List<String> parts = new ArrayList<>();
      for (Map.Entry<String, Double> a : new java.util.TreeMap<>(s.accessibilityChangeByDistrict()).entrySet()) {
        parts.add(Html.esc(e.districtNames().getOrDefault(a.getKey(), a.getKey())) + " "
            + signed(a.getValue(), false, false));
      }
      sb.append(String.join("; ", parts)).append(".</p>\n");
    }
  }

  private static Double fleet(RouteCost c) {
    return c == null ? null : (double) c.cost().operations().peakVehicles();
  }

  private static Double trips(RouteCost c) {
    return c == null ? null : c.cost().operations().tripsPerWeek();
  }

  private static Double vkm(RouteCost c) {
    return c == null ? null : c.cost().vehicleKmPerYear();
  }

  private static Double money(RouteCost c) {
    return c == null ? null : c.cost().cost();
  }

  private static String pair(Double before, Double after) {
    return (before == null ? "–" : Fmt.human(before, 0)) + " → " + (after == null ? "–" : Fmt.human(after, 0));
  }

  /** A change with its sign (+12, −¥3,400), or a plain value when {@code plain}. */
  static String signed(Double v, boolean money, boolean plain) {
    if (v == null || !Double.isFinite(v)) {
      return "–";
    }
    String abs = money ? Fmt.yuan(Math.abs(v)) : Fmt.human(Math.abs(v), 0);
    if (plain) {
      return (v < 0 ? "−" : "") + abs;
    }
    long rounded = Math.round(v);
    return rounded == 0 ? (money ? "¥0" : "0") : (v > 0 ? "+" : "−") + abs;
  }
}
