package dev.loopline.planner.transit;

import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.Trip;

/**
 * One vehicle run on the layer's date: a GTFS trip (or one departure of a frequency-based trip) with every stop
 * time known. Times are seconds after midnight of the layer's service date, so a trip of the previous service
 * day that runs past midnight (GTFS times above 24:00:00) appears with its times shifted by −24 h, and an early
 * trip of the next service day with times shifted by +24 h.
 *
 * @param trip           the GTFS trip (for frequency-based trips, the template)
 * @param route          its route
 * @param dayOffset      which service day the run belongs to: −1 previous, 0 the layer's date, +1 next
 * @param frequencyStart for a run generated from {@code frequencies.txt}, its start time on its service day;
 *                       −1 for a scheduled trip
 * @param firstRow       the {@code stop_times} row of the first stop; stop position {@code i} is row
 *                       {@code firstRow + i}
 * @param stops          layer stop index per stop position
 * @param arrivals       arrival per stop position
 * @param departures     departure per stop position
 * @param boardable      whether riders may board at each position (pickup_type is not 1)
 * @param alightable     whether riders may alight at each position (drop_off_type is not 1)
 * @param estimated      whether the time at each position was interpolated (the feed left it empty)
 */
public record ScheduledTrip(Trip trip, Route route, int dayOffset, int frequencyStart, int firstRow, int[] stops,
                            int[] arrivals, int[] departures, boolean[] boardable, boolean[] alightable,
                            boolean[] estimated) {

  public int size() {
    return stops.length;
  }

  public int firstDeparture() {
    return departures[0];
  }

  public int lastArrival() {
    return arrivals[arrivals.length - 1];
  }

  /** A readable id: the GTFS trip id, with the start time for runs generated from frequencies. */
  public String displayId() {
    String id = frequencyStart < 0 ? trip.id() : trip.id() + "@" + dev.loopline.gtfs.model.GtfsTime.format(frequencyStart);
    return dayOffset == 0 ? id : id + (dayOffset < 0 ? " (previous day)" : " (next day)");
  }
}
