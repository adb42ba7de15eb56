package dev.loopline.planner.app;

import dev.loopline.gtfs.geo.CoordinateSystem;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Check one GTFS feed.
 *
 * @param feed     a GTFS zip or folder
 * @param crs      the datum its coordinates are in (converted to WGS-84 on read)
 * @param encoding the text encoding of its files, or {@code null} to detect it per file
 */
public record ValidateRequest(Path feed, CoordinateSystem crs, Charset encoding) {
  public ValidateRequest {
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(crs, "crs");
  }

  /**
   * A request from text values as users type them.
   *
   * @param crs      {@code wgs84}, {@code gcj02} or {@code bd09}
   * @param encoding a charset name such as {@code gbk}, or {@code null} to detect
   * @throws InvalidRequestException naming {@code crs} or {@code encoding}
   */
  public static ValidateRequest of(Path feed, String crs, String encoding) {
    return new ValidateRequest(feed, coordinateSystem(crs), charset(encoding));
  }

  /** Parses a datum name; the error names the field {@code crs}. */
  public static CoordinateSystem coordinateSystem(String text) {
    try {
      return CoordinateSystem.parse(text);
    } catch (IllegalArgumentException e) {
      throw InvalidRequestException.of("crs", e.getMessage());
    }
  }

  /** Parses a charset name ({@code null} stays {@code null}: detect); the error names the field {@code encoding}. */
  public static Charset charset(String name) {
    if (name == null) {
      return null;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw InvalidRequestException.of("encoding", "unknown encoding '" + name + "' (e.g. utf-8, gbk, gb18030)");
    }
  }
}
