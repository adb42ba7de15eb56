package dev.loopline.planner.app;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The network's map layers, each a GeoJSON FeatureCollection ({@link MapService#layer}). */
public enum MapLayer {
  /** Every boardable stop: names (zh, en), district, whether bus and/or rail serve it. */
  STOPS,
  /** Every route as its longest trip's path: operator, the district it mostly runs in, the districts it crosses. */
  ROUTES,
  /** The rail routes alone. */
  RAIL,
  /** District outlines with their names. */
  DISTRICTS,
  /** The belt along the borders between districts, where separately planned networks leave gaps. */
  BORDER_BELT,
  /** Populated grid cells: residents, jobs, district, in the border belt or not. */
  POPULATION,
  /** Populated grid cells with the walk to the nearest bus stop and rail station and whether that counts as covered. */
  COVERAGE;

  /** The name in URLs: {@code border-belt}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The layer named {@code id} ({@code stops}, {@code border-belt}, ...).
   *
   * @throws InvalidRequestException naming the field {@code layer} for an unknown name
   */
  public static MapLayer of(String id) {
    for (MapLayer l : values()) {
      if (l.id().equals(id)) {
        return l;
      }
    }
    throw InvalidRequestException.of("layer", "unknown layer '" + id + "'; one of "
        + Arrays.stream(values()).map(MapLayer::id).collect(Collectors.joining(", ")));
  }
}
