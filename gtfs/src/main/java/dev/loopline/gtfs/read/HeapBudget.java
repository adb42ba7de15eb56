package dev.loopline.gtfs.read;

import dev.loopline.gtfs.GtfsException;
import java.util.Locale;

/**
 * Asks, before a large allocation, whether it fits in the Java heap, so that a file too large for the memory given
 * is refused with a sentence saying how to give more instead of an {@link OutOfMemoryError} somewhere later. The
 * answer is an estimate (garbage not yet collected counts as used until a collection is asked for), so it only
 * refuses what clearly cannot fit.
 */
final class HeapBudget {
  private HeapBudget() {}

  /**
   * Throws when {@code bytes} more cannot be allocated, even after a collection.
   *
   * @param what the file being read, for the message ({@code "beibei.zip: stop_times.txt"})
   */
  static void ensure(long bytes, String what) {
    if (bytes <= free()) {
      return;
    }
    System.gc(); // rare path: only when the estimate says no; a collection turns garbage into free heap
    if (bytes <= free()) {
      return;
    }
    long max = Runtime.getRuntime().maxMemory();
    throw new GtfsException(String.format(Locale.ROOT, "%s: needs %s more memory than the Java heap has free "
        + "(limit %s); give more with LOOPLINE_JAVA_OPTS=-Xmx%dg", what, mib(bytes), mib(max),
        Math.max(2, 2 * ((max + (1L << 30) - 1) >> 30))));
  }

  /** What the heap can still grow into: its limit minus what is in use now. */
  private static long free() {
    Runtime r = Runtime.getRuntime();
    return r.maxMemory() - (r.totalMemory() - r.freeMemory());
  }

  static String mib(long bytes) {
    return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30))
        : String.format(Locale.ROOT, "%d MiB", Math.max(1, bytes >> 20));
  }
}
