package dev.loopline.planner.score;

/**
 * A population-grid cell as the scores use it: where it is (centroid, WGS84), how many residents and jobs it holds,
 * its district ({@code null} outside every district), its area, and whether it lies in the border belt (within the
 * belt distance of a district boundary, where cross-border lines matter most).
 */
public record GridCell(String id, double lat, double lon, double population, double jobs, String districtId,
                       double areaM2, boolean inBorderBelt) {

  /**
   * Built-up for the GB/T 51328-2018 stop-coverage rates: a cell dense enough to be urban land, with at least
   * {@code perKm2} residents or at least {@code perKm2} jobs per km². The standard measures coverage of urban
   * construction land (城市建设用地); a grid without land-use data can only say where people are dense, and a cell
   * with a few farmhouses is not urban land. A cell of unknown area is never built-up.
   */
  public boolean builtUp(double perKm2) {
    if (!(areaM2 > 0)) {
      return false;
    }
    double km2 = areaM2 / 1e6;
    return population / km2 >= perKm2 || jobs / km2 >= perKm2;
  }
}
