package dev.loopline.planner.bench;

import java.util.List;
import java.util.Locale;

/**
 * How the benchmarks judge the goals they state: every goal a benchmark names is printed with "goal met" or "goal not
 * met" next to the figure it judges, so a reader never has to compare numbers against a threshold by eye.
 */
public final class Goals {
  private Goals() {}

  /** The most seconds a built network may take to load ("loaded in seconds"), on every data set measured. */
  public static final double LOAD_SECONDS = 10;

  /** {@code **goal met**} or {@code **goal not met**}. */
  public static String verdict(boolean met) {
    return met ? "**goal met**" : "**goal not met**";
  }

  /** A figure judged against an upper bound: "0.93 ≤ 1.5: **goal met**". */
  public static String atMost(double value, double bound, String format) {
    return String.format(Locale.ROOT, format, value) + (value <= bound ? " ≤ " : " > ")
        + String.format(Locale.ROOT, format, bound) + ": " + verdict(value <= bound);
  }

  /**
   * One line for a goal judged over many figures: "met by 10 of 12; not met by: a (1.62), b (1.71)".
   *
   * @param misses the labels of the figures that miss it, with their values
   */
  public static String summary(int total, List<String> misses) {
    if (total == 0) {
      return "not judged (nothing measured)";
    }
    String head = (misses.isEmpty() ? verdict(true) : verdict(false)) + ", met by " + (total - misses.size()) + " of "
        + total;
    return misses.isEmpty() ? head : head + "; not met by: " + String.join(", ", misses);
  }
}
