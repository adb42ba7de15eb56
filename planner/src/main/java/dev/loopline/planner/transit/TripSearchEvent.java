package dev.loopline.planner.transit;

import org.opentripplanner.raptor.api.model.RaptorConstants;
import org.opentripplanner.raptor.api.model.RaptorTransferConstraint;
import org.opentripplanner.raptor.spi.RaptorBoardOrAlightEvent;
import org.opentripplanner.raptor.spi.RaptorTripScheduleSearch;

/**
 * What the forward ({@link BoardingSearch}) and reverse ({@link AlightingSearch}) trip searches share: each search
 * is also its own result event (a flyweight, valid until the next call), because Raptor calls it in its innermost
 * loop. Subclasses do the binary search and report the outcome with {@link #found} or {@link #notFound}.
 */
abstract class TripSearchEvent
    implements RaptorTripScheduleSearch<TripSchedule>, RaptorBoardOrAlightEvent<TripSchedule> {
  protected final PatternTimetable timetable;
  /** Trips in the timetable; times of stop position {@code p} start at index {@code p * size}. */
  protected final int size;
  private int tripIndex = RaptorConstants.NOT_FOUND;
  private int stopPos;
  private int time;
  private int requestedTime;

  TripSearchEvent(PatternTimetable timetable) {
    this.timetable = timetable;
    this.size = timetable.numberOfTripSchedules();
  }

  /** Starts a search: remembers what Raptor asked for. */
  protected final void begin(int requestedTime, int stopPositionInPattern) {
    this.requestedTime = requestedTime;
    this.stopPos = stopPositionInPattern;
  }

  protected final TripSearchEvent found(int tripIndex, int time) {
    this.tripIndex = tripIndex;
    this.time = time;
    return this;
  }

  protected final TripSearchEvent notFound() {
    this.tripIndex = RaptorConstants.NOT_FOUND;
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

  /** Departure time of the boarded trip (forward) or arrival time of the alighted trip (reverse). */
  @Override
  public int time() {
    return time;
  }

  /** The time Raptor searched from: earliest boarding time forward, latest alighting time in reverse. */
  @Override
  public int earliestBoardTime() {
    return requestedTime;
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
