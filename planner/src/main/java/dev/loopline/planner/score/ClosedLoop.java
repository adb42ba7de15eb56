package dev.loopline.planner.score;

import java.util.List;

/**
 * A loop a proposal closes with rail (形成闭环): from one rail station by the new bus line across a district border
 * to another rail station, and back by the shortest rail path. Its enclosed area says how much ground the loop
 * rings; the districts and rail lines say whom it ties together.
 *
 * @param fromStopId the line's stop at the first station (a rail station's stop, or a bus stop merged into it)
 * @param fromStation how the station is named: the line's stop name, with the station's when it is a bus stop there
 * @param busNodes stop-graph nodes of the bus leg, from {@code from} to {@code to}
 * @param railNodes stop-graph nodes of the rail path back, from {@code to} to {@code from}
 * @param areaKm2 area enclosed by the loop's stop positions (a simple polygon; self-crossings are resolved by
 *     JTS's geometry fixer)
 * @param meanSeparationMeters the area over the rail path's length: how far from the rail line the loop reaches on
 *     average
 * @param ring the closed loop as [lon, lat] pairs, first = last, for the map
 */
public record ClosedLoop(String fromStopId, String fromStation, String toStopId, String toStation,
                         List<String> busNodes, List<String> railNodes, double areaKm2, double meanSeparationMeters,
                         List<String> districts,
                         List<String> railLines, List<double[]> ring) {
  public ClosedLoop {
    busNodes = List.copyOf(busNodes);
    railNodes = List.copyOf(railNodes);
    districts = List.copyOf(districts);
    railLines = List.copyOf(railLines);
    ring = List.copyOf(ring);
  }
}
