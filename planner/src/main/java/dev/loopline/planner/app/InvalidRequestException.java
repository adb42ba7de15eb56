package dev.loopline.planner.app;

/**
 * A request value a service cannot work with: out of range, unparseable, or at odds with another value. Carries the
 * request field so that each adapter can name it the way its users know it: the command line as an option
 * ({@code --traffic-factor: must be between 1 and 5, got 7.0}), the web as a JSON field in a problem detail.
 *
 * <p>The message is {@code field + detail}; {@link #detail()} begins with the separator (": " or " "), so an
 * adapter renders {@code itsNameFor(field) + detail()}. A message that names no single field has a {@code null}
 * field and the whole message as detail.
 */
public final class InvalidRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String field;
  private final String detail;

  private InvalidRequestException(String field, String detail) {
    super(field == null ? detail : field + detail);
    this.field = field;
    this.detail = detail;
  }

  /** {@code field: problem}, e.g. {@code trafficFactor: must be between 1 and 5, got 7.0}. */
  public static InvalidRequestException of(String field, String problem) {
    return new InvalidRequestException(field, ": " + problem);
  }

  /** {@code field rest}, a sentence with the field as its subject, e.g. {@code scale must be between 1 and 16}. */
  public static InvalidRequestException sentence(String field, String rest) {
    return new InvalidRequestException(field, " " + rest);
  }

  /** A problem of the request as a whole, or of several fields; the message is shown as it is. */
  public static InvalidRequestException general(String message) {
    return new InvalidRequestException(null, message);
  }

  /** The request field (a record component name such as {@code trafficFactor}), or {@code null}. */
  public String field() {
    return field;
  }

  /** The message after the field name, starting with its separator; the whole message when there is no field. */
  public String detail() {
    return detail;
  }
}
