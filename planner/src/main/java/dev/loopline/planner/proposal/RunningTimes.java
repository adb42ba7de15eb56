package dev.loopline.planner.proposal;

/** Where a simulated line's running times came from. */
public enum RunningTimes {
  /** Calibrated on the network's own bus timetables ({@link RunningTimeModel}). */
  CALIBRATED,
  /** The proposal's {@code round_trip_minutes}: the routed legs scaled to it. */
  ROUND_TRIP_MINUTES,
  /** GraphHopper's free-flow times × the traffic factor, plus the configured dwell (no timetables to calibrate on). */
  TRAFFIC_FACTOR,
  /**
   * A line made of existing routes (a merge): the legs they ran keep the routes' own scheduled times; a link between
   * them is timed like a new line's legs.
   */
  OWN_TIMETABLE
}
