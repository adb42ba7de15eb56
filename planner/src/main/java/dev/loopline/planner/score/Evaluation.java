package dev.loopline.planner.score;

import dev.loopline.planner.proposal.RunningTimeModel;
import dev.loopline.planner.proposal.SimulationSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One evaluation run: the settings it used, the baseline and every proposal scored against it. This is what the
 * report writes; it holds no timestamps, so the same inputs give byte-identical reports.
 *
 * @param districtAreas district outlines (lon/lat) for the report's maps
 * @param railLines the baseline's rail lines, drawn on the maps for orientation
 * @param runningTimes the running times calibrated on the baseline's bus trips, {@code null} when the traffic factor
 *     was used instead
 * @param accessibility the accessibility settings, {@code null} when accessibility was not computed
 * @param scenarios scenarios compared side by side with the baseline (proposals that change existing routes, each
 *     alone; packages together next to each member alone; named scenarios), in the order asked
 * @param difference the ids of two scenarios whose difference the report maps (the second less the first; the
 *     baseline is {@code baseline}); empty for the default (the first two scenarios, or the baseline and the only one)
 */
public record Evaluation(String dataSource, boolean fromOsm, LocalDate date, CostModel costs,
                         SimulationSettings simulation, RunningTimeModel runningTimes, CoverageSettings coverage,
                         AccessibilitySettings accessibility, Map<String, String> districtNames,
                         Map<String, Geometry> districtAreas, List<MapLine> railLines, List<GridCell> cells,
                         BaselineScore baseline, List<ProposalScore> proposals, List<ScenarioScore> scenarios,
                         List<String> difference) {
  /** The id that names the baseline in {@link #difference}. */
  public static final String BASELINE = "baseline";

  public Evaluation {
    districtNames = Map.copyOf(districtNames);
    districtAreas = Map.copyOf(districtAreas);
    railLines = List.copyOf(railLines);
    cells = List.copyOf(cells);
    proposals = List.copyOf(proposals);
    scenarios = List.copyOf(scenarios);
    difference = List.copyOf(difference);
    if (!difference.isEmpty() && difference.size() != 2) {
      throw new IllegalArgumentException("a difference is between two scenarios, got " + difference);
    }
  }

  /** An evaluation of proposals without scenarios. */
  public Evaluation(String dataSource, boolean fromOsm, LocalDate date, CostModel costs, SimulationSettings simulation,
                    RunningTimeModel runningTimes, CoverageSettings coverage, AccessibilitySettings accessibility,
                    Map<String, String> districtNames, Map<String, Geometry> districtAreas, List<MapLine> railLines,
                    List<GridCell> cells, BaselineScore baseline, List<ProposalScore> proposals) {
    this(dataSource, fromOsm, date, costs, simulation, runningTimes, coverage, accessibility, districtNames,
        districtAreas, railLines, cells, baseline, proposals, List.of(), List.of());
  }

  /** This evaluation with scenarios compared side by side, and the pair to map the difference of. */
  public Evaluation withScenarios(List<ScenarioScore> scenarios, List<String> difference) {
    return new Evaluation(dataSource, fromOsm, date, costs, simulation, runningTimes, coverage, accessibility,
        districtNames, districtAreas, railLines, cells, baseline, proposals, scenarios, difference);
  }

  /** The two scenario ids the difference map compares ({@link #BASELINE} for the baseline); empty without any. */
  public List<String> differencePair() {
    if (!difference.isEmpty()) {
      return difference;
    }
    if (scenarios.size() >= 2) {
      return List.of(scenarios.get(0).id(), scenarios.get(1).id());
    }
    return scenarios.isEmpty() ? List.of() : List.of(BASELINE, scenarios.get(0).id());
  }

  /**
   * The resolution accessibility was computed at, in words for the report: every populated cell of the grid as an
   * origin (the default), or the origin zones; destinations are always the grid's cells. {@code null} without
   * accessibility.
   */
  public String accessibilityResolution() {
    if (accessibility == null || baseline.accessibility() == null) {
      return null;
    }
    long populated = cells.stream().filter(c -> c.population() > 0).count();
    double[] sides = cells.stream().mapToDouble(c -> Math.sqrt(c.areaM2())).filter(v -> v > 0).sorted().toArray();
    String cell = sides.length == 0 ? "" : String.format(java.util.Locale.ROOT, " of %,.0f m", sides[sides.length / 2]);
    int origins = baseline.accessibility().origins();
    if (accessibility.originZoneMeters() <= 0) {
      return String.format(java.util.Locale.ROOT, "full grid resolution: every populated cell is an origin (%,d cells%s),"
          + " destinations are the grid's %,d cells", populated, cell, cells.size());
    }
    return String.format(java.util.Locale.ROOT, "origins grouped into %,.0f m zones: %,d searches for %,d populated "
        + "cells%s (each cell takes its zone's figures); destinations are the grid's %,d cells",
        accessibility.originZoneMeters(), origins, populated, cell, cells.size());
  }
}
