package dev.loopline.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Beyond capacity a request waits its turn, then gets 503 with Retry-After; an oversized body gets 413 unread. */
class OverloadGuardTest {
  private static MockHttpServletRequest plan() {
    MockHttpServletRequest r = new MockHttpServletRequest("GET", "/api/plan");
    r.setRequestURI("/api/plan");
    return r;
  }

  @Test
  void aRequestBeyondCapacityWaitsThenGets503() throws Exception {
    OverloadGuard guard = new OverloadGuard(1, 0.3, 1 << 20, 1_000_000, new ObjectMapper());
    CountDownLatch working = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread busy = new Thread(() -> {
      try {
        guard.doFilter(plan(), new MockHttpServletResponse(), (req, res) -> {
          working.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    busy.start();
    assertTrue(working.await(10, TimeUnit.SECONDS));
    MockHttpServletResponse refused = new MockHttpServletResponse();
    long t0 = System.nanoTime();
    guard.doFilter(plan(), refused, (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(200));
    assertTrue(System.nanoTime() - t0 >= 250_000_000L, "it waited in line first");
    assertEquals(503, refused.getStatus());
    assertEquals("1", refused.getHeader("Retry-After"));
    assertTrue(refused.getContentAsString().contains("try again"), refused.getContentAsString());
    release.countDown();
    busy.join();
    MockHttpServletResponse served = new MockHttpServletResponse();
    guard.doFilter(plan(), served, (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(200));
    assertEquals(200, served.getStatus(), "a slot is free again");
  }

  @Test
  void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
    OverloadGuard guard = new OverloadGuard(4, 1, 1000, 1_000_000, new ObjectMapper());
    MockHttpServletRequest big = new MockHttpServletRequest("POST", "/api/proposals");
    big.setRequestURI("/api/proposals");
    big.setContentType("application/json");
    big.setContent(new byte[5000]);
    MockHttpServletResponse r = new MockHttpServletResponse();
    guard.doFilter(big, r, (req, res) -> {
      throw new AssertionError("the body reached the API");
    });
    assertEquals(413, r.getStatus());
    assertTrue(r.getContentType().startsWith("application/problem+json"));
  }

  @Test
  void anUploadIsJudgedByTheUploadLimitBeforeItIsRead() throws Exception {
    OverloadGuard guard = new OverloadGuard(4, 1, 1000, 10_000, new ObjectMapper());
    MockHttpServletRequest feed = new MockHttpServletRequest("POST", "/api/feeds/shapingba/versions");
    feed.setRequestURI("/api/feeds/shapingba/versions");
    feed.setContentType("multipart/form-data; boundary=x");
    feed.setContent(new byte[5000]);
    MockHttpServletResponse fits = new MockHttpServletResponse();
    guard.doFilter(feed, fits, (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(201));
    assertEquals(201, fits.getStatus(), "an upload above the JSON limit but within the upload limit passes");
    feed.setContent(new byte[20_000]);
    MockHttpServletResponse big = new MockHttpServletResponse();
    guard.doFilter(feed, big, (req, res) -> {
      throw new AssertionError("the upload reached the API");
    });
    assertEquals(413, big.getStatus());
    assertTrue(big.getContentAsString().contains("loopline.web.max-upload-bytes"), big.getContentAsString());
  }
}
