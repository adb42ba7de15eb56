package dev.loopline.planner.score;

import java.util.Map;

/**
 * Coverage of one area (the region, the border belt, or a district): its totals and, per threshold label
 * ({@code bus_300m}, {@code bus_500m}, {@code rail_800m}, {@code transit}), what is covered. {@code gb300} and
 * {@code gb500} are the GB/T 51328-2018 bus-stop rates: the share of built-up area (cells at the built-up density,
 * {@link GridCell#builtUp}) whose centroid lies within a 300 m / 500 m radius (straight line, as the standard's
 * service radius) of a bus stop; {@code gbRail} the same share within the rail distance of a rail station. Rail
 * stations do not count towards the bus rates.
 */
public record AreaCoverage(String area, double population, double jobs, double areaKm2, double builtUpKm2,
                           Map<String, Covered> covered, double gb300, double gb500, double gbRail) {
  public AreaCoverage {
    covered = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(covered));
  }

  /** Population, jobs and area covered at one threshold. */
  public record Covered(double population, double jobs, double areaKm2) {}

  /** Share of the area's population covered at a threshold (0 when the area has nobody). */
  public double populationShare(String label) {
    return population > 0 ? covered.get(label).population() / population : 0;
  }
}
