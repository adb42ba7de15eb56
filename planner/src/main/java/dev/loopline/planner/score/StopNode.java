package dev.loopline.planner.score;

import java.util.List;
import java.util.SortedSet;

/**
 * One place in the {@link StopGraph}: the stops a rider treats as one (a bus stop at a rail station, the two
 * sides of a street), at the mean of their positions. {@code id} and {@code name} are those of
 * the smallest rail-served member stop id (how riders name the place), else of the smallest member id; stable.
 *
 * @param districtId the district the node lies in, {@code null} outside every district
 * @param railLines names of the rail lines serving any member (empty for a bus-only node)
 */
public record StopNode(String id, String name, double lat, double lon, String districtId, List<String> stopIds,
                       SortedSet<String> railLines) {
  public StopNode {
    stopIds = List.copyOf(stopIds);
    railLines = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(railLines));
  }

  /** True when a rail line serves the node: a rail station (with whatever bus stops were merged into it). */
  public boolean isRail() {
    return !railLines.isEmpty();
  }
}
