package dev.loopline.planner.report;

import dev.loopline.planner.proposal.LineSchedule;
import dev.loopline.planner.proposal.RunningTimeModel;
import dev.loopline.planner.proposal.ServicePeriod;
import dev.loopline.planner.score.AreaAccessibility;
import dev.loopline.planner.score.AreaCoverage;
import dev.loopline.planner.score.ClosedLoop;
import dev.loopline.planner.score.Coverage;
import dev.loopline.planner.score.DistrictShare;
import dev.loopline.planner.score.Evaluation;
import dev.loopline.planner.score.ExistingLine;
import dev.loopline.planner.score.LoopClosure;
import dev.loopline.planner.score.NetworkLoops;
import dev.loopline.planner.score.OperatingCost;
import dev.loopline.planner.score.ProposalScore;
import dev.loopline.planner.score.SplitRule;
import dev.loopline.planner.score.TravelTimeMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * {@code report.html}: one self-contained page for planners. Everything is inline (CSS, SVG maps and charts), so it
 * opens offline and can be mailed as one file. It says where the data came from (and when it is a synthetic
 * sample), credits OpenStreetMap when the streets came from OSM, and shows for each proposal what it covers, the
 * accessibility it adds, the loops it closes, its fleet and cost, and what each district pays.
 */
public final class HtmlReport {
  private HtmlReport() {}

  private static final String CSS = """
      body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;
      color:#222;background:#fafafa}main{max-width:1100px;margin:0 auto;padding:16px 24px 48px}
      h1{font-size:1.6em;margin:.4em 0}h2{border-bottom:2px solid #ccc;padding-bottom:4px;margin-top:1.8em}
      h3{margin-top:1.4em}.banner{background:#fff4d6;border:1px solid #e0b84c;padding:8px 12px;border-radius:4px}
      table{border-collapse:collapse;margin:8px 0 16px;font-size:.9em;background:#fff}
      th,td{border:1px solid #ddd;padding:3px 8px;text-align:right}th{background:#f0f0f0}
      td.l,th.l{text-align:left}table.cmp td{white-space:nowrap}table.cmp td.l{white-space:normal}.grid{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start}
      svg.map{border:1px solid #bbb;background:#fff}svg .sea{fill:#f4f6f8}svg .district{stroke:#8a8a8a;stroke-width:1}
      svg .dl{font-size:12px;fill:#444;text-anchor:middle;font-weight:600}svg .rail{fill:none;stroke-width:3;
      stroke-linecap:round;opacity:.85}svg .line{fill:none;stroke-linecap:round;stroke-linejoin:round}
      svg .stop{fill:#fff;stroke:#222;stroke-width:1.5}svg .newstop{fill:#d62728;stroke:#fff;stroke-width:1.5}
      svg .newcell{fill:#2ca02c;opacity:.45}svg .lostcell{fill:#d62728;opacity:.45}
      svg .before{stroke:#888;stroke-width:2.5;stroke-dasharray:6 4}svg .loop{fill:#ff7f0e;fill-opacity:.18;stroke:#ff7f0e;
      stroke-dasharray:4 3}svg .scale{stroke:#222;stroke-width:2}svg .ct{font-size:13px;font-weight:600}
      svg .cl{font-size:11px;text-anchor:end}svg .cv,svg .cg{font-size:11px}svg .axis{stroke:#888}
      .note{color:#555;font-size:.9em}footer{margin-top:3em;color:#555;font-size:.85em}
      .warn{background:#fff4e5;border-left:4px solid #e08a00;padding:.4em .8em}
      """;

