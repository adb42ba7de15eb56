package dev.loopline.planner.report;

import dev.loopline.planner.score.Coverage;
import dev.loopline.planner.score.DistrictDelta;
import dev.loopline.planner.score.Evaluation;
import dev.loopline.planner.score.ScenarioScore;
import java.util.ArrayList;
import java.util.List;

/**
 * What the scenario sections of every report format compute alike: a scenario by id, the difference between two
 * scenarios per cell, and a package set against its members each alone.
 */
final class ScenarioView {
  private ScenarioView() {}

  /** The scenario with this id; null for {@link Evaluation#BASELINE} or an unknown id. */
  static ScenarioScore find(Evaluation e, String id) {
    return e.scenarios().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
  }

  /** A difference between two scenarios, per grid cell (second less first). */
  record Difference(String from, String to, double[] values, String unit, boolean accessibility) {
    String label() {
      return (accessibility ? "Jobs reachable" : "Residents within walking distance of transit") + ": " + to
          + " less " + from;
    }
  }

  /**
   * The report's difference: jobs reachable within the headline cutoff when both sides have accessibility, else
   * residents within walking distance of transit (a cell counts its residents when one side covers it and the
   * other does not). Null when there are no scenarios.
   */
  static Difference difference(Evaluation e) {
    List<String> pair = e.differencePair();
    if (pair.isEmpty()) {
      return null;
    }
    double[] a = jobs(e, pair.get(0));
    double[] b = jobs(e, pair.get(1));
    int n = e.cells().size();
    double[] v = new double[n];
    if (a != null && b != null) {
      for (int c = 0; c < n; c++) {
        v[c] = b[c] - a[c];
      }
      return new Difference(pair.get(0), pair.get(1), v, "jobs reachable in " + e.accessibility().headlineCutoff()
          + " min", true);
    }
    double[] ca = covered(e, pair.get(0));
    double[] cb = covered(e, pair.get(1));
    for (int c = 0; c < n; c++) {
      v[c] = (cb[c] - ca[c]) * e.cells().get(c).population();
    }
    return new Difference(pair.get(0), pair.get(1), v, "residents", false);
  }

  /** Jobs reachable within the headline cutoff per cell, or null without accessibility. */
  private static double[] jobs(Evaluation e, String id) {
    if (e.accessibility() == null) {
      return null;
    }
    int cutoff = e.accessibility().headlineCutoff();
    if (id.equals(Evaluation.BASELINE)) {
      var a = e.baseline().accessibility();
      return a == null ? null : a.jobsReachable()[a.cutoffIndex(cutoff)];
    }
    ScenarioScore s = find(e, id);
    return s == null || s.accessibility() == null ? null
        : s.accessibility().jobsReachable()[s.accessibility().cutoffIndex(cutoff)];
  }

  /** Per cell, 1 when the scenario covers it and the baseline does not, -1 the other way, 0 else. */
  private static double[] covered(Evaluation e, String id) {
    double[] out = new double[e.cells().size()];
    ScenarioScore s = id.equals(Evaluation.BASELINE) ? null : find(e, id);
    if (s != null) {
      for (int c : s.gained().cells()) {
        out[c] = 1;
      }
      for (int c : s.lost().cells()) {
        out[c] = -1;
      }
    }
    return out;
  }

  /** The members of a package, each scored alone (those found among the scenarios), in the package's order. */
  static List<ScenarioScore> alone(Evaluation e, ScenarioScore pkg) {
    List<ScenarioScore> out = new ArrayList<>();
    for (String m : pkg.members()) {
      e.scenarios().stream().filter(s -> !s.isPackage() && s.members().equals(List.of(m))).findFirst()
          .ifPresent(out::add);
    }
    return out;
  }

  /** The headline numbers a comparison puts side by side, in one order for every format. */
  record Headline(String key, String label, boolean money) {}

  static final List<Headline> HEADLINES = List.of(
      new Headline("residents_gained", "residents newly within walking distance of transit", false),
      new Headline("residents_lost", "residents who lose their only stop", false),
      new Headline("mean_jobs_change", "change in mean jobs reachable (headline cutoff)", false),
      new Headline("loops_closed", "loops closed with rail by the scenario's lines", false),
      new Headline("fleet_change", "buses", false),
      new Headline("vehicle_km_change", "vehicle-km per year", false),
      new Headline("cost_change", "operating cost per year", true),
      new Headline("revenue_change", "fare revenue per year", true),
      new Headline("subsidy_change", "subsidy per year", true),
      new Headline("fund_change", "Science City fund per year", true));

  /** A headline value of a scenario (null when not computed). */
  static Double value(ScenarioScore s, String key) {
    return switch (key) {
      case "residents_gained" -> s.gained().population();
      case "residents_lost" -> s.lost().population();
      case "mean_jobs_change" -> s.meanJobsChange();
      case "loops_closed" -> (double) s.closedLoops().size();
      case "fleet_change" -> (double) s.fleetChange();
      case "vehicle_km_change" -> s.vehicleKmChange();
      case "cost_change" -> s.costChange();
      case "revenue_change" -> s.revenueChange();
      case "subsidy_change" -> s.subsidyChange();
      case "fund_change" -> s.districts().stream().mapToDouble(DistrictDelta::fundPays).sum();
      default -> throw new IllegalArgumentException(key);
    };
  }

  /** Residents within walking distance of transit in the region, for a scenario or the baseline. */
  static double covered(Evaluation e, ScenarioScore s) {
    Coverage c = s == null ? e.baseline().coverage() : s.coverage();
    return c.area(Coverage.REGION).covered().get("transit").population();
  }
}
