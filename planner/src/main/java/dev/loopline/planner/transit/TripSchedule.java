package dev.loopline.planner.transit;

import org.opentripplanner.raptor.api.model.RaptorTripPattern;
import org.opentripplanner.raptor.api.model.RaptorTripSchedule;

/**
 * One trip as Raptor sees it: its times at each stop position of its {@link TripPattern}, and its place
 * ({@link #tripSortIndex()}) in the pattern's timetable, which is sorted so that a later index never departs or
 * arrives earlier at any stop. The GTFS details (trip id, route, headsign) come from {@link #source()}.
 */
public final class TripSchedule implements RaptorTripSchedule {
  private final TripPattern pattern;
  private final int sortIndex;
  private final ScheduledTrip source;

  TripSchedule(TripPattern pattern, int sortIndex, ScheduledTrip source) {
    this.pattern = pattern;
    this.sortIndex = sortIndex;
    this.source = source;
  }

  @Override
  public int tripSortIndex() {
    return sortIndex;
  }

  @Override
  public int arrival(int stopPosInPattern) {
    return source.arrivals()[stopPosInPattern];
  }

  @Override
  public int departure(int stopPosInPattern) {
    return source.departures()[stopPosInPattern];
  }

  @Override
  public RaptorTripPattern pattern() {
    return pattern;
  }

  /** The pattern with Loopline's own accessors (the route, the stops). */
  public TripPattern tripPattern() {
    return pattern;
  }

  public ScheduledTrip source() {
    return source;
  }

  @Override
  public String toString() {
    return source.displayId();
  }
}
