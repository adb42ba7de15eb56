package dev.loopline.planner.score;

/**
 * A population-grid cell as the scores use it: where it is (centroid, WGS84), how many residents and jobs it holds,
 * its district ({@code null} outside every district), its area, and whether it lies in the border belt (within the
 * belt distance of a district boundary, where cross-border lines matter most).
 */
public record GridCell(String id, double lat, double lon, double population, double jobs, String districtId,
                       double areaM2, boolean inBorderBelt) {

  /**
   * Built-up for the GB 50220-95 area rates: a cell where someone lives or works. The standard measures the share
   * of built-up land within 300 m / 500 m of a stop; a grid without land-use data can only say where people are.
   */
  public boolean builtUp() {
    return population > 0 || jobs > 0;
  }
}
