package dev.loopline.planner.app;

import dev.loopline.osm.LatLon;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the points, distances and durations users type ({@code 29.59,106.22}, {@code 1200m}, {@code 1.2km},
 * {@code 60m}, {@code 1h30m}), failing with an {@link InvalidRequestException} that names the request field, so the
 * command line and the web word the same mistake the same way.
 */
public final class Quantities {
  private static final Pattern DISTANCE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(m|km)?");
  private static final Pattern DURATION = Pattern.compile("(?:(\\d+)h)?(?:(\\d+)m(?:in)?)?(?:(\\d+)s)?");

  private Quantities() {}

  /** Metres from {@code 800}, {@code 800m} or {@code 0.8km}. */
  public static double meters(String text, String field) {
    Matcher m = DISTANCE.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw InvalidRequestException.of(field, "not a distance: '" + text + "' (use e.g. 800m or 1.2km)");
    }
    double v = Double.parseDouble(m.group(1));
    return "km".equals(m.group(2)) ? v * 1000 : v;
  }

  /** A duration from {@code 45} (minutes), {@code 45m}, {@code 1h}, {@code 1h30m} or {@code 90s}. */
  public static Duration duration(String text, String field) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.matches("\\d+")) {
      return Duration.ofMinutes(Long.parseLong(t));
    }
    Matcher m = DURATION.matcher(t);
    if (t.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
      throw InvalidRequestException.of(field, "not a duration: '" + text + "' (use e.g. 60m, 1h30m or 90s)");
    }
    long s = 0;
    s += m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 3600;
    s += m.group(2) == null ? 0 : Long.parseLong(m.group(2)) * 60;
    s += m.group(3) == null ? 0 : Long.parseLong(m.group(3));
    return Duration.ofSeconds(s);
  }

  /** A WGS84 point from {@code LAT,LON}, e.g. {@code 29.56,106.45}. */
  public static LatLon point(String text, String field) {
    String[] p = text.split(",");
    if (p.length != 2) {
      throw InvalidRequestException.of(field, "expected LAT,LON, e.g. 29.56,106.45; got '" + text + "'");
    }
    double lat;
    double lon;
    try {
      lat = Double.parseDouble(p[0].trim());
      lon = Double.parseDouble(p[1].trim());
    } catch (NumberFormatException e) {
      throw InvalidRequestException.of(field, "not a number in '" + text + "' (expected LAT,LON)");
    }
    if (!LatLon.isValid(lat, lon)) {
      throw InvalidRequestException.of(field, "latitude must be -90..90 and longitude -180..180; got '" + text + "'");
    }
    return new LatLon(lat, lon);
  }
}
