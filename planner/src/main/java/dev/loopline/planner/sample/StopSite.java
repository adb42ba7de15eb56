package dev.loopline.planner.sample;

/**
 * A place for a bus stop beside a street edge: a few metres off the centreline at the edge's middle, in the
 * district whose territory it lies in ({@code territory}, an index into {@link DistrictSpec#ALL}). That district
 * publishes it at {@code position}; a neighbour that also serves it publishes a twin a little way along the street
 * (see {@link TwinStop}).
 *
 * @param ux unit vector along the edge (a to b), to place twins along the street
 */
public record StopSite(int edge, int territory, Xy position, double ux, double uy, String zh, String en) {
  /** The stop name a neighbouring operator uses: the same name with or without the trailing 站. */
  public String variantName() {
    return zh.endsWith("站") ? zh.substring(0, zh.length() - 1) : zh + "站";
  }
}
