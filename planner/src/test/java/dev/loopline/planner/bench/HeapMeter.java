package dev.loopline.planner.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap in use after full collections: the difference before and after building a structure (while holding on to
 * it) is what that structure costs, object headers and padding included, which no size estimate sees.
 */
public final class HeapMeter {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  private HeapMeter() {}

  /** Runs the collector until the used heap stops shrinking (at most a few rounds). */
  public static void collect() {
    long last = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long used = MEMORY.getHeapMemoryUsage().getUsed();
      if (used >= last - 64 * 1024) {
        break;
      }
      last = used;
    }
  }

  /** Bytes of heap in use after collecting garbage. */
  public static long usedAfterGc() {
    collect();
    return MEMORY.getHeapMemoryUsage().getUsed();
  }
}
