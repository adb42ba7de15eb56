package dev.loopline.osm;

import java.nio.file.Path;

/**
 * Street, district or population input that cannot be used: a missing or corrupt OSM file, an extract without
 * streets, GeoJSON that is not polygons, a CSV with a bad number. The message is one sentence for the user that names
 * the file, and where it helps the line and field, so the CLI can print it without a stack trace. Nothing is written
 * (no cache entry, no partial result) when this is thrown.
 */
public class StreetInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path file;
  private final int line;
  private final String field;

  /** A problem with the file as a whole. */
  public StreetInputException(Path file, String problem) {
    this(file, 0, null, problem, null);
  }

  /** A problem with the file as a whole, caused by a lower-level failure. */
  public StreetInputException(Path file, String problem, Throwable cause) {
    this(file, 0, null, problem, cause);
  }

  /** A problem at a line (1-based; 0 when not known) and field (null when not about one field). */
  public StreetInputException(Path file, int line, String field, String problem) {
    this(file, line, field, problem, null);
  }

  /** A problem at a line and field, caused by a lower-level failure. */
  public StreetInputException(Path file, int line, String field, String problem, Throwable cause) {
    super(format(file, line, field, problem), cause);
    this.file = file;
    this.line = line;
    this.field = field;
  }

  private static String format(Path file, int line, String field, String problem) {
    StringBuilder sb = new StringBuilder();
    sb.append(file == null ? "<input>" : file.toString());
    if (line > 0) {
      sb.append(':').append(line);
    }
    if (field != null) {
      sb.append(" field '").append(field).append('\'');
    }
    return sb.append(": ").append(problem).toString();
  }

  /** The offending file, or null when the input did not come from a file. */
  public Path file() {
    return file;
  }

  /** The 1-based line of the problem, or 0 when it concerns the whole file. */
  public int line() {
    return line;
  }

  /** The offending field (column, GeoJSON property), or null. */
  public String field() {
    return field;
  }
}
