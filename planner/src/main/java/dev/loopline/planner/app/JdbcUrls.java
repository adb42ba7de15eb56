package dev.loopline.planner.app;

/** JDBC URLs as they may be shown to a user: never with a password. */
public final class JdbcUrls {
  private JdbcUrls() {}

  /** The URL with the value of any {@code password} parameter replaced by {@code ***}. */
  public static String redact(String url) {
    return url == null ? null : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }
}
