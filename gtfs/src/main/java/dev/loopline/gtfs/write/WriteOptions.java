package dev.loopline.gtfs.write;

import dev.loopline.gtfs.geo.CoordinateSystem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How to write a feed.
 *
 * @param encoding text encoding of every file; UTF-8 (without byte-order mark) is what GTFS requires, others are
 *                 for producing test feeds such as a GBK feed
 * @param crs      datum of the written coordinates: the feed's WGS-84 coordinates are converted into it; anything
 *                 but WGS-84 is for producing test feeds such as a GCJ-02 district feed
 * @param compressionLevel deflate level of zip entries, 0 (stored) to 9. The default, 1, deflates about five times
 *                 faster than the JDK's default 6 for zips about 17 % larger (Porto Alegre's EPTC: 1.08 MB instead
 *                 of 0.92 MB): GTFS text compresses well at any level, and Loopline rewrites feeds often (merges,
 *                 proposals)
 */
public record WriteOptions(Charset encoding, CoordinateSystem crs, int compressionLevel) {
  /** The default deflate level: fast. */
  public static final int FAST = 1;

  public WriteOptions {
    Objects.requireNonNull(encoding, "encoding");
    Objects.requireNonNull(crs, "crs");
    if (compressionLevel < 0 || compressionLevel > 9) {
      throw new IllegalArgumentException("compression level must be 0 to 9, not " + compressionLevel);
    }
  }

  /** The given encoding and datum, default compression. */
  public WriteOptions(Charset encoding, CoordinateSystem crs) {
    this(encoding, crs, FAST);
  }

  /** UTF-8, WGS-84, fast compression. */
  public static WriteOptions defaults() {
    return new WriteOptions(StandardCharsets.UTF_8, CoordinateSystem.WGS84, FAST);
  }

  public WriteOptions withEncoding(Charset newEncoding) {
    return new WriteOptions(newEncoding, crs, compressionLevel);
  }

  public WriteOptions withCrs(CoordinateSystem newCrs) {
    return new WriteOptions(encoding, newCrs, compressionLevel);
  }

  public WriteOptions withCompressionLevel(int level) {
    return new WriteOptions(encoding, crs, level);
  }
}
