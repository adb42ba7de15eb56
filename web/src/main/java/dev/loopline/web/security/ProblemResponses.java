package dev.loopline.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Refusals as problem details, the API's error format: 401 when nobody is signed in (also for a missing CSRF token
 * then: the client must sign in first), 403 when the signed-in user lacks the role or the CSRF token is missing.
 * No {@code WWW-Authenticate: Basic} challenge is sent, so a browser never caches Basic credentials (which it would
 * then send on a forged cross-site request).
 */
final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {
  private final ObjectMapper json;

  /** @param json Spring's mapper, which writes a problem detail's extra properties at the top level */
  ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    write(response, HttpStatus.UNAUTHORIZED, "Sign in required", "sign in as a planner or an operator to "
        + request.getMethod() + " " + request.getRequestURI() + " (the browser: /login; API clients: HTTP Basic)");
  }

  @Override
  public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    Authentication who = SecurityContextHolder.getContext().getAuthentication();
    boolean anonymous = who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated();
    if (anonymous) {
      commence(request, response, null);
    } else if (e instanceof CsrfException) {
      write(response, HttpStatus.FORBIDDEN, "CSRF token missing or wrong", "send the XSRF-TOKEN cookie's value as"
          + " the X-XSRF-TOKEN header with every " + request.getMethod() + " (reload the page to get one)");
    } else {
      write(response, HttpStatus.FORBIDDEN, "Not allowed", who.getName() + " may not " + request.getMethod() + " "
          + request.getRequestURI() + ": it needs the role " + (operatorsOnly(request) ? "operator"
          : "planner or operator"));
    }
  }

  private static boolean operatorsOnly(HttpServletRequest request) {
    org.springframework.util.AntPathMatcher m = new org.springframework.util.AntPathMatcher();
    return "POST".equals(request.getMethod())
        && OperatorEndpoints.POSTS.stream().anyMatch(p -> m.match(p, request.getRequestURI()));
  }

  void write(HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), p);
  }
}
