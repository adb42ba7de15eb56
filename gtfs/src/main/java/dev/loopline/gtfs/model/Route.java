package dev.loopline.gtfs.model;

import java.util.Map;

/** One row of {@code routes.txt}. {@code type} is the GTFS route_type (3 bus, 1 metro, 2 rail, ...). */
public record Route(String id, String agencyId, String shortName, String longName, String desc, int type,
                    String url, String color, String textColor, Integer sortOrder, Integer continuousPickup,
                    Integer continuousDropOff, String networkId, Map<String, String> extras) {

  public static final int TRAM = 0;
  public static final int SUBWAY = 1;
  public static final int RAIL = 2;
  public static final int BUS = 3;

  public Route {
    extras = Extras.copy(extras);
  }

  /** True for metro, rail, monorail and the extended rail types (100-199, 400-499). */
  public boolean isRail() {
    return type == SUBWAY || type == RAIL || type == 12 || (type >= 100 && type < 200) || (type >= 400 && type < 500);
  }

  /** The short name if present, else the long name: what a rider sees on the vehicle. */
  public String displayName() {
    return shortName != null && !shortName.isEmpty() ? shortName : longName;
  }
}
