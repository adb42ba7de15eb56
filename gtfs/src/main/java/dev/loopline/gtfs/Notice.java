package dev.loopline.gtfs;

/**
 * One finding about an input: what ({@code code}, a stable snake_case name such as {@code missing_required_field}),
 * where ({@code file}, 1-based {@code line} with the header as line 1, or 0 when the notice is about the whole file;
 * {@code field}, or {@code null}) and a sentence for people.
 */
public record Notice(Severity severity, String code, String file, long line, String field, String message) {

  /** One line for terminals: {@code ERROR stops.txt:12 stop_lat: latitude 91.2 is out of range [-90, 90]}. */
  public String format() {
    StringBuilder sb = new StringBuilder();
    sb.append(severity).append(' ');
    if (file != null) {
      sb.append(file);
      if (line > 0) {
        sb.append(':').append(line);
      }
      sb.append(' ');
    }
    if (field != null) {
      sb.append(field).append(": ");
    }
    return sb.append(message).toString();
  }
}