  public static String write(Evaluation e) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n")
        .append("<title>Loopline evaluation – ").append(Html.esc(e.dataSource())).append("</title>\n<style>")
        .append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
    sb.append("<h1>Cross-border bus proposals – evaluation</h1>\n");
    sb.append("<p class=\"banner\"><b>Data source: ").append(Html.esc(e.dataSource())).append(".</b> ");
    if (e.dataSource().toLowerCase(Locale.ROOT).contains("synthetic")) {
      sb.append("This network is a synthetic sample shaped after the Science City, not real data: the figures "
          + "show how the method works, not what a real line would achieve. ");
    }
    sb.append("Service date ").append(e.date()).append("; costs from ").append(Html.esc(e.costs().source()))
        .append(" (unit costs and ridership are assumptions; see the settings at the end).</p>\n");
    ranking(sb, e);
    sb.append("<h2>Region</h2>\n").append(SvgMap.overview(e)).append('\n');
    baseline(sb, e);
    for (int i = 0; i < e.proposals().size(); i++) {
      proposal(sb, e, e.proposals().get(i), SvgMap.PROPOSAL_COLORS[i % SvgMap.PROPOSAL_COLORS.length]);
    }
    ScenarioHtml.section(sb, e);
    settings(sb, e);
    sb.append("<footer>Made with Loopline. Methods: docs/methods.md (coverage, accessibility, loop closure, fleet, "
        + "cost and subsidy split). Data: ").append(Html.esc(e.dataSource())).append('.');
    if (e.fromOsm()) {
      sb.append(" Map data © OpenStreetMap contributors (ODbL).");
    }
    sb.append("</footer>\n</main>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static String district(Evaluation e, String id) {
    String name = e.districtNames().get(id);
    return name == null ? id : name;
  }

  private static void ranking(StringBuilder sb, Evaluation e) {
    sb.append("<h2>Ranking</h2>\n<p class=\"note\">Ranked by yearly subsidy per newly covered resident (lowest "
        + "first); each proposal is scored on the baseline plus that proposal alone.</p>\n<table><tr>"
        + "<th>#</th><th class=\"l\">proposal</th><th>new residents</th>");
    if (e.accessibility() != null) {
      sb.append("<th>Δ jobs in ").append(e.accessibility().headlineCutoff())
          .append(" min (population-weighted mean)</th>");
    }
    sb.append("<th>loops closed</th><th>peak buses</th><th>cost ¥/yr</th><th>subsidy ¥/yr</th>"
        + "<th>fund ¥/yr</th><th>subsidy ¥/yr per new resident</th></tr>\n");
    for (RankedProposal r : Ranking.rank(e.proposals())) {
      ProposalScore s = r.score();
      sb.append("<tr><td>").append(r.rank()).append("</td><td class=\"l\"><a href=\"#p-").append(Html.esc(s.id()))
          .append("\">").append(Html.esc(s.id())).append("</a> ").append(Html.esc(s.line().proposal().name()))
          .append("</td><td>").append(Fmt.human(s.newlyCovered().population(), 0)).append("</td>");
      if (e.accessibility() != null) {
        sb.append("<td>").append(Fmt.human(Ranking.meanJobsGain(e, s), 0)).append("</td>");
      }
      sb.append("<td>").append(s.closedLoops().size()).append("</td><td>")
          .append(s.cost().operations().peakVehicles()).append("</td><td>").append(Fmt.yuan(s.cost().cost()))
          .append("</td><td>").append(Fmt.yuan(s.cost().subsidy())).append("</td><td>")
          .append(Fmt.yuan(s.split().fundPays())).append("</td><td>")
          .append(Fmt.yuan(s.effectiveness().subsidyPerNewResident())).append("</td></tr>\n");
    }
    sb.append("</table>\n");
  }

