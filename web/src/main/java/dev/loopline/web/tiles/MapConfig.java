package dev.loopline.web.tiles;

/**
 * What the pages need to draw their map.
 *
 * @param tileUrl     an external raster tile URL template ({@code https://host/{z}/{x}/{y}.png}) for deployments
 *                    with internet, or {@code null}: the pages then use the offline {@code /tiles} basemap
 * @param attribution the map data credit the map shows
 */
public record MapConfig(String tileUrl, String attribution) {
  /** OpenStreetMap's licence asks for this credit wherever its data is shown. */
  public static final String OSM_ATTRIBUTION = "© OpenStreetMap contributors";
}
