package dev.loopline.planner.score;

import java.util.List;

/**
 * A feed ready for accessibility searches: its stops in the search's own index order, and the search.
 */
public record TransitSearchSpace(List<StopPoint> stops, TransitArrivals search) {
  public TransitSearchSpace {
    stops = List.copyOf(stops);
  }

  /** Builds the search space of a feed (the baseline, or a scenario with a proposal's trips). */
  @FunctionalInterface
  public interface Factory {
    TransitSearchSpace forFeed(dev.loopline.gtfs.model.Feed feed);
  }
}
