package dev.loopline.planner.app;

import dev.loopline.gtfs.merge.FeedSource;
import dev.loopline.gtfs.merge.MergeOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Merge district feeds into one unified feed.
 *
 * @param feeds   the feeds, each with its id (which namespaces its ids), path, datum and encoding
 * @param options brand, twin-stop and link distances, repair
 * @param out     the unified GTFS zip to write
 * @param report  where to write the decisions as JSON, or {@code null}
 */
public record MergeRequest(List<FeedSource> feeds, MergeOptions options, Path out, Path report) {
  public MergeRequest {
    feeds = List.copyOf(feeds);
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(out, "out");
    if (feeds.isEmpty()) {
      throw InvalidRequestException.of("feeds", "no feeds to merge");
    }
  }
}
