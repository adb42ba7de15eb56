package dev.loopline.planner.transit;

import org.opentripplanner.raptor.api.model.RaptorConstants;
import org.opentripplanner.raptor.api.model.RaptorTransferConstraint;
import org.opentripplanner.raptor.spi.RaptorBoardOrAlightEvent;
import org.opentripplanner.raptor.spi.RaptorTripScheduleSearch;

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
final class BoardingSearch implements RaptorTripScheduleSearch<TripSchedule>, RaptorBoardOrAlightEvent<TripSchedule> {
  private final PatternTimetable timetable;
  private final int[] departures;
  private final int size;
  private int tripIndex = RaptorConstants.NOT_FOUND;
  private int stopPos;
  private int time;
  private int earliestBoardTime;

  BoardingSearch(PatternTimetable timetable) {
    this.timetable = timetable;
    this.departures = timetable.departuresArray();
    this.size = timetable.numberOfTripSchedules();
  }

  @Override
  public RaptorBoardOrAlightEvent<TripSchedule> search(int earliestBoardTime, int stopPositionInPattern,
                                                       int tripIndexLimit) {
    this.earliestBoardTime = earliestBoardTime;
    this.stopPos = stopPositionInPattern;
    int base = stopPositionInPattern * size;
    int hi = tripIndexLimit == UNBOUNDED_TRIP_INDEX ? size : Math.min(tripIndexLimit, size);
    int lo = 0;
    // Binary search for the first departure >= earliestBoardTime among trips [0, hi).
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (departures[base + mid] < earliestBoardTime) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int limit = tripIndexLimit == UNBOUNDED_TRIP_INDEX ? size : Math.min(tripIndexLimit, size);
    // lo is the first trip departing at or after the time, or the limit when none does.
    if (lo < limit) {
      tripIndex = lo;
      time = departures[base + lo];
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
    return earliestBoardTime;
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
