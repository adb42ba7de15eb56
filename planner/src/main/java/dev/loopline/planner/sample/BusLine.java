package dev.loopline.planner.sample;

import java.util.List;

/**
 * A generated bus line: which operator runs it ({@code owner}, and {@code partner} for a cross-border line that
 * both publish, else -1), its stops (sites, in running order of direction 0), the road polylines it follows, and
 * the running time to each stop from the first (seconds, before the time-of-day factor). A circular line has one
 * direction and ends where it starts; the others run both ways.
 */
public record BusLine(int seq, int owner, int partner, LineKind kind, String shortName, String zh, String en,
                      boolean circular, List<StopSite> stops0, List<Xy> shape0, int[] base0, List<StopSite> stops1,
                      List<Xy> shape1, int[] base1, Headways headways, String color, String textColor) {
  public BusLine {
    stops0 = List.copyOf(stops0);
    shape0 = List.copyOf(shape0);
    stops1 = stops1 == null ? null : List.copyOf(stops1);
    shape1 = shape1 == null ? null : List.copyOf(shape1);
  }

  public int directions() {
    return circular ? 1 : 2;
  }

  public List<StopSite> stops(int direction) {
    return direction == 0 ? stops0 : stops1;
  }

  public List<Xy> shape(int direction) {
    return direction == 0 ? shape0 : shape1;
  }

  public int[] base(int direction) {
    return direction == 0 ? base0 : base1;
  }

  /** Published by this district's feed. */
  public boolean publishedBy(int district) {
    return owner == district || partner == district;
  }

  public BusLine withShortName(String name) {
    return new BusLine(seq, owner, partner, kind, name, zh, en, circular, stops0, shape0, base0, stops1, shape1, base1,
        headways, color, textColor);
  }
}
