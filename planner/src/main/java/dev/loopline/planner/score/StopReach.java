package dev.loopline.planner.score;

import java.util.BitSet;
import java.util.List;

/**
 * Which stops each origin cell reaches on a vehicle within the longest cutoff at some departure of the window,
 * recorded during the baseline's accessibility search. A rider boards a route at a stop reached on foot from home
 * (the access walk: the stop's walk catchment holds the cell) or at a stop reached by a ride, or a walking transfer
 * away from one (Raptor walks between stops only after a ride). Before boarding a route the scenario adds, changes or
 * removes, the rider uses unchanged service only, so an origin whose catchment holds none of those routes' stops and
 * whose rides reach no stop within transfer distance of them keeps its baseline figures. Scenarios therefore
 * re-search only the other origins.
 *
 * @param reached per cell index, the stops (indexes into {@code stopIds}) reached; {@code null} for cells that are
 *     not origins
 */
public record StopReach(List<String> stopIds, BitSet[] reached) {
  public StopReach {
    stopIds = List.copyOf(stopIds);
  }
}
