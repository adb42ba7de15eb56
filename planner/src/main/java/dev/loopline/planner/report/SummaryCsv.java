package dev.loopline.planner.report;

import dev.loopline.planner.score.AreaCoverage;
import dev.loopline.planner.score.Coverage;
import dev.loopline.planner.score.DistrictShare;
import dev.loopline.planner.score.Evaluation;
import dev.loopline.planner.score.ProposalScore;
import dev.loopline.planner.score.SplitRule;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Spreadsheet views: {@code summary.csv} (one row for the baseline and one per proposal, in ranking order) and
 * {@code district_split.csv} (one row per proposal and district: who pays under each rule). RFC 4180 quoting,
 * "\n" line ends, fixed decimals.
 */
public final class SummaryCsv {
  private SummaryCsv() {}

  public static String summary(Evaluation e) {
    List<String> cols = new ArrayList<>(List.of("scenario", "name", "rank", "new_residents", "new_jobs",
        "population_covered_transit", "population_share_covered_transit", "gbt51328_bus_300m_area_rate",
        "gbt51328_bus_500m_area_rate", "gbt51328_rail_area_rate"));
    List<Integer> cutoffs = e.accessibility() == null ? List.of() : e.accessibility().cutoffsMinutes();
    for (int c : cutoffs) {
      cols.add("population_weighted_mean_jobs_" + c + "min");
    }
    String cur = currency(e);
    cols.addAll(List.of("loops_closed", "irreducible_rail_border_loops", "district_pairs_joined", "peak_vehicles",
        "vehicle_km_per_year", "vehicle_hours_per_year", "cost_" + cur + "_per_year", "revenue_" + cur + "_per_year",
        "subsidy_" + cur + "_per_year", "fund_pays_" + cur + "_per_year", "subsidy_" + cur + "_per_year_per_new_resident",
        "subsidy_" + cur + "_per_year_per_job_reachable"));
    StringBuilder sb = new StringBuilder();
    row(sb, cols);
    AreaCoverage base = e.baseline().coverage().area(Coverage.REGION);
    // The baseline's fleet and money are those of the existing cross-border lines only, not of the whole network.
    int lines = e.baseline().crossBorderLines().size();
    List<String> b = new ArrayList<>(List.of("baseline", "unified network (buses and money: its " + lines
        + " existing cross-border bus line" + (lines == 1 ? "" : "s") + " only)", "",  "", "",
        Fmt.plain(base.covered().get("transit").population(), 1), Fmt.plain(base.populationShare("transit"), 4),
        Fmt.plain(base.gb300(), 4), Fmt.plain(base.gb500(), 4), Fmt.plain(base.gbRail(), 4)));
    for (int c : cutoffs) {
      b.add(Fmt.plain(e.baseline().accessibility().area(Coverage.REGION).meanJobs().get(c), 1));
    }
    double baseCost = e.baseline().crossBorderLines().stream().mapToDouble(l -> l.cost().cost()).sum();
    double baseSubsidy = e.baseline().crossBorderLines().stream().mapToDouble(l -> l.cost().subsidy()).sum();
    double baseFund = e.baseline().crossBorderLines().stream().mapToDouble(l -> l.split().fundPays()).sum();
    b.addAll(List.of("", String.valueOf(e.baseline().loops().irreducibleRailBorderCycles()),
        String.valueOf(e.baseline().loops().districtPairsJoined().size()),
        String.valueOf(e.baseline().crossBorderLines().stream().mapToInt(l -> l.cost().operations().peakVehicles())
            .sum()),
        Fmt.plain(e.baseline().crossBorderLines().stream().mapToDouble(l -> l.cost().vehicleKmPerYear()).sum(), 1),
        Fmt.plain(e.baseline().crossBorderLines().stream().mapToDouble(l -> l.cost().vehicleHoursPerYear()).sum(), 1),
        Fmt.plain(baseCost, 2),
        Fmt.plain(e.baseline().crossBorderLines().stream().mapToDouble(l -> l.cost().revenue()).sum(), 2),
        Fmt.plain(baseSubsidy, 2), Fmt.plain(baseFund, 2), "", ""));
    row(sb, b);
    for (RankedProposal r : Ranking.rank(e.proposals())) {
      ProposalScore s = r.score();
      AreaCoverage a = s.coverage().area(Coverage.REGION);
      List<String> v = new ArrayList<>(List.of(s.id(), s.line().proposal().name(), String.valueOf(r.rank()),
          Fmt.plain(s.newlyCovered().population(), 1), Fmt.plain(s.newlyCovered().jobs(), 1),
          Fmt.plain(a.covered().get("transit").population(), 1), Fmt.plain(a.populationShare("transit"), 4),
          Fmt.plain(a.gb300(), 4), Fmt.plain(a.gb500(), 4), Fmt.plain(a.gbRail(), 4)));
      for (int c : cutoffs) {
        v.add(s.accessibility() == null ? "" : Fmt.plain(s.accessibility().area(Coverage.REGION).meanJobs().get(c), 1));
      }
      v.addAll(List.of(String.valueOf(s.closedLoops().size()),
          String.valueOf(s.loops().irreducibleRailBorderCycles()),
          String.valueOf(s.loops().districtPairsJoined().size()),
          String.valueOf(s.cost().operations().peakVehicles()), Fmt.plain(s.cost().vehicleKmPerYear(), 1),
          Fmt.plain(s.cost().vehicleHoursPerYear(), 1), Fmt.plain(s.cost().cost(), 2),
          Fmt.plain(s.cost().revenue(), 2), Fmt.plain(s.cost().subsidy(), 2), Fmt.plain(s.split().fundPays(), 2),
          Fmt.plain(s.effectiveness().subsidyPerNewResident(), 2),
          Fmt.plain(s.effectiveness().subsidyPerJobReachable(), 2)));
      row(sb, v);
    }
    return sb.toString();
  }

