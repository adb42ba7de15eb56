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
 */
public record Evaluation(String dataSource, boolean fromOsm, LocalDate date, CostModel costs,
                         SimulationSettings simulation, RunningTimeModel runningTimes, CoverageSettings coverage,
                         AccessibilitySettings accessibility, Map<String, String> districtNames,
                         Map<String, Geometry> districtAreas, List<MapLine> railLines, List<GridCell> cells,
                         BaselineScore baseline, List<ProposalScore> proposals) {
  public Evaluation {
    districtNames = Map.copyOf(districtNames);
    districtAreas = Map.copyOf(districtAreas);
    railLines = List.copyOf(railLines);
    cells = List.copyOf(cells);
    proposals = List.copyOf(proposals);
  }
}
