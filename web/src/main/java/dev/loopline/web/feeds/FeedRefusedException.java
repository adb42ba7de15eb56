package dev.loopline.web.feeds;

import dev.loopline.gtfs.Notice;
import java.util.List;

/**
 * A feed upload or a merge refused, with what the API answers: the HTTP status, the request field at fault and,
 * for a feed that does not validate, its first errors (file, line, field).
 */
public final class FeedRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String field;
  private final transient List<Notice> notices;

  FeedRefusedException(int status, String field, String detail, List<Notice> notices) {
    super(detail);
    this.status = status;
    this.field = field;
    this.notices = List.copyOf(notices);
  }

  FeedRefusedException(int status, String field, String detail) {
    this(status, field, detail, List.of());
  }

  public int status() {
    return status;
  }

  public String field() {
    return field;
  }

  /** The notices that made the feed fail (the first few), empty when the refusal is not about its content. */
  public List<Notice> notices() {
    return notices;
  }
}
