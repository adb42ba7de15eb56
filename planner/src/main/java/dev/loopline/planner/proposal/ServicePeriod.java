package dev.loopline.planner.proposal;

/**
 * A span of the service day run at one headway: departures from both terminals at {@code from}, then every
 * {@code headwaySeconds}, while before {@code to}. Times are seconds after midnight of the service day and may pass
 * 24:00 (GTFS style) for late service.
 */
public record ServicePeriod(int fromSeconds, int toSeconds, int headwaySeconds) {
  public ServicePeriod {
    if (headwaySeconds <= 0) {
      throw new IllegalArgumentException("headway must be positive: " + headwaySeconds);
    }
    if (toSeconds <= fromSeconds) {
      throw new IllegalArgumentException("period must end after it starts");
    }
  }

  /** Length of the period in seconds. */
  public int durationSeconds() {
    return toSeconds - fromSeconds;
  }

  /** Departures per terminal in this period: the first at {@code from}, the last strictly before {@code to}. */
  public int departures() {
    return (durationSeconds() + headwaySeconds - 1) / headwaySeconds;
  }

  /** Headway in minutes, for fleet arithmetic and reports. */
  public double headwayMinutes() {
    return headwaySeconds / 60.0;
  }

  /** {@code HH:MM} for reports. */
  public static String clock(int seconds) {
    return String.format(java.util.Locale.ROOT, "%02d:%02d", seconds / 3600, (seconds / 60) % 60);
  }
}
