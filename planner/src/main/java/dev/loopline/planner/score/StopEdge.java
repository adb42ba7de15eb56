package dev.loopline.planner.score;

import java.util.SortedSet;

/**
 * Two nodes of the {@link StopGraph} that some pattern serves one after the other (in either direction), with the
 * rail lines and bus routes doing so. {@code u < v} by id, so each pair appears once.
 *
 * @param crossesBorder the two nodes lie in different districts
 */
public record StopEdge(String u, String v, SortedSet<String> railLines, SortedSet<String> busRoutes,
                       boolean crossesBorder, double meters) {
  public StopEdge {
    railLines = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(railLines));
    busRoutes = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(busRoutes));
  }

  public boolean isRail() {
    return !railLines.isEmpty();
  }

  public boolean isBus() {
    return !busRoutes.isEmpty();
  }

  /** A bus edge from one district into another: what cross-border lines (跨界串连) add. */
  public boolean isBorderBus() {
    return isBus() && crossesBorder;
  }

  public String other(String node) {
    return node.equals(u) ? v : u;
  }
}
