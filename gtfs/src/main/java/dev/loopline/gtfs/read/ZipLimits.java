package dev.loopline.gtfs.read;

/**
 * Bounds on what a zip may inflate to, enforced while inflating (the sizes a zip declares in its headers are not
 * trusted), so a hostile or broken archive fails with a clear message instead of exhausting memory.
 *
 * @param maxEntryBytes       largest uncompressed size of one file
 * @param maxTotalBytes       largest uncompressed size of all files read
 * @param maxEntries          most entries the archive may list
 * @param maxCompressionRatio largest uncompressed/compressed ratio of an entry once it passes 1 MiB; real GTFS text
 *                            compresses 5-30x, deliberate bombs 1,000x and more
 */
public record ZipLimits(long maxEntryBytes, long maxTotalBytes, int maxEntries, double maxCompressionRatio) {
  /** The reader holds one file's bytes in an array, so no file may exceed the JVM's array limit. */
  static final long ARRAY_LIMIT = Integer.MAX_VALUE - 16;

  public ZipLimits {
    if (maxEntryBytes <= 0 || maxTotalBytes <= 0 || maxEntries <= 0 || !(maxCompressionRatio >= 1)) {
      throw new IllegalArgumentException("zip limits must be positive (ratio >= 1): " + maxEntryBytes + ", "
          + maxTotalBytes + ", " + maxEntries + ", " + maxCompressionRatio);
    }
  }

  /** 1 GiB per file, 4 GiB in all, 10,000 entries, ratio 200. */
  public static ZipLimits defaults() {
    return new ZipLimits(1L << 30, 4L << 30, 10_000, 200);
  }
}
