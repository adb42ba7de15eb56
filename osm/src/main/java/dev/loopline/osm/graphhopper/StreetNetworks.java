package dev.loopline.osm.graphhopper;

import dev.loopline.osm.ImportProgress;
import dev.loopline.osm.StreetConfig;
import dev.loopline.osm.StreetInputException;
import dev.loopline.osm.StreetNetwork;

/**
 * The entry point that opens a {@link StreetNetwork}. It lives beside the GraphHopper adapter, not on the interface,
 * so that the street API ({@code dev.loopline.osm}) does not depend on its implementation: the package graph stays
 * free of cycles and callers still see only {@link StreetNetwork}.
 */
public final class StreetNetworks {
  private StreetNetworks() {}

  /**
   * Imports the OSM file, or loads the cached graph when the same file content was already imported with the same
   * profile settings.
   *
   * @throws StreetInputException when the OSM file is missing, unreadable, corrupt or contains no walkable streets
   */
  public static StreetNetwork open(StreetConfig config, ImportProgress progress) throws StreetInputException {
    return GraphHopperStreetNetwork.open(config, progress);
  }
}
