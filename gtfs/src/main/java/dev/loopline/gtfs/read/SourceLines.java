package dev.loopline.gtfs.read;

/**
 * Where each entity of a read {@link dev.loopline.gtfs.model.Feed} came from, so that later checks (validator,
 * merger) can name the line a user must fix. stop_times rows carry their own line
 * ({@link dev.loopline.gtfs.model.StopTimes#line(int)}).
 */
public interface SourceLines {
  /** Knows no lines: for feeds that were built, not read. */
  SourceLines NONE = (fileName, index) -> 0;

  /**
   * The 1-based line (header = 1) of the {@code index}-th entity of that file's list in the feed, e.g.
   * {@code line("trips.txt", 3)} for {@code feed.trips().get(3)}; 0 when unknown. A quoted field spanning lines
   * makes later rows start further down; the line given is where the row starts. feed_info.txt has index 0.
   */
  long line(String fileName, int index);
}
