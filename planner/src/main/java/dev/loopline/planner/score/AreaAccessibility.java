package dev.loopline.planner.score;

import java.util.Map;

/**
 * Population-weighted mean of the jobs reachable within each cutoff (minutes) by the residents of an area: what the
 * average resident can reach.
 */
public record AreaAccessibility(String area, double population, Map<Integer, Double> meanJobs) {
  public AreaAccessibility {
    meanJobs = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(meanJobs));
  }
}
