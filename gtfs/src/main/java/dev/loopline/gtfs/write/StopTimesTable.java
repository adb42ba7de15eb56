package dev.loopline.gtfs.write;

import dev.loopline.gtfs.model.GtfsFile;
import dev.loopline.gtfs.model.StopTimes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * stop_times.txt straight from the columns, no object per row. Rows are already in (trip_id, stop_sequence) order.
 * Optional columns are written only when some row has a value; arrival and departure always (conditionally
 * required, and empty for the untimed stops of feeds like EPTC). A {@code timepoint} column, once written, has a value
 * in every row: the rows that had none get what GTFS reads an empty value as (1 with times, 0 without).
 */
final class StopTimesTable implements TableOutput {
  private final StopTimes st;

  StopTimesTable(StopTimes st) {
    this.st = st;
  }

  @Override
  public String fileName() {
    return GtfsFile.STOP_TIMES.fileName();
  }

  @Override
  public void write(CsvOut out) throws IOException {
    int n = st.size();
    boolean headsign = false;
    boolean pickup = false;
    boolean dropOff = false;
    boolean contPickup = false;
    boolean contDropOff = false;
    boolean dist = false;
    boolean timepoint = false;
    for (int r = 0; r < n; r++) {
      headsign |= st.headsign(r) != null;
      pickup |= st.pickupType(r) != StopTimes.MISSING;
      dropOff |= st.dropOffType(r) != StopTimes.MISSING;
      contPickup |= st.continuousPickup(r) != StopTimes.MISSING;
      contDropOff |= st.continuousDropOff(r) != StopTimes.MISSING;
      dist |= !Double.isNaN(st.shapeDistTraveled(r));
      timepoint |= st.timepoint(r) != StopTimes.MISSING;
    }
    List<String> extras = new ArrayList<>();
    for (String column : st.extraColumns()) {
      if (GtfsFile.STOP_TIMES.isStandardColumn(column)) {
        continue;
      }
      for (int r = 0; r < n; r++) {
        if (st.extra(column, r) != null) {
          extras.add(column);
          break;
        }
      }
    }
    List<String> header = new ArrayList<>(List.of("trip_id", "arrival_time", "departure_time", "stop_id",
        "stop_sequence"));
    addIf(header, headsign, "stop_headsign");
    addIf(header, pickup, "pickup_type");
    addIf(header, dropOff, "drop_off_type");
    addIf(header, contPickup, "continuous_pickup");
    addIf(header, contDropOff, "continuous_drop_off");
    addIf(header, dist, "shape_dist_traveled");
    addIf(header, timepoint, "timepoint");
    header.addAll(extras);
    out.line(header);
    // Ids repeat on every row: escape each distinct one once.
    String[] trips = st.tripIds().stream().map(CsvOut::escape).toArray(String[]::new);
    String[] stops = st.stopIds().stream().map(CsvOut::escape).toArray(String[]::new);
    for (int r = 0; r < n; r++) {
      out.raw(trips[st.tripIndex(r)]);
      out.time(st.arrival(r));
      out.time(st.departure(r));
      out.raw(stops[st.stopIndex(r)]);
      out.value(st.sequence(r));
      if (headsign) {
        out.value(st.headsign(r));
      }
      if (pickup) {
        optional(out, st.pickupType(r));
      }
      if (dropOff) {
        optional(out, st.dropOffType(r));
      }
      if (contPickup) {
        optional(out, st.continuousPickup(r));
      }
      if (contDropOff) {
        optional(out, st.continuousDropOff(r));
      }
      if (dist) {
        out.value(Numbers.decimal(st.shapeDistTraveled(r)));
      }
      if (timepoint) {
        // Once the column exists, an empty value is a WARNING (missing_timepoint_value); GTFS reads empty as exact
        // times when the row has times, and a row without times can only be approximate: say so explicitly.
        int tp = st.timepoint(r);
        if (tp == StopTimes.MISSING) {
          tp = st.arrival(r) != StopTimes.MISSING && st.departure(r) != StopTimes.MISSING ? 1 : 0;
        }
        optional(out, tp);
      }
      for (String column : extras) {
        out.value(st.extra(column, r));
      }
      out.endLine();
    }
  }

  private static void optional(CsvOut out, int v) throws IOException {
    if (v == StopTimes.MISSING) {
      out.value((String) null);
    } else {
      out.value(v);
    }
  }

  private static void addIf(List<String> header, boolean present, String column) {
    if (present) {
      header.add(column);
    }
  }
}
