package dev.loopline.gtfs.merge;

import dev.loopline.gtfs.read.GtfsRead;
import java.util.Objects;

/** A feed as read, with the id that namespaces its ids in the unified feed. */
public record MergeInput(String feedId, GtfsRead read) {
  public MergeInput {
    FeedSource.checkId(feedId);
    Objects.requireNonNull(read, "read");
  }
}
