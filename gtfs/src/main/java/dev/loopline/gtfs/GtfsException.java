package dev.loopline.gtfs;

import java.util.List;

/**
 * Input that cannot be used: the message is one clear sentence for the user (naming file, line and field);
 * {@link #notices()} lists every problem found when there were several.
 */
public class GtfsException extends RuntimeException {
  private final transient List<Notice> notices;

  public GtfsException(String message) {
    this(message, List.of());
  }

  public GtfsException(String message, List<Notice> notices) {
    super(message);
    this.notices = List.copyOf(notices);
  }

  public GtfsException(String message, Throwable cause) {
    super(message, cause);
    this.notices = List.of();
  }

  public List<Notice> notices() {
    return notices;
  }
}
