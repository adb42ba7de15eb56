package dev.loopline.planner.transit;

import org.opentripplanner.raptor.api.model.RaptorConstants;
import org.opentripplanner.raptor.api.model.RaptorTransferConstraint;
import org.opentripplanner.raptor.spi.RaptorBoardOrAlightEvent;
import org.opentripplanner.raptor.spi.RaptorTripScheduleSearch;

/**
 * Reverse trip search, used when Raptor searches backwards in time (arrive-by, heuristics): the last trip of a
 * timetable that arrives at a stop position at or before the latest alighting time. With a trip-index limit
 * {@code k} only later trips (index above {@code k}) are considered. Like {@link BoardingSearch} it is its own
 * result event (flyweight); {@link #time()} is the arrival time.
 */
final class AlightingSearch implements RaptorTripScheduleSearch<TripSchedule>, RaptorBoardOrAlightEvent<TripSchedule> {
  private final PatternTimetable timetable;
  private final int[] arrivals;
  private final int size;
  private int tripIndex = RaptorConstants.NOT_FOUND;
  private int stopPos;
  private int time;
  private int latestAlightTime;

  AlightingSearch(PatternTimetable timetable) {
    this.timetable = timetable;
    this.arrivals = timetable.arrivalsArray();
    this.size = timetable.numberOfTripSchedules();
  }

  @Override
  public RaptorBoardOrAlightEvent<TripSchedule> search(int latestAlightTime, int stopPositionInPattern,
                                                       int tripIndexLimit) {
    this.latestAlightTime = latestAlightTime;
    this.stopPos = stopPositionInPattern;
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
      tripIndex = found;
      time = arrivals[base + found];
    } else {
      tripIndex = RaptorConstants.NOT_FOUND;
    }
    return this;
  }

  @Override
  public int tripIndex() {
    return tripIndex;
  }

  @Override
  public TripSchedule trip() {
    return tripIndex < 0 ? null : timetable.getTripSchedule(tripIndex);
  }

  @Override
  public int stopPositionInPattern() {
    return stopPos;
  }

  @Override
  public int time() {
    return time;
  }

  @Override
  public int earliestBoardTime() {
    return latestAlightTime;
  }

  @Override
  public RaptorTransferConstraint transferConstraint() {
    return RaptorTransferConstraint.REGULAR_TRANSFER;
  }

  @Override
  public boolean empty() {
    return tripIndex < 0;
  }
}
