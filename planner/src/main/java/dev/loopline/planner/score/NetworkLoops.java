package dev.loopline.planner.score;

import java.util.List;

/**
 * Network-level loop figures of one feed (baseline or scenario), defined in docs/methods.md, "Loop closure".
 *
 * @param independentCycles dimension of the stop graph's cycle space (size of any cycle basis)
 * @param railBorderCycles cycles of the stop graph's fundamental cycle basis (JGraphT, breadth-first) that contain a
 *     rail edge and a border-crossing bus edge
 * @param irreducibleRailBorderCycles independent cycles that need both a rail edge and a border-crossing bus edge:
 *     the cycle space's dimension less that of the cycles that can avoid rail or avoid border-crossing bus edges
 *     (independent of the basis chosen)
 * @param districtPairsJoined district pairs ({@code a|b}, sorted) joined by a bus edge across their border
 * @param railStationsWithCrossBorderFeeders ids of rail nodes served by a bus route that also serves another district
 */
public record NetworkLoops(int independentCycles, int railBorderCycles, int irreducibleRailBorderCycles,
                           List<String> districtPairsJoined,
                           List<String> railStationsWithCrossBorderFeeders) {
  public NetworkLoops {
    districtPairsJoined = List.copyOf(districtPairsJoined);
    railStationsWithCrossBorderFeeders = List.copyOf(railStationsWithCrossBorderFeeders);
  }
}
