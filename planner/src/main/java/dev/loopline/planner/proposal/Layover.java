package dev.loopline.planner.proposal;

/**
 * Recovery time added to each round trip at the terminals: a share of the running time, but at least
 * {@code minMinutes}. It absorbs delays and gives drivers a break, and it costs vehicles: it is part of the cycle.
 */
public record Layover(double share, double minMinutes) {
  /** The defaults a proposal gets when it says nothing: 10 % of the running time, at least 3 minutes. */
  public static final Layover DEFAULT = new Layover(0.10, 3);

  /** Layover in minutes for a round trip of {@code runningMinutes}. */
  public double minutesFor(double runningMinutes) {
    return Math.max(share * runningMinutes, minMinutes);
  }

  /**
   * Time a bus stands at the end of one trip of {@code tripSeconds} before it can leave again, for trips whose
   * timetable does not say (a feed's published trips): this layover's share of the trip, but at least its minimum
   * shared among the route's {@code directions} terminals — what {@link Timetabler} gives a line whose directions
   * take equally long.
   */
  public double turnSeconds(double tripSeconds, int directions) {
    return Math.max(share * tripSeconds, minMinutes * 60 / Math.max(1, directions));
  }
}
