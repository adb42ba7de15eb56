package dev.loopline.osm;

/** How a point is used on the street network, which decides which roads it may snap to. */
public enum StreetMode {
  /** On foot: any way with foot access (footways, residential streets, squares), never motorways. */
  WALK,
  /**
   * By bus: roads a bus may drive on. Snapping in this mode avoids tunnels, bridges and motorways when another road is
   * within reach, because a stop is almost never on them.
   */
  BUS
}