  private static void coverageTable(StringBuilder sb, Evaluation e, Coverage c) {
    sb.append("<table><tr><th class=\"l\">area</th><th>residents</th>");
    for (String l : c.labels()) {
      sb.append("<th>").append(Html.esc(l.replace('_', ' '))).append("</th>");
    }
    sb.append("<th>GB/T bus 300 m</th><th>GB/T bus 500 m</th><th>GB/T rail ").append(e.coverage().railMeters())
        .append(" m</th></tr>\n");
    for (AreaCoverage a : c.areas()) {
      String name = a.area().equals(Coverage.REGION) ? "whole region" : a.area().equals(Coverage.BORDER_BELT)
          ? "border belt (≤ " + Fmt.human(e.coverage().borderBeltMeters() / 1000, 0) + " km)" : district(e, a.area());
      sb.append("<tr><td class=\"l\">").append(Html.esc(name)).append("</td><td>")
          .append(Fmt.human(a.population(), 0)).append("</td>");
      for (String l : c.labels()) {
        sb.append("<td>").append(Fmt.percent(a.populationShare(l))).append("</td>");
      }
      sb.append("<td>").append(Fmt.percent(a.gb300())).append("</td><td>").append(Fmt.percent(a.gb500()))
          .append("</td><td>").append(Fmt.percent(a.gbRail())).append("</td></tr>\n");
    }
    sb.append("</table>\n<p class=\"note\">Shares of residents within network walking distance of a stop. GB/T "
        + "51328-2018 rates: shares of built-up land (cells with at least ")
        .append(Fmt.human(e.coverage().builtUpPerKm2(), 0)).append(" residents or jobs per km²) within a 300 m / "
            + "500 m radius of a bus stop, and within ").append(e.coverage().railMeters()).append(" m of a rail "
            + "station (rail stations do not count towards the bus rates).</p>\n");
  }

  private static void loopsTable(StringBuilder sb, NetworkLoops before, NetworkLoops after) {
    sb.append("<table><tr><th class=\"l\">network loops</th><th>").append(after == null ? "baseline" : "before")
        .append("</th>");
    if (after != null) {
      sb.append("<th>after</th><th>change</th>");
    }
    sb.append("</tr>\n");
    row(sb, "<b>independent loops that need both rail and a cross-border bus link</b> (the headline: the same "
        + "whatever cycle basis is chosen)", before.irreducibleRailBorderCycles(),
        after == null ? null : after.irreducibleRailBorderCycles());
    row(sb, "for reference: cycles of one breadth-first cycle basis that contain both (this count depends on the "
        + "basis chosen and can move for a line touching no rail)", before.railBorderCycles(),
        after == null ? null : after.railBorderCycles());
    row(sb, "district pairs joined by bus across their border", before.districtPairsJoined().size(),
        after == null ? null : after.districtPairsJoined().size());
    row(sb, "rail stations with bus feeders from a neighbouring district",
        before.railStationsWithCrossBorderFeeders().size(),
        after == null ? null : after.railStationsWithCrossBorderFeeders().size());
    sb.append("</table>\n");
  }

  /** A table row; {@code label} is trusted HTML (constant text). */
  private static void row(StringBuilder sb, String label, int a, Integer b) {
    sb.append("<tr><td class=\"l\">").append(label).append("</td><td>").append(a).append("</td>");
    if (b != null) {
      sb.append("<td>").append(b).append("</td><td>").append(b - a >= 0 ? "+" : "−").append(Math.abs(b - a))
          .append("</td>");
    }
    sb.append("</tr>\n");
  }

