package dev.loopline.web.api;

import dev.loopline.planner.app.InvalidRequestException;
import dev.loopline.planner.network.NetworkException;
import dev.loopline.planner.proposal.ProposalException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import dev.loopline.web.feeds.FeedRefusedException;
import dev.loopline.web.security.OverloadGuard;
import org.springframework.beans.factory.annotation.Value;
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

  private final long maxUploadBytes;

  public ApiProblems(@Value("${" + OverloadGuard.MAX_UPLOAD_PROPERTY + ":268435456}") long maxUploadBytes) {
    this.maxUploadBytes = maxUploadBytes;
  }

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

  @ExceptionHandler(ApiException.class)
  ProblemDetail api(ApiException e) {
    return problem(e.status(), e.status().getReasonPhrase(), e.getMessage(), e.field());
  }

  @ExceptionHandler(FeedRefusedException.class)
  ProblemDetail feedRefused(FeedRefusedException e) {
    HttpStatus status = HttpStatus.valueOf(e.status());
    ProblemDetail p = problem(status, status == HttpStatus.UNPROCESSABLE_ENTITY ? "Invalid feed"
        : status.getReasonPhrase(), e.getMessage(), e.field());
    if (!e.notices().isEmpty()) {
      p.setProperty("notices", FeedController.views(e.notices()));
    }
    return p;
  }

  /** An upload beyond the limit, when its size was not declared up front ({@code OverloadGuard} refuses the rest). */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
    return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Upload too large", "file: larger than the upload limit of "
        + maxUploadBytes + " bytes (" + OverloadGuard.MAX_UPLOAD_PROPERTY + ")", "file");
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ProblemDetail missingPart(MissingServletRequestPartException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getRequestPartName()
        + ": required (send the feed as multipart/form-data with a part named 'file')", e.getRequestPartName());
  }

  @ExceptionHandler(MultipartException.class)
  ProblemDetail multipart(MultipartException e) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", "file: the upload could not be read as"
        + " multipart/form-data (" + e.getMostSpecificCause().getMessage() + ")", "file");
  }

  @ExceptionHandler(ProposalException.class)
  ProblemDetail proposal(ProposalException e) {
    // A JSON proposal has no file or line: the detail starts with the field, as every other problem's does.
    String detail = e.getMessage();
    String file = e.file() + ": ";
    return problem(HttpStatus.BAD_REQUEST, "Invalid proposal",
        detail.startsWith(file) ? detail.substring(file.length()) : detail, e.field());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getMostSpecificCause();
    String why = cause instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
        : "missing or not JSON";
    return problem(HttpStatus.BAD_REQUEST, "Invalid request", "body: " + why, "body");
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
