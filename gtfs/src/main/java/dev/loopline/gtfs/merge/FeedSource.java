package dev.loopline.gtfs.merge;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.geo.CoordinateSystem;
import dev.loopline.gtfs.read.ReadOptions;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One feed to merge: its id (the namespace of its ids in the unified feed, e.g. {@code shapingba}), where it is,
 * and how to read it.
 *
 * @param id       letters, digits, {@code _}, {@code -} or {@code .}; no {@code :} since that separates the namespace
 * @param path     a GTFS zip or folder
 * @param crs      the datum its coordinates are published in ({@code null} means WGS-84)
 * @param encoding its text encoding, {@code null} to detect it
 */
public record FeedSource(String id, Path path, CoordinateSystem crs, Charset encoding) {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  public FeedSource {
    checkId(id);
    Objects.requireNonNull(path, "path");
    crs = crs == null ? CoordinateSystem.WGS84 : crs;
  }

  /** Rejects feed ids that cannot serve as a namespace, with a message saying what is allowed. */
  static void checkId(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new GtfsException("feed id '" + id + "' is not usable as a namespace: use letters, digits, '_', '-'"
          + " or '.', starting with a letter or digit (e.g. shapingba)");
    }
  }

  /** The reader options for this feed. */
  public ReadOptions readOptions() {
    return ReadOptions.defaults().withCrs(crs).withEncoding(encoding);
  }

  /**
   * Parses the command-line form {@code ID=PATH[,crs=gcj02][,encoding=gbk]}; a relative PATH is resolved against
   * {@code baseDir}.
   */
  public static FeedSource parse(String spec, Path baseDir) {
    int eq = spec.indexOf('=');
    if (eq <= 0) {
      throw new GtfsException("--feed '" + spec + "': expected ID=PATH[,crs=gcj02][,encoding=gbk]");
    }
    String id = spec.substring(0, eq).trim();
    String[] parts = spec.substring(eq + 1).split(",");
    if (parts[0].isBlank()) {
      throw new GtfsException("--feed '" + spec + "': the path after '=' is empty");
    }
    CoordinateSystem crs = CoordinateSystem.WGS84;
    Charset encoding = null;
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim();
      int e = p.indexOf('=');
      String key = e < 0 ? p : p.substring(0, e).trim();
      String value = e < 0 ? "" : p.substring(e + 1).trim();
      switch (key) {
        case "crs" -> crs = crs(value, "--feed '" + spec + "'");
        case "encoding" -> encoding = charset(value, "--feed '" + spec + "'");
        default -> throw new GtfsException("--feed '" + spec + "': unknown option '" + key
            + "' (expected crs=... or encoding=...)");
      }
    }
    return new FeedSource(id, baseDir.resolve(parts[0].trim()).normalize(), crs, encoding);
  }

  static CoordinateSystem crs(String value, String where) {
    try {
      return CoordinateSystem.parse(value);
    } catch (IllegalArgumentException e) {
      throw new GtfsException(where + ": " + e.getMessage());
    }
  }

  static Charset charset(String value, String where) {
    try {
      return Charset.forName(value);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new GtfsException(where + ": unknown encoding '" + value + "' (e.g. utf-8, gbk, gb18030)");
    }
  }
}
