package dev.loopline.web.security;

import java.util.List;

/**
 * What anyone may call without signing in: the residents' trip planner and the public view of the network (reads
 * only), the map tiles, the pages and the API description. Everything else under {@code /api} needs a planner or an
 * operator, so an endpoint added later is protected until it is listed here on purpose.
 */
public final class PublicEndpoints {
  private PublicEndpoints() {}

  /** GET paths under {@code /api} open to everyone (Ant patterns). */
  public static final List<String> API_READS = List.of("/api/network", "/api/stops", "/api/plan", "/api/layers/**",
      "/api/travel-time", "/api/config");
}
