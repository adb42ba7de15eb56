package dev.loopline.gtfs.read;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.GtfsException;
import org.junit.jupiter.api.Test;

/** A file that cannot fit in the heap is refused before the allocation, with how to give more memory. */
class HeapBudgetTest {
  @Test
  void aRequestBeyondTheHeapIsRefusedWithHowToGiveMore() {
    long max = Runtime.getRuntime().maxMemory();
    GtfsException e = assertThrows(GtfsException.class, () -> HeapBudget.ensure(max + 1, "big.zip: stop_times.txt"));
    assertTrue(e.getMessage().startsWith("big.zip: stop_times.txt: needs "), e.getMessage());
    assertTrue(e.getMessage().matches(".*more memory than the Java heap has free \\(limit .*\\); give more with "
        + "LOOPLINE_JAVA_OPTS=-Xmx\\d+g"), e.getMessage());
    assertDoesNotThrow(() -> HeapBudget.ensure(1 << 20, "small"));
  }
}
