package dev.loopline.planner.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the distances and durations users type: {@code 1200m}, {@code 1.2km}, {@code 60m}, {@code 1h30m}. */
final class Quantities {
  private static final Pattern DISTANCE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(m|km)?");
  private static final Pattern DURATION = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m(?:in)?)?(?:(\\d+)s)?");

  private Quantities() {}

  /** Metres from {@code 800}, {@code 800m} or {@code 0.8km}. */
  static double meters(String text, String option) {
    Matcher m = DISTANCE.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new UserException(option + ": not a distance: '" + text + "' (use e.g. 800m or 1.2km)");
    }
    double v = Double.parseDouble(m.group(1));
    return "km".equals(m.group(2)) ? v * 1000 : v;
  }

  /** A duration from {@code 45} (minutes), {@code 45m}, {@code 1h}, {@code 1h30m} or {@code 90s}. */
  static Duration duration(String text, String option) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.matches("\\d+")) {
      return Duration.ofMinutes(Long.parseLong(t));
    }
    Matcher m = DURATION.matcher(t);
    if (t.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
      throw new UserException(option + ": not a duration: '" + text + "' (use e.g. 60m, 1h30m or 90s)");
    }
    long s = 0;
    s += m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 3600;
    s += m.group(2) == null ? 0 : Long.parseLong(m.group(2)) * 60;
    s += m.group(3) == null ? 0 : Long.parseLong(m.group(3));
    return Duration.ofSeconds(s);
  }
}
