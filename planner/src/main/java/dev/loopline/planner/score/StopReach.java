package dev.loopline.planner.score;

import java.util.BitSet;
import java.util.List;

/**
 * Which stops each origin cell reaches (walking and transit) within the longest cutoff at some departure of the
 * window, recorded during the baseline's accessibility search. A proposal can only change the accessibility of an
 * origin that reaches one of its stops (or a stop a walk away from them) in the baseline within that time: before
 * boarding the new line, a rider uses the baseline network only. Scenarios therefore re-search only those origins.
 *
 * @param reached per cell index, the stops (indexes into {@code stopIds}) reached; {@code null} for cells that are
 *     not origins
 */
public record StopReach(List<String> stopIds, BitSet[] reached) {
  public StopReach {
    stopIds = List.copyOf(stopIds);
  }
}
