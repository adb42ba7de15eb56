package dev.loopline.gtfs.read;

import java.util.HashMap;
import java.util.Map;

/**
 * Remembers the primary keys of one file. The first row with a key wins, later ones are reported and skipped: a
 * second definition of stop "S1" makes every reference to it ambiguous, and no consumer can guess which was meant.
 */
final class DuplicateGuard {
  private final Table table;
  private final String what;
  private final int col;
  private final Map<String, Integer> firstLine = new HashMap<>();

  /**
   * @param what how the key is named in messages, e.g. {@code stop_id} or {@code (service_id, date)}
   * @param col  the column the notice names
   */
  DuplicateGuard(Table table, String what, int col) {
    this.table = table;
    this.what = what;
    this.col = col;
  }

  /** Whether the current row repeats a key already seen; if so it is logged as skipped. */
  boolean isDuplicate(String key, String shownKey) {
    Integer first = firstLine.putIfAbsent(key, table.line());
    if (first == null) {
      return false;
    }
    table.error("duplicate_key", col, "duplicate " + what + " " + shownKey + " (first on line " + first
        + "); row skipped");
    return true;
  }

  /** Records a key kept earlier, without a check (when switching to full checking midway through a file). */
  void remember(String key, int line) {
    firstLine.putIfAbsent(key, line);
  }

  boolean isDuplicate(String key) {
    return isDuplicate(key, "'" + key + "'");
  }
}
