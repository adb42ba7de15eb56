package dev.loopline.planner.score;

import java.util.List;

/**
 * Walking distances that count as "covered": 300 m and 500 m to a bus stop, 800 m to a rail station (people walk
 * farther to a faster mode), and the border belt's width (2 km from a district boundary). The headline figure
 * ("transit") is the largest bus distance or the rail distance, whichever the cell meets.
 *
 * <p>{@code builtUpPerKm2} is the density from which a cell counts as built-up (urban) land for the GB/T 51328-2018
 * stop-coverage rates: 1,500 residents or jobs per km², the density of an urban centre in the Degree of
 * Urbanisation (see {@link GridCell#builtUp}).
 */
public record CoverageSettings(List<Integer> busMeters, int railMeters, double borderBeltMeters,
                               double builtUpPerKm2) {
  /** Residents (or jobs) per km² from which a cell is built-up land: the Degree of Urbanisation's urban centre. */
  public static final double DEFAULT_BUILT_UP_PER_KM2 = 1500;
  public static final CoverageSettings DEFAULTS = new CoverageSettings(List.of(300, 500), 800, 2000,
      DEFAULT_BUILT_UP_PER_KM2);

  /** With the default built-up density. */
  public CoverageSettings(List<Integer> busMeters, int railMeters, double borderBeltMeters) {
    this(busMeters, railMeters, borderBeltMeters, DEFAULT_BUILT_UP_PER_KM2);
  }

  public CoverageSettings {
    busMeters = busMeters.stream().sorted().distinct().toList();
    if (busMeters.isEmpty() || busMeters.get(0) <= 0 || railMeters <= 0) {
      throw new IllegalArgumentException("coverage distances must be positive");
    }
    if (!(builtUpPerKm2 >= 0)) {
      throw new IllegalArgumentException("the built-up density must be 0 or more per km²");
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
