package dev.loopline.planner.proposal;

/**
 * A proposal's stop once checked against the network: its GTFS id (existing, or the new id
 * {@code <proposal>:stop-<n>}), name and WGS84 position. {@code field} is where the planner wrote it; {@code nameEn}
 * the English name a new stop was given (null otherwise).
 */
public record PlacedStop(String stopId, String name, double lat, double lon, boolean isNew, String field,
                         String nameEn) {
  /** A stop without an English name. */
  public PlacedStop(String stopId, String name, double lat, double lon, boolean isNew, String field) {
    this(stopId, name, lat, lon, isNew, field, null);
  }
}
