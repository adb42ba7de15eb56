package dev.loopline.planner.transit;

import org.opentripplanner.raptor.api.model.SearchDirection;
import org.opentripplanner.raptor.spi.RaptorRoute;
import org.opentripplanner.raptor.spi.RaptorTimeTable;
import org.opentripplanner.raptor.spi.RaptorTripScheduleSearch;

/**
 * The trips of one {@link TripPattern}, sorted: at every stop position both departures and arrivals are
 * non-decreasing with the trip index. Raptor relies on this order to find "the first trip I can still catch" with
 * a binary search and to stop scanning early. The times are also kept stop-position-major
 * ({@code departures[pos * trips + trip]}) so that a search at one stop reads contiguous memory.
 *
 * <p>The timetable is also Raptor's {@link RaptorRoute} (pattern + timetable): one object, no extra indirection.
 */
public final class PatternTimetable implements RaptorTimeTable<TripSchedule>, RaptorRoute<TripSchedule> {
  private final TripPattern pattern;
  private final TripSchedule[] trips;
  private final int[] departures;
  private final int[] arrivals;
  /**
   * Per stop position, the sum over the segments before it of the longest departure-to-departure time any trip
   * takes on that segment; the difference of two entries bounds from above how long any trip takes between the two
   * positions (see {@link #longestDepartureGap}).
   */
  private final int[] departureReach;
  /** The same for arrivals. */
  private final int[] arrivalReach;

  PatternTimetable(TripPattern pattern, java.util.List<ScheduledTrip> sortedTrips) {
    this.pattern = pattern;
    int n = sortedTrips.size();
    int stops = pattern.numberOfStopsInPattern();
    this.trips = new TripSchedule[n];
    this.departures = new int[n * stops];
    this.arrivals = new int[n * stops];
    for (int t = 0; t < n; t++) {
      ScheduledTrip s = sortedTrips.get(t);
      trips[t] = new TripSchedule(pattern, t, s);
      for (int p = 0; p < stops; p++) {
        departures[p * n + t] = s.departures()[p];
        arrivals[p * n + t] = s.arrivals()[p];
      }
    }
    this.departureReach = reach(departures, n, stops);
    this.arrivalReach = reach(arrivals, n, stops);
  }

  private static int[] reach(int[] times, int trips, int stops) {
    int[] out = new int[stops];
    for (int p = 1; p < stops; p++) {
      int longest = 0;
      for (int t = 0; t < trips; t++) {
        longest = Math.max(longest, times[p * trips + t] - times[(p - 1) * trips + t]);
      }
      out[p] = out[p - 1] + longest;
    }
    return out;
  }

  /**
   * At least as long as any trip of this timetable takes from its departure at position {@code from} to its
   * departure at position {@code to} ({@code from < to}): the sum of the longest per-segment times.
   */
  int longestDepartureGap(int from, int to) {
    return departureReach[to] - departureReach[from];
  }

  /** At least as long as any trip takes from its arrival at position {@code from} to its arrival at {@code to}. */
  int longestArrivalGap(int from, int to) {
    return arrivalReach[to] - arrivalReach[from];
  }

  @Override
  public TripSchedule getTripSchedule(int index) {
    return trips[index];
  }

  @Override
  public int numberOfTripSchedules() {
    return trips.length;
  }

  @Override
  public RaptorTripScheduleSearch<TripSchedule> tripSearch(SearchDirection direction) {
    return direction.isForward() ? new BoardingSearch(this) : new AlightingSearch(this);
  }

  @Override
  public RaptorTimeTable<TripSchedule> timetable() {
    return this;
  }

  @Override
  public TripPattern pattern() {
    return pattern;
  }

  /** Departure of trip {@code trip} at stop position {@code pos}. */
  int departure(int trip, int pos) {
    return departures[pos * trips.length + trip];
  }

  int arrival(int trip, int pos) {
    return arrivals[pos * trips.length + trip];
  }

  int[] departuresArray() {
    return departures;
  }

  int[] arrivalsArray() {
    return arrivals;
  }
}
