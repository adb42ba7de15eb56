package dev.loopline.gtfs.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The URL and email formats MobilityData's validator 6.0 rejects as ERRORs ({@code invalid_url},
 * {@code invalid_email}). It uses Apache Commons' validators; this module has no dependencies, so these are a
 * stricter-than-nothing approximation of the same rules: an http, https or ftp URL with a host name that has a
 * top-level domain (or an IPv4 address), and an email address with one {@code @} and such a domain. Shared by the
 * validator (to report) and {@code merge --repair} (to clear an optional value).
 */
public final class FieldFormats {
  private static final Pattern HOST =
      Pattern.compile("(?i)([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z][a-z0-9-]*[a-z0-9]|[0-9]{1,3}(\\.[0-9]{1,3}){3}");
  private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+");

  private FieldFormats() {}

  /** True when {@code value} is an absolute http, https or ftp URL naming a real-looking host. */
  public static boolean validUrl(String value) {
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https") || scheme.equals("ftp"))
          && uri.getHost() != null && HOST.matcher(uri.getHost()).matches();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** True when {@code value} looks like {@code name@domain.tld}. */
  public static boolean validEmail(String value) {
    String v = value.strip();
    int at = v.indexOf('@');
    if (at <= 0 || at != v.lastIndexOf('@')) {
      return false;
    }
    String local = v.substring(0, at);
    return LOCAL_PART.matcher(local).matches() && !local.startsWith(".") && !local.endsWith(".")
        && !local.contains("..") && HOST.matcher(v.substring(at + 1)).matches();
  }
}
