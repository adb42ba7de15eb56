package dev.loopline.planner.score;

import java.util.List;

/**
 * Walking distances that count as "covered": 300 m and 500 m to a bus stop, 800 m to a rail station (people walk
 * farther to a faster mode), and the border belt's width (2 km from a district boundary). The headline figure
 * ("transit") is the largest bus distance or the rail distance, whichever the cell meets.
 */
public record CoverageSettings(List<Integer> busMeters, int railMeters, double borderBeltMeters) {
  public static final CoverageSettings DEFAULTS = new CoverageSettings(List.of(300, 500), 800, 2000);

  public CoverageSettings {
    busMeters = busMeters.stream().sorted().distinct().toList();
    if (busMeters.isEmpty() || busMeters.get(0) <= 0 || railMeters <= 0) {
      throw new IllegalArgumentException("coverage distances must be positive");
    }
  }

  public int maxBusMeters() {
    return busMeters.get(busMeters.size() - 1);
  }

  /** How far catchments must reach to answer every threshold. */
  public int searchMeters() {
    return Math.max(maxBusMeters(), railMeters);
  }

  /** Threshold labels in report order: {@code bus_300m}, {@code bus_500m}, {@code rail_800m}, {@code transit}. */
  public List<String> labels() {
    List<String> out = new java.util.ArrayList<>();
    for (int m : busMeters) {
      out.add("bus_" + m + "m");
    }
    out.add("rail_" + railMeters + "m");
    out.add(TRANSIT);
    return out;
  }

  /** The headline threshold: within the largest bus distance of a bus stop or the rail distance of a station. */
  public static final String TRANSIT = "transit";
}
