package dev.loopline.web.api;

import dev.loopline.planner.app.InvalidRequestException;
import dev.loopline.planner.network.NetworkException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every expected failure as an RFC 7807 problem detail ({@code application/problem+json}): status, a title, the
 * one-line {@code detail} a user can act on and, when one parameter or JSON field is at fault, its name in
 * {@code field} (as the client spelt it). Statuses follow the application layer's table: a bad value is 400, a
 * network that lacks what the operation needs 409.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's own problem-detail handler, which names no field
public class ApiProblems {
  /** Request fields whose HTTP parameter has another name. */
  private static final Map<String, String> PARAMETER_OF_FIELD = Map.of("itineraries", "n");

  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail invalid(InvalidRequestException e) {
    if (e.field() == null) {
      return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), null);
    }
    String field = PARAMETER_OF_FIELD.getOrDefault(e.field(), e.field());
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", field + e.detail(), field);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ProblemDetail missing(MissingServletRequestParameterException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getParameterName() + ": required", e.getParameterName());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
    String expected = e.getRequiredType() == null ? "another value" : switch (e.getRequiredType().getSimpleName()) {
      case "int", "Integer" -> "a whole number";
      case "double", "Double" -> "a number";
      case "boolean", "Boolean" -> "true or false";
      default -> "a " + e.getRequiredType().getSimpleName();
    };
    return problem(HttpStatus.BAD_REQUEST, "Invalid request",
        e.getName() + ": expected " + expected + ", got '" + e.getValue() + "'", e.getName());
  }

  @ExceptionHandler(NetworkException.class)
  ProblemDetail network(NetworkException e) {
    return problem(HttpStatus.CONFLICT, "The network cannot answer this", e.getMessage(), null);
  }

  static ProblemDetail problem(HttpStatus status, String title, String detail, String field) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    if (field != null) {
      p.setProperty("field", field);
    }
    return p;
  }
}
