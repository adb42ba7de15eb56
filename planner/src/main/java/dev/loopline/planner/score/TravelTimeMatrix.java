package dev.loopline.planner.score;

import java.util.List;

/**
 * Median transit travel times (minutes, departing in the window) between district centres: each district's most
 * populous cell. {@code -1} where the centre is not reached within the matrix limit.
 *
 * @param minutes {@code [from][to]} in the order of {@code districts}
 */
public record TravelTimeMatrix(List<String> districts, List<String> centreCells, int[][] minutes) {
  public TravelTimeMatrix {
    districts = List.copyOf(districts);
    centreCells = List.copyOf(centreCells);
  }
}
