package dev.loopline.planner.transit;

import dev.loopline.gtfs.model.Route;
import java.util.Arrays;
import org.opentripplanner.raptor.api.model.RaptorTripPattern;

/**
 * A pattern: the ordered stops that a set of trips of one route all visit, with the same pickup and drop-off
 * rules at each stop. Raptor scans a pattern stop by stop, so every trip in it must visit exactly these stops in
 * this order. A stop may appear twice (loop routes).
 *
 * <p>Each pattern has exactly one {@link PatternTimetable}; when trips of the same stop sequence overtake each
 * other they are split over several patterns so each timetable stays sorted (see {@link PatternGrouper}).
 */
public final class TripPattern implements RaptorTripPattern {
  /** Slack index of bus-like modes. */
  public static final int SLACK_BUS = 0;
  /** Slack index of rail modes (metro, train, tram, monorail). */
  public static final int SLACK_RAIL = 1;

  private final int index;
  private final Route route;
  private final int[] stops;
  private final boolean[] boardable;
  private final boolean[] alightable;
  private PatternTimetable timetable;

  TripPattern(int index, Route route, int[] stops, boolean[] boardable, boolean[] alightable) {
    this.index = index;
    this.route = route;
    this.stops = stops;
    this.boardable = boardable;
    this.alightable = alightable;
  }

  void setTimetable(PatternTimetable timetable) {
    this.timetable = timetable;
  }

  public PatternTimetable timetable() {
    return timetable;
  }

  public Route route() {
    return route;
  }

  /** The stop indexes in visiting order (a copy). */
  public int[] stops() {
    return stops.clone();
  }

  @Override
  public int patternIndex() {
    return index;
  }

  @Override
  public int numberOfStopsInPattern() {
    return stops.length;
  }

  @Override
  public int stopIndex(int stopPositionInPattern) {
    return stops[stopPositionInPattern];
  }

  @Override
  public boolean boardingPossibleAt(int stopPositionInPattern) {
    return boardable[stopPositionInPattern];
  }

  @Override
  public boolean alightingPossibleAt(int stopPositionInPattern) {
    return alightable[stopPositionInPattern];
  }

  @Override
  public int slackIndex() {
    return route.isRail() || route.type() == Route.TRAM ? SLACK_RAIL : SLACK_BUS;
  }

  @Override
  public int priorityGroupId() {
    return 0;
  }

  @Override
  public String debugInfo() {
    return (route.isRail() ? "RAIL " : "BUS ") + route.displayName();
  }

  @Override
  public String toString() {
    return "TripPattern{" + index + " " + debugInfo() + " stops=" + Arrays.toString(stops) + "}";
  }
}
