package dev.loopline.web.security;

import java.util.List;

/**
 * What only operators may do: change the district feeds (upload a version) and merge them. Planners read the
 * feeds, their versions and the merges like operators, but the network's inputs are the operators' to change.
 */
public final class OperatorEndpoints {
  private OperatorEndpoints() {}

  /** POST paths under {@code /api} for the role {@code operator} only (Ant patterns). */
  public static final List<String> POSTS = List.of("/api/feeds/*/versions", "/api/merges");
}
