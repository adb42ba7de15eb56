package dev.loopline.gtfs.read;

import dev.loopline.gtfs.geo.CoordinateSystem;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * How to read one feed.
 *
 * @param encoding the text encoding of every file, or {@code null} to detect it per file (a byte-order mark wins;
 *                 otherwise strict UTF-8, else GB18030, which covers GBK and GB2312, else windows-1252)
 * @param crs      the datum the feed's coordinates are in; they are converted to WGS-84 on read
 * @param limits   bounds on what a zip may inflate to (also applied to the files of a folder)
 */
public record ReadOptions(Charset encoding, CoordinateSystem crs, ZipLimits limits) {
  public ReadOptions {
    Objects.requireNonNull(crs, "crs");
    Objects.requireNonNull(limits, "limits");
  }

  /** Auto-detected encoding, WGS-84, default zip limits. */
  public static ReadOptions defaults() {
    return new ReadOptions(null, CoordinateSystem.WGS84, ZipLimits.defaults());
  }

  public ReadOptions withEncoding(Charset newEncoding) {
    return new ReadOptions(newEncoding, crs, limits);
  }

  public ReadOptions withCrs(CoordinateSystem newCrs) {
    return new ReadOptions(encoding, newCrs, limits);
  }

  public ReadOptions withLimits(ZipLimits newLimits) {
    return new ReadOptions(encoding, crs, newLimits);
  }
}
