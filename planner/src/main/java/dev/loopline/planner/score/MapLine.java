package dev.loopline.planner.score;

import dev.loopline.osm.LatLon;
import java.util.List;

/** A named path for the report's maps (a rail line of the baseline). */
public record MapLine(String name, String color, List<LatLon> path) {
  public MapLine {
    path = List.copyOf(path);
  }
}
