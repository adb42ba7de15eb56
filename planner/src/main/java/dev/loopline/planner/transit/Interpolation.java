package dev.loopline.planner.transit;

import java.util.Locale;

/**
 * How the stop times a feed leaves empty are filled between two known times (see {@link StopTimeInterpolation}).
 */
public enum Interpolation {
  /**
   * In proportion to the distance travelled ({@code shape_dist_traveled}, else stop to stop in a straight line):
   * constant speed between timepoints. Loopline's default: a long stretch without stops takes its time.
   */
  DISTANCE,
  /**
   * Evenly per stop, whatever the distances: OpenTripPlanner's rule ("equidistant stops"). Wrong where stops are
   * unevenly spaced (an express stretch is ridden at impossible speeds), offered to compare with OTP like for like.
   */
  STOPS;

  /** The option's text: {@code distance} or {@code stops}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code distance} or {@code stops}; null when neither. */
  public static Interpolation parse(String text) {
    for (Interpolation i : values()) {
      if (i.id().equalsIgnoreCase(text == null ? "" : text.trim())) {
        return i;
      }
    }
    return null;
  }
}
