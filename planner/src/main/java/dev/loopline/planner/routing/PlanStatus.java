package dev.loopline.planner.routing;

/** The outcome of a trip plan; anything but {@link #OK} comes with a message saying what to change. */
public enum PlanStatus {
  /** At least one itinerary was found. */
  OK,
  /** Both ends are on the network and the date has service, but no itinerary fits the limits. */
  NO_ROUTE,
  /** The origin is not within reach of a walkable street (outside the map, or too far from any street). */
  ORIGIN_NOT_ON_STREET,
  /** The destination is not within reach of a walkable street. */
  DESTINATION_NOT_ON_STREET,
  /** The date is outside the feed's service period, or no trip runs on it. */
  DATE_OUT_OF_SERVICE
}
