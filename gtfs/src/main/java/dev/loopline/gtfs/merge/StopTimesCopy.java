package dev.loopline.gtfs.merge;

import dev.loopline.gtfs.model.StopTimes;
import java.util.List;

/** Copies rows of one {@link StopTimes} into a builder under new ids, keeping every column, unknown ones included. */
final class StopTimesCopy {
  private final StopTimes from;
  private final List<String> extraColumns;

  StopTimesCopy(StopTimes from) {
    this.from = from;
    this.extraColumns = from.extraColumns();
  }

  /** Copies {@code row} with the given ids, times and distance; returns the new row's number. */
  int copy(int row, StopTimes.Builder to, String tripId, String stopId, int arrival, int departure,
           double shapeDistTraveled) {
    return copy(row, to, tripId, stopId, arrival, departure, shapeDistTraveled, from.timepoint(row));
  }

  /** Copies a row with its times, distance and timepoint flag replaced. */
  int copy(int row, StopTimes.Builder to, String tripId, String stopId, int arrival, int departure,
           double shapeDistTraveled, int timepoint) {
    int r = to.add(tripId, arrival, departure, stopId, from.sequence(row), from.headsign(row), from.pickupType(row),
        from.dropOffType(row), from.continuousPickup(row), from.continuousDropOff(row), shapeDistTraveled,
        timepoint);
    for (String column : extraColumns) {
      String value = from.extra(column, row);
      if (value != null) {
        to.setExtra(r, column, value);
      }
    }
    return r;
  }

  /** Copies {@code row} unchanged but for its ids. */
  int copy(int row, StopTimes.Builder to, String tripId, String stopId) {
    return copy(row, to, tripId, stopId, from.arrival(row), from.departure(row), from.shapeDistTraveled(row));
  }
}
