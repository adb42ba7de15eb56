package dev.loopline.web.api;

import org.springframework.http.HttpStatus;

/** A refusal the API words itself (no such proposal, an id taken), answered as a problem detail. */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final HttpStatus status;
  private final String field;

  public ApiException(HttpStatus status, String field, String detail) {
    super(detail);
    this.status = status;
    this.field = field;
  }

  public HttpStatus status() {
    return status;
  }

  /** The parameter or JSON field at fault, or {@code null}. */
  public String field() {
    return field;
  }

  static ApiException notFound(String field, String detail) {
    return new ApiException(HttpStatus.NOT_FOUND, field, detail);
  }

  static ApiException badRequest(String field, String detail) {
    return new ApiException(HttpStatus.BAD_REQUEST, field, detail);
  }
}