  /** The cost file's currency as the money columns' names carry it ({@code cost_cny_per_year}): lower case. */
  static String currency(Evaluation e) {
    return e.costs().currency().toLowerCase(java.util.Locale.ROOT);
  }

  public static String districtSplit(Evaluation e) {
    StringBuilder sb = new StringBuilder();
    String cur = currency(e);
    row(sb, List.of("proposal", "district", "km_share", "vehicle_km_per_year", "cost_" + cur + "_per_year",
        "subsidy_" + cur + "_per_year", "fund_pays_" + cur + "_per_year", "district_pays_by_distance_" + cur
        + "_per_year", "district_pays_by_residents_" + cur + "_per_year", "district_pays_by_accessibility_" + cur
        + "_per_year", "new_residents"));
    for (ProposalScore s : e.proposals()) {
      TreeSet<String> districts = new TreeSet<>();
      s.split().districts().forEach(d -> districts.add(d.districtId()));
      s.split().rules().forEach(r -> districts.addAll(r.pays().keySet()));
      for (String d : districts) {
        DistrictShare share = s.split().districts().stream().filter(x -> x.districtId().equals(d)).findFirst()
            .orElse(null);
        List<String> v = new ArrayList<>(List.of(s.id(), d));
        v.add(share == null ? "0" : Fmt.plain(share.share(), 4));
        v.add(share == null ? "0" : Fmt.plain(share.vehicleKm(), 1));
        v.add(share == null ? "0" : Fmt.plain(share.cost(), 2));
        v.add(share == null ? "0" : Fmt.plain(share.subsidy(), 2));
        v.add(share == null ? "0" : Fmt.plain(share.fund(), 2));
        for (SplitRule r : s.split().rules()) {
          v.add(r.applicable() ? Fmt.plain(r.pays().getOrDefault(d, 0.0), 2) : "");
        }
        v.add(Fmt.plain(s.newlyCovered().populationByDistrict().getOrDefault(d, 0.0), 1));
        row(sb, v);
      }
    }
    return sb.toString();
  }

  static void row(StringBuilder sb, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      String v = values.get(i) == null ? "" : values.get(i);
      if (v.contains(",") || v.contains("\"") || v.contains("\n")) {
        sb.append('"').append(v.replace("\"", "\"\"")).append('"');
      } else {
        sb.append(v);
      }
    }
    sb.append('\n');
  }
}
