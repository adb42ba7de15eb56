package dev.loopline.gtfs.read;

import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.Severity;
import dev.loopline.gtfs.model.Feed;
import java.util.List;

/**
 * What reading a feed produced: the feed, the row-level problems found on the way (rows skipped, fields left
 * empty, encodings guessed; each says which) and where every entity came from.
 *
 * @param source  the zip or folder as given, for messages
 * @param feed    the feed, coordinates in WGS-84
 * @param notices problems that did not stop the read, in file order
 * @param lines   source line of every entity
 */
public record GtfsRead(String source, Feed feed, List<Notice> notices, SourceLines lines) {
  public GtfsRead {
    notices = List.copyOf(notices);
  }

  /** The notices of ERROR severity. */
  public List<Notice> errors() {
    return notices.stream().filter(n -> n.severity() == Severity.ERROR).toList();
  }
}
