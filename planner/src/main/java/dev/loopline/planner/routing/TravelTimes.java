package dev.loopline.planner.routing;

import java.util.Arrays;

/**
 * Travel times from one origin to every stop, for each departure minute of a window (the result of a
 * {@link TravelTimeSearch}). Times are door-to-stop: the walk from the origin, waiting and riding included.
 * {@link #UNREACHED} marks a stop not reached within the limit for that minute. Two tables: by any means (the
 * access walk and walks between stops after a ride count), and on a vehicle only ({@link #rideTime}: alighting at
 * the stop), which is where a walk to a final destination may start.
 */
public final class TravelTimes {
  /** Value of a stop not reached. */
  public static final int UNREACHED = Integer.MAX_VALUE;

  private final int firstDeparture;
  private final int minutes;
  private final int stops;
  private final int[] seconds;
  private final int[] rideSeconds;

  TravelTimes(int firstDeparture, int minutes, int stops, int[] seconds, int[] rideSeconds) {
    this.firstDeparture = firstDeparture;
    this.minutes = minutes;
    this.stops = stops;
    this.seconds = seconds;
    this.rideSeconds = rideSeconds;
  }

  /** Number of departure minutes (the window). */
  public int minutes() {
    return minutes;
  }

  /** Number of stops (the transit layer's). */
  public int stopCount() {
    return stops;
  }

  /** Departure time of minute {@code m}, seconds after midnight. */
  public int departure(int m) {
    return firstDeparture + 60 * m;
  }

  /** Travel time to {@code stop} leaving at minute {@code m}, or {@link #UNREACHED}. */
  public int travelTime(int m, int stop) {
    return seconds[m * stops + stop];
  }

  /**
   * Travel time to {@code stop} leaving at minute {@code m} arriving there on a vehicle (not by walking from another
   * stop or from the origin), or {@link #UNREACHED}.
   */
  public int rideTime(int m, int stop) {
    return rideSeconds[m * stops + stop];
  }

  /** Arrival time (seconds after midnight) at {@code stop} leaving at minute {@code m}, or {@link #UNREACHED}. */
  public int arrival(int m, int stop) {
    int t = travelTime(m, stop);
    return t == UNREACHED ? UNREACHED : departure(m) + t;
  }

  /** The travel times of one departure minute (a copy). */
  public int[] minute(int m) {
    return Arrays.copyOfRange(seconds, m * stops, (m + 1) * stops);
  }

  /**
   * The median travel time over the window per stop: the value a rider leaving at a random minute gets half the
   * time. Unreached minutes count as infinitely long, so a stop reached in fewer than half the minutes is
   * {@link #UNREACHED}. For an even number of minutes the lower median is used (no averaging with "unreached").
   */
  public int[] median() {
    return percentile(50);
  }

  /**
   * The {@code p}-th percentile (1–100) of travel time over the window per stop, with unreached minutes counted as
   * infinitely long; percentile 50 is {@link #median()}.
   */
  public int[] percentile(int p) {
    if (p < 1 || p > 100) {
      throw new IllegalArgumentException("percentile must be 1..100: " + p);
    }
    int[] out = new int[stops];
    int[] col = new int[minutes];
    int rank = Math.max(0, (int) Math.ceil(p / 100.0 * minutes) - 1);
    for (int s = 0; s < stops; s++) {
      for (int m = 0; m < minutes; m++) {
        col[m] = seconds[m * stops + s];
      }
      Arrays.sort(col);
      out[s] = col[rank];
    }
    return out;
  }

  /** The shortest travel time over the window per stop. */
  public int[] best() {
    int[] out = new int[stops];
    Arrays.fill(out, UNREACHED);
    for (int m = 0; m < minutes; m++) {
      for (int s = 0; s < stops; s++) {
        out[s] = Math.min(out[s], seconds[m * stops + s]);
      }
    }
    return out;
  }
}
