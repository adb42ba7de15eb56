package dev.loopline.planner.proposal;

/**
 * One stop of a proposed line, in running order: either a stop that already exists in the unified feed (by its
 * namespaced id, e.g. {@code shapingba:1203} or {@code rail:L7-05}) or a new stop the planner places by
 * coordinates. {@code field} is where it was written ({@code stops[1]}), for error messages.
 */
public sealed interface ProposalStop {
  String field();

  /** A stop of the unified feed, served by the new line too. */
  record Existing(String stopId, String field) implements ProposalStop {}

  /**
   * A new stop (WGS84), which must lie near a drivable street.
   *
   * @param nameEn its English name (a translation in exported feeds), or null
   */
  record New(String name, String nameEn, double lat, double lon, String field) implements ProposalStop {
    /** A new stop without an English name. */
    public New(String name, double lat, double lon, String field) {
      this(name, null, lat, lon, field);
    }
  }
}
