package dev.loopline.planner.app;

import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.Severity;
import dev.loopline.gtfs.validate.FeedValidator;
import java.util.List;

/**
 * What a feed check found.
 *
 * @param source  the feed as named in notices (its file or folder name)
 * @param notices every problem, in the order the validator reports them
 */
public record ValidateResult(String source, List<Notice> notices) {
  public ValidateResult {
    notices = List.copyOf(notices);
  }

  /** Notices of one severity. */
  public long count(Severity severity) {
    return FeedValidator.count(notices, severity);
  }

  /** True when there is no ERROR: the feed can be used as it is. */
  public boolean valid() {
    return count(Severity.ERROR) == 0;
  }
}
