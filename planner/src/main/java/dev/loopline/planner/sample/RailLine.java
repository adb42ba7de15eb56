package dev.loopline.planner.sample;

import java.util.List;

/**
 * A metro line with its stations in running order and its headways (minutes) in the peaks (07:00-09:00,
 * 17:00-19:00) and the rest of the day.
 */
public record RailLine(String number, String zh, String en, String color, String textColor, int peakHeadwayMin,
                       int offPeakHeadwayMin, List<RailStation> stations) {
  public RailLine {
    stations = List.copyOf(stations);
  }
}
