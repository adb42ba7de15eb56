package dev.loopline.planner.sample;

/**
 * The road hierarchy the sample uses, with its OSM {@code highway} value, whether pedestrians and buses may use
 * it, and the speed a bus averages on it (km/h, including junction delays but not stops).
 */
public enum HighwayClass {
  MOTORWAY("motorway", false, false, 70),
  MOTORWAY_LINK("motorway_link", false, false, 40),
  TRUNK("trunk", true, true, 40),
  PRIMARY("primary", true, true, 24),
  SECONDARY("secondary", true, true, 22),
  TERTIARY("tertiary", true, true, 20),
  RESIDENTIAL("residential", true, true, 16),
  FOOTWAY("footway", true, false, 0),
  STEPS("steps", true, false, 0);

  private final String osm;
  private final boolean walkable;
  private final boolean bus;
  private final double busKmh;

  HighwayClass(String osm, boolean walkable, boolean bus, double busKmh) {
    this.osm = osm;
    this.walkable = walkable;
    this.bus = bus;
    this.busKmh = busKmh;
  }

  public String osm() {
    return osm;
  }

  /** Pedestrians may use it (GraphHopper's foot access agrees for every class here). */
  public boolean walkable() {
    return walkable;
  }

  /** Bus lines of the sample may run on it. */
  public boolean bus() {
    return bus;
  }

  public double busMetersPerSecond() {
    return busKmh / 3.6;
  }

  /** Higher is more important; upgrades keep the higher class. */
  public int rank() {
    return switch (this) {
      case MOTORWAY -> 9;
      case TRUNK -> 8;
      case MOTORWAY_LINK -> 7;
      case PRIMARY -> 6;
      case SECONDARY -> 5;
      case TERTIARY -> 4;
      case RESIDENTIAL -> 3;
      case FOOTWAY -> 2;
      case STEPS -> 1;
    };
  }

  static HighwayClass max(HighwayClass a, HighwayClass b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return a.rank() >= b.rank() ? a : b;
  }
}
