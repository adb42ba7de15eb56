package dev.loopline.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the server standing beyond its capacity: at most {@code loopline.web.max-concurrent} API requests work at
 * once (trip planning is CPU-bound: more at once only makes each slower and the heap fuller); the next ones wait in
 * line up to {@code loopline.web.queue-seconds}, and a request still waiting then gets 503 with {@code Retry-After}
 * instead of a server that falls over. Bodies larger than {@code loopline.web.max-body-bytes} (uploads: larger than
 * {@value #MAX_UPLOAD_PROPERTY}, default 256 MiB) are refused with 413 before they are read.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OverloadGuard extends OncePerRequestFilter {
  /** The largest upload (a district feed), in bytes; Spring's multipart limits are set from it. */
  public static final String MAX_UPLOAD_PROPERTY = "loopline.web.max-upload-bytes";
  private final Semaphore slots;
  private final long queueMillis;
  private final long maxBodyBytes;
  private final long maxUploadBytes;
  private final ProblemResponses problems;

  public OverloadGuard(@Value("${loopline.web.max-concurrent:0}") int maxConcurrent,
                       @Value("${loopline.web.queue-seconds:30}") double queueSeconds,
                       @Value("${loopline.web.max-body-bytes:2097152}") long maxBodyBytes,
                       @Value("${" + MAX_UPLOAD_PROPERTY + ":268435456}") long maxUploadBytes, ObjectMapper json) {
    int n = maxConcurrent > 0 ? maxConcurrent : Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    this.slots = new Semaphore(n, true);
    this.queueMillis = Math.round(queueSeconds * 1000);
    this.maxBodyBytes = maxBodyBytes;
    this.maxUploadBytes = maxUploadBytes;
    this.problems = new ProblemResponses(json);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    boolean upload = String.valueOf(request.getContentType()).startsWith("multipart/");
    if (length > (upload ? maxUploadBytes : maxBodyBytes)) {
      problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, upload ? "Upload too large" : "Request body too large",
          upload ? "file: the upload has " + length + " bytes; the limit is " + maxUploadBytes + " ("
              + MAX_UPLOAD_PROPERTY + ")"
              : "the body has " + length + " bytes; the limit is " + maxBodyBytes + " (loopline.web.max-body-bytes)");
      return;
    }
    boolean admitted;
    try {
      admitted = slots.tryAcquire(queueMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      admitted = false;
    }
    if (!admitted) {
      response.setHeader("Retry-After", String.valueOf(Math.max(1, queueMillis / 1000)));
      problems.write(response, HttpStatus.SERVICE_UNAVAILABLE, "Busy", "the server is answering as many requests as"
          + " it can; this one waited " + queueMillis / 1000.0 + " s in line: try again shortly");
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      slots.release();
    }
  }
}
