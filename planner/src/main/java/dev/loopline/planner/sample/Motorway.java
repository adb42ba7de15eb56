package dev.loopline.planner.sample;

import java.util.List;

/** An expressway: a centreline that becomes two one-way carriageways with interchanges to the street grid. */
public record Motorway(String zh, String en, String ref, List<Xy> centreline) {
  public Motorway {
    centreline = List.copyOf(centreline);
  }
}
