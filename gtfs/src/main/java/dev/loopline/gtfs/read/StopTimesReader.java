package dev.loopline.gtfs.read;

import dev.loopline.gtfs.model.GtfsTime;
import dev.loopline.gtfs.model.StopTimes;
import java.util.BitSet;

/**
 * The fast path for stop_times.txt, the bulk of every feed (often 90 % of its bytes): fields are parsed straight
 * from the tokenizer's byte ranges, ids come from byte-keyed pools (no String per row), and the columnar
 * {@link StopTimes.Builder} is sized from the file's line count up front, so reading does not re-copy arrays.
 *
 * <p>Empty arrival and departure times stay {@link GtfsTime#MISSING}: feeds such as Porto Alegre's EPTC publish
 * times only at timepoints, and interpolating them is the router's business. A repeated (trip_id, stop_sequence)
 * keeps its first row.
 */
final class StopTimesReader {
  private StopTimesReader() {}

  static StopTimes read(Table t) {
    CsvTokenizer csv = t.csv;
    byte[] buf = csv.bytes();
    int trip = t.col("trip_id");
    int arrival = t.col("arrival_time");
    int departure = t.col("departure_time");
    int stop = t.col("stop_id");
    int sequence = t.col("stop_sequence");
    int headsign = t.col("stop_headsign");
    int pickup = t.col("pickup_type");
    int dropOff = t.col("drop_off_type");
    int contPickup = t.col("continuous_pickup");
    int contDropOff = t.col("continuous_drop_off");
    int dist = t.col("shape_dist_traveled");
    int timepoint = t.col("timepoint");
    int[] extraCols = t.extraColumns();
    String[] extraNames = t.extraNames();
    IdPool trips = new IdPool(csv.charset());
    IdPool stops = new IdPool(csv.charset());
    IdPool headsigns = new IdPool(csv.charset());
    IdPool[] extraPools = new IdPool[extraCols.length];
    for (int i = 0; i < extraPools.length; i++) {
      extraPools[i] = new IdPool(csv.charset());
    }

    StopTimes.Builder b = new StopTimes.Builder();
    b.ensureCapacity(countLines(buf));
    while (t.next()) {
      String tripId = t.requiredPooled(trip, trips);
      String stopId = t.requiredPooled(stop, stops);
      int seq = t.requiredInt(sequence, 0, Integer.MAX_VALUE);
      if (tripId == null || stopId == null || seq == Table.NO_INT) {
        continue;
      }
      int row = b.add(tripId, t.optionalTime(arrival), t.optionalTime(departure), stopId, seq,
          t.pooled(headsign, headsigns),
          t.optionalIntOr(pickup, 0, 3, StopTimes.MISSING), t.optionalIntOr(dropOff, 0, 3, StopTimes.MISSING),
          t.optionalIntOr(contPickup, 0, 3, StopTimes.MISSING),
          t.optionalIntOr(contDropOff, 0, 3, StopTimes.MISSING),
          t.optionalDistance(dist), t.optionalIntOr(timepoint, 0, 1, StopTimes.MISSING));
      b.setLine(row, t.line());
      for (int i = 0; i < extraCols.length; i++) {
        String v = t.pooled(extraCols[i], extraPools[i]);
        if (v != null) {
          b.setExtra(row, extraNames[i], v);
        }
      }
    }
    StopTimes built = b.build();
    return withoutDuplicates(t, built);
  }

  /** An upper bound on the rows: the line breaks plus one (quoted line breaks only make it generous). */
  static int countLines(byte[] buf) {
    return Bytes.count(buf, (byte) '\n') + 1;
  }

  /**
   * Rows are sorted by (trip, sequence, file order) once built, so a repeated key sits right after its first
   * occurrence. Reported and dropped; the common case (none) returns the columns untouched.
   */
  private static StopTimes withoutDuplicates(Table t, StopTimes st) {
    BitSet drop = null;
    for (int r = 1; r < st.size(); r++) {
      if (st.tripIndex(r) == st.tripIndex(r - 1) && st.sequence(r) == st.sequence(r - 1)) {
        if (drop == null) {
          drop = new BitSet(st.size());
        }
        int first = r - 1;
        while (drop.get(first)) {
          first--;
        }
        drop.set(r);
        t.errorAt(st.line(r), "duplicate_key", "stop_sequence", "duplicate (trip_id, stop_sequence) ("
            + st.tripId(r) + ", " + st.sequence(r) + ") (first on line " + st.line(first) + "); row skipped");
      }
    }
    return drop == null ? st : copyWithout(st, drop);
  }

  private static StopTimes copyWithout(StopTimes st, BitSet drop) {
    StopTimes.Builder b = new StopTimes.Builder();
    b.ensureCapacity(st.size() - drop.cardinality());
    java.util.List<String> extras = st.extraColumns();
    for (int r = 0; r < st.size(); r++) {
      if (drop.get(r)) {
        continue;
      }
      int row = b.add(st.tripId(r), st.arrival(r), st.departure(r), st.stopId(r), st.sequence(r), st.headsign(r),
          st.pickupType(r), st.dropOffType(r), st.continuousPickup(r), st.continuousDropOff(r),
          st.shapeDistTraveled(r), st.timepoint(r));
      b.setLine(row, st.line(r));
      for (String column : extras) {
        String v = st.extra(column, r);
        if (v != null) {
          b.setExtra(row, column, v);
        }
      }
    }
    return b.build();
  }
}
