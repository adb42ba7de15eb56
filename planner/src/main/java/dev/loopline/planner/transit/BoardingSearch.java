package dev.loopline.planner.transit;

import org.opentripplanner.raptor.spi.RaptorBoardOrAlightEvent;

/**
 * Forward trip search ("which trip can I board?"): the first trip of a timetable that departs from a stop
 * position at or after the earliest boarding time. Binary search over the sorted departures of that position.
 *
 * <p>When Raptor is already riding trip {@code k} of this pattern it passes {@code k} as the limit and only
 * earlier trips (index below {@code k}) are considered: a later one can never be better.
 *
 * <p>Raptor calls this in its innermost loop, so the search is also the result (a flyweight): the returned event
 * is this object, valid until the next call.
 */
final class BoardingSearch extends TripSearchEvent {
  private final int[] departures;

  BoardingSearch(PatternTimetable timetable) {
    super(timetable);
    this.departures = timetable.departuresArray();
  }

  @Override
  public RaptorBoardOrAlightEvent<TripSchedule> search(int earliestBoardTime, int stopPositionInPattern,
                                                       int tripIndexLimit) {
    begin(earliestBoardTime, stopPositionInPattern);
    int base = stopPositionInPattern * size;
    int limit = tripIndexLimit == UNBOUNDED_TRIP_INDEX ? size : Math.min(tripIndexLimit, size);
    int lo = 0;
    int hi = limit;
    // Binary search for the first departure >= earliestBoardTime among trips [0, hi).
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (departures[base + mid] < earliestBoardTime) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    // lo is the first trip departing at or after the time, or the limit when none does.
    if (lo < limit) {
      return found(lo, departures[base + lo]);
    }
    return notFound();
  }
}