  private static void baseline(StringBuilder sb, Evaluation e) {
    sb.append("<h2>Baseline: the unified network as it is</h2>\n<h3>Coverage</h3>\n");
    coverageTable(sb, e, e.baseline().coverage());
    if (e.baseline().accessibility() != null) {
      sb.append("<h3>Accessibility</h3>\n<table><tr><th class=\"l\">area</th>");
      for (int c : e.accessibility().cutoffsMinutes()) {
        sb.append("<th>jobs in ").append(c).append(" min</th>");
      }
      sb.append("</tr>\n");
      for (AreaAccessibility a : e.baseline().accessibility().areas()) {
        sb.append("<tr><td class=\"l\">").append(Html.esc(a.area().equals(Coverage.REGION) ? "whole region"
            : district(e, a.area()))).append("</td>");
        a.meanJobs().values().forEach(v -> sb.append("<td>").append(Fmt.human(v, 0)).append("</td>"));
        sb.append("</tr>\n");
      }
      sb.append("</table>\n<p class=\"note\">Jobs the average resident reaches by walking and transit "
          + "(population-weighted mean over the area's residents), median travel time over departures every minute ").append(ServicePeriod.clock(e.accessibility().windowStart()))
          .append("–").append(ServicePeriod.clock(e.accessibility().windowEnd())).append("; ")
          .append(Html.esc(e.accessibilityResolution())).append(".</p>\n");
      matrix(sb, e, e.baseline().accessibility().matrix());
    }
    sb.append("<h3>Loops</h3>\n");
    loopsTable(sb, e.baseline().loops(), null);
    sb.append("<h3>Existing cross-border bus lines</h3>\n");
    if (e.baseline().crossBorderLines().isEmpty()) {
      sb.append("<p>No existing bus line crosses a district border.</p>\n");
      return;
    }
    sb.append("<table><tr><th class=\"l\">route</th><th class=\"l\">districts</th><th>buses</th>"
        + "<th>veh-km/yr</th><th>cost ¥/yr</th><th>subsidy ¥/yr</th><th>fund ¥/yr</th><th class=\"l\">districts pay, "
        + "¥/yr</th></tr>\n");
    for (ExistingLine l : e.baseline().crossBorderLines()) {
      List<String> pays = new ArrayList<>();
      for (DistrictShare d : l.split().districts()) {
        pays.add(district(e, d.districtId()) + " " + Fmt.yuan(d.districtPays()));
      }
      sb.append("<tr><td class=\"l\">").append(Html.esc(l.name() + " (" + l.routeId() + ")"))
          .append("</td><td class=\"l\">").append(Html.esc(String.join(", ", l.districts().stream()
              .map(d -> district(e, d)).toList()))).append("</td><td>")
          .append(l.cost().operations().peakVehicles()).append("</td><td>")
          .append(Fmt.human(l.cost().vehicleKmPerYear(), 0)).append("</td><td>").append(Fmt.yuan(l.cost().cost()))
          .append("</td><td>").append(Fmt.yuan(l.cost().subsidy())).append("</td><td>")
          .append(Fmt.yuan(l.split().fundPays())).append("</td><td class=\"l\">")
          .append(Html.esc(String.join("; ", pays))).append("</td></tr>\n");
    }
    sb.append("</table>\n");
  }

  /** Whether two district-centre matrices hold the same minutes (then a proposal's is not printed again). */
  static boolean sameMatrix(TravelTimeMatrix a, TravelTimeMatrix b) {
    return a.districts().equals(b.districts()) && java.util.Arrays.deepEquals(a.minutes(), b.minutes());
  }

