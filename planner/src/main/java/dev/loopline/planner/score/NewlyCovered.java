package dev.loopline.planner.score;

import java.util.Map;

/**
 * Cells that a scenario covers (headline threshold) and the baseline does not: the people a proposal brings within
 * walking distance of transit for the first time, in total and per district.
 *
 * @param cells indexes into the grid, ascending
 */
public record NewlyCovered(int[] cells, double population, double jobs, double areaKm2,
                           Map<String, Double> populationByDistrict) {
  public NewlyCovered {
    populationByDistrict = Map.copyOf(populationByDistrict);
  }
}
