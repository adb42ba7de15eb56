package dev.loopline.gtfs.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Whole-buffer scans done eight bytes at a time (SWAR): the reader looks at every byte of a feed twice before
 * parsing (is it ASCII? how many lines?), and a byte loop would cost as much as the parse of small files.
 */
final class Bytes {
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long LOW_BITS = 0x0101010101010101L;

  private Bytes() {}

  /** Whether every byte is below 0x80. */
  static boolean isAscii(byte[] b) {
    int i = 0;
    int n = b.length;
    for (; i + 8 <= n; i += 8) {
      if (((long) LONGS.get(b, i) & HIGH_BITS) != 0) {
        return false;
      }
    }
    for (; i < n; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }

  /** How many bytes equal {@code value}. */
  static int count(byte[] b, byte value) {
    long pattern = LOW_BITS * (value & 0xff);
    int count = 0;
    int i = 0;
    int n = b.length;
    for (; i + 8 <= n; i += 8) {
      long x = (long) LONGS.get(b, i) ^ pattern;
      // A byte of x is zero exactly where the input matched; this marks each zero byte with its high bit, exactly
      // (no false positives from borrows, unlike the shorter (x - LOW) & ~x form).
      long zeros = ~(((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | x | 0x7F7F7F7F7F7F7F7FL);
      count += Long.bitCount(zeros);
    }
    for (; i < n; i++) {
      if (b[i] == value) {
        count++;
      }
    }
    return count;
  }
}