  private static void matrix(StringBuilder sb, Evaluation e, TravelTimeMatrix m) {
    sb.append("<table><tr><th class=\"l\">minutes from \\ to</th>");
    m.districts().forEach(d -> sb.append("<th>").append(Html.esc(district(e, d))).append("</th>"));
    sb.append("</tr>\n");
    for (int i = 0; i < m.districts().size(); i++) {
      sb.append("<tr><th class=\"l\">").append(Html.esc(district(e, m.districts().get(i)))).append("</th>");
      for (int j = 0; j < m.districts().size(); j++) {
        sb.append("<td>").append(m.minutes()[i][j] < 0 ? "–" : String.valueOf(m.minutes()[i][j])).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n<p class=\"note\">Median transit travel time between district centres (each district's "
        + "most populous cell); – not reached within " + e.accessibility().matrixMaxMinutes() + " minutes.</p>\n");
  }

  private static void proposal(StringBuilder sb, Evaluation e, ProposalScore s, String color) {
    var p = s.line().proposal();
    sb.append("<h2 id=\"p-").append(Html.esc(s.id())).append("\">").append(Html.esc(s.id())).append(" ")
        .append(Html.esc(p.displayName())).append("</h2>\n");
    sb.append("<p>Operator <b>").append(Html.esc(p.operator())).append("</b> (home district ")
        .append(Html.esc(district(e, s.homeDistrictId()))).append("), ")
        .append(s.line().resolved().stops().size()).append(" stops (")
        .append(s.line().resolved().newStops().size()).append(" new), ")
        .append(Fmt.human(s.line().directions().get(0).meters() / 1000, 1)).append(" km")
        .append(p.circular() ? " circular" : " each way").append(", fare ¥").append(Fmt.plain(p.fare(), 2))
        .append(".</p>\n<div class=\"grid\">").append(SvgMap.proposal(e, s, color)).append("<div>");
    TreeSet<String> districts = new TreeSet<>(e.districtNames().keySet());
    s.newlyCovered().populationByDistrict().keySet().forEach(districts::add);
    s.split().districts().forEach(d -> districts.add(d.districtId()));
    List<String> ids = new ArrayList<>(districts);
    List<String> labels = ids.stream().map(d -> district(e, d)).toList();
    double[] newRes = ids.stream().mapToDouble(d -> s.newlyCovered().populationByDistrict().getOrDefault(d, 0.0))
        .toArray();
    sb.append(BarChart.grouped("Residents newly within walking distance", labels,
        List.of(new BarChart.Series("new residents", "#2ca02c", newRes)), false));
    double[] fund = new double[ids.size()];
    double[] pays = new double[ids.size()];
    for (DistrictShare d : s.split().districts()) {
      int i = ids.indexOf(d.districtId());
      fund[i] = d.fund();
      pays[i] = d.districtPays();
    }
    sb.append(BarChart.stacked("Who pays the subsidy (by distance run), ¥/yr", labels,
        List.of(new BarChart.Series("district pays", "#1f77b4", pays),
            new BarChart.Series("Science City fund", "#ff7f0e", fund)), true));
    if (s.accessibility() != null) {
      int cut = e.accessibility().headlineCutoff();
      double[] before = ids.stream().mapToDouble(d -> area(e.baseline().accessibility().area(d), cut)).toArray();
      double[] after = ids.stream().mapToDouble(d -> area(s.accessibility().area(d), cut)).toArray();
      sb.append(BarChart.grouped("Jobs reachable in " + cut + " min, average resident", labels,
          List.of(new BarChart.Series("baseline", "#aaaaaa", before), new BarChart.Series("with " + s.id(), color,
              after)), false));
    }
    sb.append("</div></div>\n");
    sb.append("<p class=\"note\">Map: the line (both directions share the drawn path), stops (red: new), newly "
        + "covered cells (green), loops closed with rail (orange), rail lines, district borders.</p>\n");
    sb.append("<h3>Coverage</h3>\n<p>Newly covered: <b>").append(Fmt.human(s.newlyCovered().population(), 0))
        .append("</b> residents and ").append(Fmt.human(s.newlyCovered().jobs(), 0)).append(" jobs on ")
        .append(Fmt.human(s.newlyCovered().areaKm2(), 2)).append(" km².</p>\n");
    coverageTable(sb, e, s.coverage());
    if (s.accessibility() != null) {
      sb.append("<h3>Accessibility</h3>\n<table><tr><th class=\"l\">area</th>");
      for (int c : e.accessibility().cutoffsMinutes()) {
        sb.append("<th>jobs in ").append(c).append(" min</th><th>gain</th>");
      }
      sb.append("</tr>\n");
      for (AreaAccessibility a : s.accessibility().areas()) {
        AreaAccessibility b = e.baseline().accessibility().area(a.area());
        sb.append("<tr><td class=\"l\">").append(Html.esc(a.area().equals(Coverage.REGION) ? "whole region"
            : district(e, a.area()))).append("</td>");
        for (int c : e.accessibility().cutoffsMinutes()) {
          sb.append("<td>").append(Fmt.human(a.meanJobs().get(c), 0)).append("</td><td>")
              .append(Fmt.human(a.meanJobs().get(c) - b.meanJobs().get(c), 0)).append("</td>");
        }
        sb.append("</tr>\n");
      }
      sb.append("</table>\n<p class=\"note\">Jobs the average resident reaches (population-weighted mean); gain "
          + "against the baseline.</p>\n");
      if (sameMatrix(e.baseline().accessibility().matrix(), s.accessibility().matrix())) {
        sb.append("<p class=\"note\">District-centre travel times: unchanged from the baseline.</p>\n");
      } else {
        matrix(sb, e, s.accessibility().matrix());
      }
    }
    sb.append("<h3>Loops closed with rail</h3>\n");
    if (s.closedLoops().isEmpty()) {
      sb.append("<p>This line closes no loop with rail: it links no two rail stations across a district border, or "
          + "only by running within " + Fmt.human(LoopClosure.DEFAULT_MIN_SEPARATION_METERS, 0)
          + " m of the rail line on average.</p>\n");
    } else {
      sb.append("<table><tr><th class=\"l\">from station</th><th class=\"l\">to station</th><th>area km²</th>"
          + "<th>mean distance from rail, m</th><th class=\"l\">rail lines back</th><th class=\"l\">districts</th>"
          + "</tr>\n");
      for (ClosedLoop l : s.closedLoops()) {
        sb.append("<tr><td class=\"l\">").append(Html.esc(l.fromStation())).append("</td><td class=\"l\">")
            .append(Html.esc(l.toStation())).append("</td><td>").append(Fmt.human(l.areaKm2(), 2))
            .append("</td><td>").append(Fmt.human(l.meanSeparationMeters(), 0))
            .append("</td><td class=\"l\">").append(Html.esc(String.join(", ", l.railLines())))
            .append("</td><td class=\"l\">").append(Html.esc(String.join(", ", l.districts().stream()
                .map(d -> district(e, d)).toList()))).append("</td></tr>\n");
      }
      sb.append("</table>\n");
    }
    loopsTable(sb, e.baseline().loops(), s.loops());
    fleet(sb, s);
    split(sb, e, s);
  }

  private static double area(AreaAccessibility a, int cutoff) {
    return a == null ? 0 : a.meanJobs().get(cutoff);
  }

  private static void fleet(StringBuilder sb, ProposalScore s) {
    LineSchedule f = s.line().schedule();
    OperatingCost c = s.cost();
    String source = switch (s.line().runningTimes()) {
      case CALIBRATED -> "running times calibrated on the network's bus trips";
      case ROUND_TRIP_MINUTES -> "running time given by the proposal (round_trip_minutes)";
      case TRAFFIC_FACTOR -> "free-flow running times × traffic factor (not calibrated)";
      case OWN_TIMETABLE -> "the merged routes' own scheduled running times";
    };
    sb.append("<h3>Fleet and cost</h3>\n<p>Round trip ").append(Fmt.human(f.runningMinutes(), 1))
        .append(" min running + ").append(Fmt.human(f.layoverMinutes(), 1)).append(" min layover = cycle ")
        .append(Fmt.human(f.cycleMinutes(), 1)).append(" min (").append(source).append("; scheduled speed ")
        .append(Fmt.plain(s.line().scheduledKmh(), 1)).append(" km/h with stops). The timetable and the vehicle "
            + "blocks are built together: ").append(f.peakVehicles()).append(" buses run the day's ")
        .append(s.line().tripsPerDay()).append(" trips.</p>\n");
    for (String w : s.line().warnings()) {
      sb.append("<p class=\"warn\">⚠ ").append(Html.esc(w)).append("</p>\n");
    }
    sb.append("<table><tr><th class=\"l\">period</th><th>headway min</th><th>buses in service</th></tr>\n");
    for (LineSchedule.PeriodFleet pf : f.periods()) {
      sb.append("<tr><td class=\"l\">").append(ServicePeriod.clock(pf.period().fromSeconds())).append("–")
          .append(ServicePeriod.clock(pf.period().toSeconds())).append("</td><td>")
          .append(Fmt.plain(pf.period().headwayMinutes(), 1)).append("</td><td>").append(pf.vehicles())
          .append("</td></tr>\n");
    }
    sb.append("</table>\n<table>");
    kv(sb, "peak vehicles (buses)", String.valueOf(f.peakVehicles()));
    kv(sb, "vehicle-km per operating day / per year", Fmt.human(c.operations().vehicleKmPerOperatingDay(), 1)
        + " / " + Fmt.human(c.vehicleKmPerYear(), 0));
    kv(sb, "platform vehicle-hours per operating day / per year",
        Fmt.human(c.operations().vehicleHoursPerOperatingDay(), 1) + " / " + Fmt.human(c.vehicleHoursPerYear(), 0));
    kv(sb, "utilization (revenue h ÷ buses × span)", Fmt.percent(c.operations().utilization()));
    kv(sb, "operating cost, ¥ per year", Fmt.yuan(c.cost()) + " (distance " + Fmt.yuan(c.distanceCost()) + ", time "
        + Fmt.yuan(c.timeCost()) + ", fleet " + Fmt.yuan(c.fleetCost()) + ")");
    kv(sb, "boardings per operating day (estimate)", Fmt.human(c.ridership().boardingsPerOperatingDay(), 0)
        + " (" + Fmt.human(c.ridership().servedResidents(), 0) + " residents served, "
        + Fmt.plain(c.ridership().departuresPerDirection(), 0) + " departures each way, service factor "
        + Fmt.plain(c.ridership().serviceFactor(), 2) + ")");
    kv(sb, "fare revenue, ¥ per year", Fmt.yuan(c.revenue()));
    kv(sb, "subsidy (cost − revenue), ¥ per year", Fmt.yuan(c.subsidy()));
    kv(sb, "subsidy per newly covered resident, ¥ per year", Fmt.yuan(s.effectiveness().subsidyPerNewResident()));
    kv(sb, "subsidy per job added to the average resident's reach (population-weighted mean), ¥ per year",
        Fmt.yuan(s.effectiveness().subsidyPerJobReachable()));
    sb.append("</table>\n");
  }

  private static void kv(StringBuilder sb, String k, String v) {
    sb.append("<tr><td class=\"l\">").append(Html.esc(k)).append("</td><td>").append(Html.esc(v))
        .append("</td></tr>\n");
  }

  private static void split(StringBuilder sb, Evaluation e, ProposalScore s) {
    sb.append("<h3>Who pays</h3>\n<p>Subsidy ").append(Fmt.yuan(s.split().subsidy())).append(" per year; the "
        + "Science City fund pays ¥").append(Fmt.plain(s.split().ratePerVkm(), 2)).append(" per vehicle-km outside "
        + "the operator's home district (").append(Html.esc(district(e, s.homeDistrictId()))).append("): ")
        .append(Fmt.yuan(s.split().fundPays())).append(".</p>\n<table><tr><th class=\"l\">district</th>"
            + "<th>km share</th><th>veh-km/yr</th><th>cost ¥/yr</th><th>subsidy ¥/yr</th><th>fund ¥/yr</th>");
    for (SplitRule r : s.split().rules()) {
      sb.append("<th>pays ").append(Html.esc(r.label())).append(", ¥/yr</th>");
    }
    sb.append("</tr>\n");
    TreeSet<String> ids = new TreeSet<>();
    s.split().districts().forEach(d -> ids.add(d.districtId()));
    s.split().rules().forEach(r -> ids.addAll(r.pays().keySet()));
    for (String id : ids) {
      DistrictShare d = s.split().districts().stream().filter(x -> x.districtId().equals(id)).findFirst()
          .orElse(null);
      sb.append("<tr><td class=\"l\">").append(Html.esc(district(e, id))).append("</td><td>")
          .append(d == null ? "–" : Fmt.percent(d.share())).append("</td><td>")
          .append(d == null ? "–" : Fmt.human(d.vehicleKm(), 0)).append("</td><td>")
          .append(d == null ? "–" : Fmt.yuan(d.cost())).append("</td><td>")
          .append(d == null ? "–" : Fmt.yuan(d.subsidy())).append("</td><td>")
          .append(d == null ? "–" : Fmt.yuan(d.fund())).append("</td>");
      for (SplitRule r : s.split().rules()) {
        sb.append("<td>").append(r.applicable() ? Fmt.yuan(r.pays().getOrDefault(id, 0.0)) : "n/a").append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n<p class=\"note\">Each rule splits the same amount (subsidy less the fund's part) "
        + "differently; n/a: the rule's basis is zero in every district.</p>\n");
  }

  private static void settings(StringBuilder sb, Evaluation e) {
    sb.append("<h2>Settings and assumptions</h2>\n<table>");
    kv(sb, "cost file", e.costs().source());
    kv(sb, "¥ per vehicle-km / vehicle-hour / vehicle-year", Fmt.plain(e.costs().perVehicleKm(), 2) + " / "
        + Fmt.plain(e.costs().perVehicleHour(), 2) + " / " + Fmt.plain(e.costs().perVehicleYear(), 0));
    kv(sb, "service days per year", Fmt.plain(e.costs().serviceDaysPerYear(), 0));
    kv(sb, "cross-district rate ¥ per vehicle-km", Fmt.plain(e.costs().crossDistrictRatePerVkm(), 2));
    kv(sb, "boardings per served resident per day (estimate)", Fmt.plain(e.costs().tripsPerResidentPerDay(), 2)
        + " trips × " + Fmt.plain(e.costs().lineShare(), 4) + " line share × (departures each way ÷ "
        + Fmt.plain(e.costs().referenceDeparturesPerDay(), 0) + ")^" + Fmt.plain(e.costs().serviceElasticity(), 2)
        + " (service elasticity)");
    RunningTimeModel rt = e.runningTimes();
    if (rt == null) {
      kv(sb, "running times", "not calibrated: GraphHopper's free-flow bus times × traffic factor "
          + Fmt.plain(e.simulation().trafficFactor(), 2) + ", dwell " + e.simulation().dwellSeconds() + " s per stop");
    } else {
      StringBuilder paces = new StringBuilder();
      rt.secondsPerKm().forEach((c, v) -> paces.append(paces.isEmpty() ? "" : ", ").append(c).append(' ')
          .append(Fmt.plain(3600 / v, 1)).append(" km/h"));
      double lo = java.util.Arrays.stream(rt.hourFactors()).min().orElse(1);
      double hi = java.util.Arrays.stream(rt.hourFactors()).max().orElse(1);
      kv(sb, "running times", "calibrated on " + Fmt.human((double) rt.fit().trips(), 0) + " bus trips of the feed ("
          + rt.fit().patterns() + " stop sequences routed, " + rt.fit().unroutable() + " unroutable): speeds by road "
          + "class " + paces + "; " + Fmt.plain(rt.stopSeconds(), 1) + " s per stop; hour factors "
          + Fmt.plain(lo, 2) + "–" + Fmt.plain(hi, 2) + "; mean error " + Fmt.plain(rt.fit().meanAbsolutePercentError(), 1)
          + " % of a trip's time. Scheduled bus speeds in the network (stops included): "
          + Fmt.plain(rt.fit().slowestRouteKmh(), 1) + "–" + Fmt.plain(rt.fit().fastestRouteKmh(), 1)
          + " km/h over its " + rt.fit().routes() + " routes, " + Fmt.plain(rt.fit().meanKmh(), 1) + " km/h overall");
    }
    kv(sb, "coverage walking distances", "bus " + e.coverage().busMeters() + " m, rail " + e.coverage().railMeters()
        + " m");
    if (e.accessibility() != null) {
      kv(sb, "accessibility", "departures every minute " + ServicePeriod.clock(e.accessibility().windowStart())
          + "–" + ServicePeriod.clock(e.accessibility().windowEnd()) + ", median travel time, cutoffs "
          + e.accessibility().cutoffsMinutes() + " min, walking ≤ "
          + Fmt.human(e.accessibility().maxWalkMeters(), 0) + " m; " + e.accessibilityResolution()
          + "; walks to a destination start where the rider alights from a vehicle, or at home (walking only)");
    } else {
      kv(sb, "accessibility", "not computed (--no-accessibility)");
    }
    sb.append("</table>\n");
  }
}
