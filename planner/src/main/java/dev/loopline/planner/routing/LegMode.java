package dev.loopline.planner.routing;

import dev.loopline.gtfs.model.Route;

/** How a leg is travelled. Transit modes follow the GTFS route types. */
public enum LegMode {
  WALK, BUS, TRAM, SUBWAY, RAIL, FERRY, CABLE_CAR, GONDOLA, FUNICULAR, TROLLEYBUS, MONORAIL;

  /** The mode of a GTFS route type (basic and extended types). */
  public static LegMode of(Route route) {
    int t = route.type();
    return switch (t) {
      case 0 -> TRAM;
      case 1 -> SUBWAY;
      case 2 -> RAIL;
      case 4 -> FERRY;
      case 5 -> CABLE_CAR;
      case 6 -> GONDOLA;
      case 7 -> FUNICULAR;
      case 11 -> TROLLEYBUS;
      case 12 -> MONORAIL;
      default -> {
        if (t >= 100 && t < 200) {
          yield RAIL;
        } else if (t >= 400 && t < 500) {
          yield SUBWAY;
        } else if (t >= 900 && t < 1000) {
          yield TRAM;
        } else if (t == 1000 || t == 1200) {
          yield FERRY;
        } else {
          yield BUS;
        }
      }
    };
  }

  public boolean isTransit() {
    return this != WALK;
  }
}
