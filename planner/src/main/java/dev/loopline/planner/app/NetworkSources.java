package dev.loopline.planner.app;

import java.nio.file.Path;

/**
 * The files a network was made from that a user may want to see beside it (operators look at the district feeds
 * and the merge's decisions; planners start from proposals on file). Each is {@code null} when not known.
 *
 * @param feeds       the district feeds' list ({@code feeds.yaml}, as {@code merge --feeds} reads it)
 * @param mergeReport the merge's report ({@code merge --report})
 * @param proposals   a folder of proposal files (YAML or JSON)
 */
public record NetworkSources(Path feeds, Path mergeReport, Path proposals) {
  public static final NetworkSources NONE = new NetworkSources(null, null, null);
}
