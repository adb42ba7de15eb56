package dev.loopline.planner.score;

import java.util.List;

/**
 * Jobs reachable by walking and transit from every populated cell within each cutoff, summarised per area (the
 * region first, then districts), and the district-centre travel-time matrix.
 *
 * @param jobsReachable {@code [cutoff index][cell index]} jobs reachable (0 for unpopulated cells, not computed)
 * @param origins origins of the network: every populated cell, or one representative per origin zone
 * @param searchedOrigins origins searched (all for the baseline; for a scenario, those the proposal can affect,
 *     the others keep their baseline figures)
 * @param searchNanos CPU time of the searched origins' work, summed over threads (core-nanoseconds)
 * @param reach stops reached per origin (the baseline's, for scenario updates), or {@code null}
 */
public record Accessibility(List<Integer> cutoffs, double[][] jobsReachable, List<AreaAccessibility> areas,
                            TravelTimeMatrix matrix, int origins, int searchedOrigins, long searchNanos,
                            StopReach reach) {
  public Accessibility {
    cutoffs = List.copyOf(cutoffs);
    areas = List.copyOf(areas);
  }

  public AreaAccessibility area(String name) {
    return areas.stream().filter(a -> a.area().equals(name)).findFirst().orElse(null);
  }

  /** Index of a cutoff in {@link #cutoffs()}. */
  public int cutoffIndex(int minutes) {
    int i = cutoffs.indexOf(minutes);
    if (i < 0) {
      throw new IllegalArgumentException("no cutoff " + minutes);
    }
    return i;
  }
}
