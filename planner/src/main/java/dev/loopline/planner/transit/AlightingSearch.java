package dev.loopline.planner.transit;

import org.opentripplanner.raptor.spi.RaptorBoardOrAlightEvent;

/**
 * Reverse trip search, used when Raptor searches backwards in time (arrive-by, heuristics): the last trip of a
 * timetable that arrives at a stop position at or before the latest alighting time. With a trip-index limit
 * {@code k} only later trips (index above {@code k}) are considered. Like {@link BoardingSearch} it is its own
 * result event (flyweight); {@link #time()} is the arrival time.
 */
final class AlightingSearch extends TripSearchEvent {
  private final int[] arrivals;

  AlightingSearch(PatternTimetable timetable) {
    super(timetable);
    this.arrivals = timetable.arrivalsArray();
  }

  @Override
  public RaptorBoardOrAlightEvent<TripSchedule> search(int latestAlightTime, int stopPositionInPattern,
                                                       int tripIndexLimit) {
    begin(latestAlightTime, stopPositionInPattern);
    int base = stopPositionInPattern * size;
    int floor = tripIndexLimit == UNBOUNDED_TRIP_INDEX ? 0 : tripIndexLimit + 1;
    // Find the first index in [floor, size) arriving after the limit; the one before it is the answer.
    int lo = floor;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (arrivals[base + mid] <= latestAlightTime) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int found = lo - 1;
    if (found >= floor) {
      return found(found, arrivals[base + found]);
    }
    return notFound();
  }
}
