package dev.loopline.planner.sample;

/**
 * One drivable street segment between two junctions of the generated network: a grid edge, or a tunnel or pass
 * across a ridge (whose intermediate nodes are {@code via}). Bus lines are routed over these, and bus stops are
 * placed beside the {@code stopSlot} ones, so every stop is a few metres from a real street of the OSM file.
 *
 * @param a        start node (index into the OSM nodes); for a one-way street the direction of travel is a to b
 * @param via      intermediate OSM nodes from a to b (empty for grid edges)
 * @param stopSlot a bus stop may stand beside this edge (regular spacing of about 480 m along a line)
 * @param line     the grid line index (row for horizontal edges, column for vertical), or 0 for special edges
 */
public record StreetEdge(int id, int a, int b, int[] via, HighwayClass clazz, boolean oneway, boolean tunnel,
                         boolean pass, boolean horizontal, int line, String zh, String en, boolean stopSlot,
                         double length) {
  /** Buses of the sample may run here both ways. */
  public boolean busUsable() {
    return clazz.bus() && !oneway && !pass;
  }
}
