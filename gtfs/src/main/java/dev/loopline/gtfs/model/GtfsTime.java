package dev.loopline.gtfs.model;

/**
 * GTFS times as seconds since "noon minus 12 h" of the service day. Values past 24:00:00 are normal (a trip that
 * runs after midnight belongs to the previous service day). {@link #MISSING} marks an empty field.
 */
public final class GtfsTime {
  public static final int MISSING = -1;

  private GtfsTime() {}

  /**
   * Parses {@code H:MM:SS} or {@code HH:MM:SS} (hours may exceed 23).
   *
   * @return seconds, or {@link #MISSING} for an empty string
   * @throws IllegalArgumentException when the text is not a GTFS time
   */
  public static int parse(CharSequence text) {
    int n = text.length();
    if (n == 0) {
      return MISSING;
    }
    int c1 = -1;
    int c2 = -1;
    for (int i = 0; i < n; i++) {
      char ch = text.charAt(i);
      if (ch == ':') {
        if (c1 < 0) {
          c1 = i;
        } else if (c2 < 0) {
          c2 = i;
        } else {
          throw bad(text);
        }
      } else if (ch < '0' || ch > '9') {
        throw bad(text);
      }
    }
    if (c1 < 1 || c2 != c1 + 3 || n != c2 + 3 || c1 > 3) {
      throw bad(text);
    }
    int h = digits(text, 0, c1);
    int m = digits(text, c1 + 1, c2);
    int s = digits(text, c2 + 1, n);
    if (m > 59 || s > 59) {
      throw bad(text);
    }
    return h * 3600 + m * 60 + s;
  }

  /** Formats seconds as {@code HH:MM:SS}; {@link #MISSING} gives the empty string. */
  public static String format(int seconds) {
    if (seconds == MISSING) {
      return "";
    }
    if (seconds < 0) {
      throw new IllegalArgumentException("negative time: " + seconds);
    }
    int h = seconds / 3600;
    int m = (seconds / 60) % 60;
    int s = seconds % 60;
    StringBuilder sb = new StringBuilder(8);
    if (h < 10) {
      sb.append('0');
    }
    sb.append(h).append(':');
    if (m < 10) {
      sb.append('0');
    }
    sb.append(m).append(':');
    if (s < 10) {
      sb.append('0');
    }
    return sb.append(s).toString();
  }

  private static int digits(CharSequence text, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (text.charAt(i) - '0');
    }
    return v;
  }

  private static IllegalArgumentException bad(CharSequence text) {
    return new IllegalArgumentException("not a GTFS time (HH:MM:SS): '" + text + "'");
  }
}
