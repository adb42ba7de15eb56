package dev.loopline.gtfs.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * All rows of {@code stop_times.txt}, stored column-wise in primitive arrays: stop_times is the bulk of every
 * feed, and an object per row would cost several times the memory. Rows are sorted by trip id, then by
 * stop_sequence, so the rows of one trip are contiguous ({@link #firstRowOfTrip}, {@link #rowCountOfTrip}).
 *
 * <p>Trip and stop ids are dictionary-encoded: {@link #tripIndex(int)} and {@link #stopIndex(int)} point into
 * {@link #tripIds()} and {@link #stopIds()}, which are sorted. A stop id here need not exist in {@code stops.txt}
 * (the validator reports such dangling references; the merger can repair them). Empty integer fields are
 * {@link #MISSING}; empty {@code shape_dist_traveled} is {@code NaN}; empty {@code stop_headsign} is {@code null}.
 *
 * <p>Instances are immutable once built.
 */
public final class StopTimes {
  public static final int MISSING = -1;

  private final String[] tripIds;
  private final int[] tripFirstRow;
  private final String[] stopIds;
  private final int[] trip;
  private final int[] stop;
  private final int[] arrival;
  private final int[] departure;
  private final int[] sequence;
  private final byte[] pickupType;
  private final byte[] dropOffType;
  private final byte[] continuousPickup;
  private final byte[] continuousDropOff;
  private final byte[] timepoint;
  private final double[] shapeDistTraveled;
  private final String[] headsign;
  private final int[] line;
  private final Map<String, String[]> extras;

  private StopTimes(String[] tripIds, int[] tripFirstRow, String[] stopIds, int[] trip, int[] stop, int[] arrival,
                    int[] departure, int[] sequence, byte[] pickupType, byte[] dropOffType, byte[] continuousPickup,
                    byte[] continuousDropOff, byte[] timepoint, double[] shapeDistTraveled, String[] headsign,
                    int[] line, Map<String, String[]> extras) {
    this.tripIds = tripIds;
    this.tripFirstRow = tripFirstRow;
    this.stopIds = stopIds;
    this.trip = trip;
    this.stop = stop;
    this.arrival = arrival;
    this.departure = departure;
    this.sequence = sequence;
    this.pickupType = pickupType;
    this.dropOffType = dropOffType;
    this.continuousPickup = continuousPickup;
    this.continuousDropOff = continuousDropOff;
    this.timepoint = timepoint;
    this.shapeDistTraveled = shapeDistTraveled;
    this.headsign = headsign;
    this.line = line;
    this.extras = extras;
  }

  public static StopTimes empty() {
    return new Builder().build();
  }

  public int size() {
    return trip.length;
  }

  public String tripId(int row) {
    return tripIds[trip[row]];
  }

  public int tripIndex(int row) {
    return trip[row];
  }

  public String stopId(int row) {
    return stopIds[stop[row]];
  }

  public int stopIndex(int row) {
    return stop[row];
  }

  /** Arrival in seconds, or {@link #MISSING}. */
  public int arrival(int row) {
    return arrival[row];
  }

  /** Departure in seconds, or {@link #MISSING}. */
  public int departure(int row) {
    return departure[row];
  }

  public int sequence(int row) {
    return sequence[row];
  }

  public int pickupType(int row) {
    return pickupType[row];
  }

  public int dropOffType(int row) {
    return dropOffType[row];
  }

  public int continuousPickup(int row) {
    return continuousPickup[row];
  }

  public int continuousDropOff(int row) {
    return continuousDropOff[row];
  }

  public int timepoint(int row) {
    return timepoint[row];
  }

  public double shapeDistTraveled(int row) {
    return shapeDistTraveled[row];
  }

  public String headsign(int row) {
    return headsign == null ? null : headsign[row];
  }

  /** The 1-based line of {@code stop_times.txt} this row was read from (header = line 1), or 0 if generated. */
  public int line(int row) {
    return line[row];
  }

  /** Sorted distinct trip ids referenced by the rows. */
  public List<String> tripIds() {
    return Collections.unmodifiableList(Arrays.asList(tripIds));
  }

  /** Sorted distinct stop ids referenced by the rows. */
  public List<String> stopIds() {
    return Collections.unmodifiableList(Arrays.asList(stopIds));
  }

  /** Index of a trip id in {@link #tripIds()}, or a negative number when no row has it. */
  public int indexOfTrip(String tripId) {
    return Arrays.binarySearch(tripIds, tripId);
  }

  public int firstRowOfTrip(int tripIndex) {
    return tripFirstRow[tripIndex];
  }

  public int rowCountOfTrip(int tripIndex) {
    return tripFirstRow[tripIndex + 1] - tripFirstRow[tripIndex];
  }

  /** Names of the unknown columns carried through, sorted. */
  public List<String> extraColumns() {
    return List.copyOf(extras.keySet());
  }

  /** Value of an unknown column for a row ({@code null} when empty). */
  public String extra(String column, int row) {
    String[] values = extras.get(column);
    return values == null ? null : values[row];
  }

  /** Approximate heap bytes held by the columns (for benchmarks). */
  public long estimatedBytes() {
    long n = size();
    long bytes = n * (4L * 6 + 5 + 8) + (headsign == null ? 0 : n * 4L);
    bytes += extras.size() * n * 4L;
    bytes += (long) tripIds.length * 4 + (long) tripFirstRow.length * 4 + (long) stopIds.length * 4;
    return bytes;
  }

  /**
   * Collects rows in any order; {@link #build()} sorts them by trip id and stop_sequence. Not thread-safe.
   */
  public static final class Builder {
    private final Map<String, Integer> tripDict = new HashMap<>();
    private final List<String> tripNames = new ArrayList<>();
    private final Map<String, Integer> stopDict = new HashMap<>();
    private final List<String> stopNames = new ArrayList<>();
    private final Map<String, String> headsignPool = new HashMap<>();
    private int size;
    private int[] trip = new int[1024];
    private int[] stop = new int[1024];
    private int[] arrival = new int[1024];
    private int[] departure = new int[1024];
    private int[] sequence = new int[1024];
    private byte[] pickupType = new byte[1024];
    private byte[] dropOffType = new byte[1024];
    private byte[] continuousPickup = new byte[1024];
    private byte[] continuousDropOff = new byte[1024];
    private byte[] timepoint = new byte[1024];
    private double[] shapeDist = new double[1024];
    private int[] line = new int[1024];
    private String[] headsign;
    private final Map<String, String[]> extras = new TreeMap<>();
    private String lastTripId;
    private int lastTripIndex;

    /** Pre-sizes the columns when the row count is known or estimated. */
    public Builder ensureCapacity(int rows) {
      if (rows > trip.length) {
        grow(rows);
      }
      return this;
    }

    /**
     * Adds one row. Integer fields take {@link #MISSING} when empty, {@code shapeDistTraveled} takes {@code NaN},
     * {@code headsign} takes {@code null}.
     *
     * @return the row number in insertion order (use it for {@link #setExtra})
     */
    public int add(String tripId, int arrivalTime, int departureTime, String stopId, int stopSequence,
                   String stopHeadsign, int pickup, int dropOff, int contPickup, int contDropOff,
                   double shapeDistTraveled, int timepointFlag) {
      if (size == trip.length) {
        grow(size * 2);
      }
      int row = size++;
      // Rows of one trip come together: the same trip id instance skips the dictionary look-up.
      if (tripId != lastTripId) {
        lastTripIndex = intern(tripDict, tripNames, tripId);
        lastTripId = tripId;
      }
      trip[row] = lastTripIndex;
      stop[row] = intern(stopDict, stopNames, stopId);
      arrival[row] = arrivalTime;
      departure[row] = departureTime;
      sequence[row] = stopSequence;
      pickupType[row] = (byte) pickup;
      dropOffType[row] = (byte) dropOff;
      continuousPickup[row] = (byte) contPickup;
      continuousDropOff[row] = (byte) contDropOff;
      timepoint[row] = (byte) timepointFlag;
      shapeDist[row] = shapeDistTraveled;
      if (stopHeadsign != null) {
        if (headsign == null) {
          headsign = new String[trip.length];
        }
        headsign[row] = headsignPool.computeIfAbsent(stopHeadsign, k -> k);
      }
      return row;
    }

    /** Records the source line of a row already added (for notices). */
    public void setLine(int row, int sourceLine) {
      line[row] = sourceLine;
    }

    /** Sets an unknown column's value for a row already added. */
    public void setExtra(int row, String column, String value) {
      String[] values = extras.computeIfAbsent(column, k -> new String[trip.length]);
      if (values.length < trip.length) {
        values = Arrays.copyOf(values, trip.length);
        extras.put(column, values);
      }
      values[row] = value;
    }

    public int size() {
      return size;
    }

    private static int intern(Map<String, Integer> dict, List<String> names, String id) {
      Integer idx = dict.get(id);
      if (idx == null) {
        idx = names.size();
        dict.put(id, idx);
        names.add(id);
      }
      return idx;
    }

    private void grow(int capacity) {
      trip = Arrays.copyOf(trip, capacity);
      stop = Arrays.copyOf(stop, capacity);
      arrival = Arrays.copyOf(arrival, capacity);
      departure = Arrays.copyOf(departure, capacity);
      sequence = Arrays.copyOf(sequence, capacity);
      pickupType = Arrays.copyOf(pickupType, capacity);
      dropOffType = Arrays.copyOf(dropOffType, capacity);
      continuousPickup = Arrays.copyOf(continuousPickup, capacity);
      continuousDropOff = Arrays.copyOf(continuousDropOff, capacity);
      timepoint = Arrays.copyOf(timepoint, capacity);
      shapeDist = Arrays.copyOf(shapeDist, capacity);
      line = Arrays.copyOf(line, capacity);
      if (headsign != null) {
        headsign = Arrays.copyOf(headsign, capacity);
      }
      extras.replaceAll((k, v) -> Arrays.copyOf(v, capacity));
    }

    /** Sorts rows by (trip id, stop_sequence, insertion order) and freezes them. */
    public StopTimes build() {
      String[] sortedTrips = tripNames.toArray(String[]::new);
      Arrays.sort(sortedTrips);
      int[] tripRank = new int[sortedTrips.length];
      for (int i = 0; i < sortedTrips.length; i++) {
        tripRank[tripDict.get(sortedTrips[i])] = i;
      }
      String[] sortedStops = stopNames.toArray(String[]::new);
      Arrays.sort(sortedStops);
      int[] stopRank = new int[sortedStops.length];
      for (int i = 0; i < sortedStops.length; i++) {
        stopRank[stopDict.get(sortedStops[i])] = i;
      }
      // Sort row numbers by packed key (trip rank, sequence, row): a primitive sort, no boxing.
      long[] keys = new long[size];
      boolean sorted = true;
      for (int r = 0; r < size; r++) {
        keys[r] = ((long) tripRank[trip[r]] << 32) | (sequence[r] & 0xffffffffL);
        if (r > 0 && keys[r] < keys[r - 1]) {
          sorted = false;
        }
      }
      int[] order = new int[size];
      for (int r = 0; r < size; r++) {
        order[r] = r;
      }
      if (!sorted) {
        order = sortByKey(keys, order);
      }
      int[] t = new int[size];
      int[] s = new int[size];
      int[] arr = new int[size];
      int[] dep = new int[size];
      int[] seq = new int[size];
      byte[] pu = new byte[size];
      byte[] dof = new byte[size];
      byte[] cp = new byte[size];
      byte[] cd = new byte[size];
      byte[] tp = new byte[size];
      double[] sd = new double[size];
      int[] ln = new int[size];
      String[] hs = headsign == null ? null : new String[size];
      Map<String, String[]> ex = new TreeMap<>();
      extras.forEach((k, v) -> ex.put(k, new String[size]));
      // Column arrays side by side, so the row loop does no map look-ups.
      String[][] exFrom = new String[ex.size()][];
      String[][] exTo = new String[ex.size()][];
      int c = 0;
      for (Map.Entry<String, String[]> e : ex.entrySet()) {
        exFrom[c] = extras.get(e.getKey());
        exTo[c++] = e.getValue();
      }
      for (int i = 0; i < size; i++) {
        int r = order[i];
        t[i] = tripRank[trip[r]];
        s[i] = stopRank[stop[r]];
        arr[i] = arrival[r];
        dep[i] = departure[r];
        seq[i] = sequence[r];
        pu[i] = pickupType[r];
        dof[i] = dropOffType[r];
        cp[i] = continuousPickup[r];
        cd[i] = continuousDropOff[r];
        tp[i] = timepoint[r];
        sd[i] = shapeDist[r];
        ln[i] = line[r];
        if (hs != null) {
          hs[i] = headsign[r];
        }
        for (int k = 0; k < exTo.length; k++) {
          exTo[k][i] = exFrom[k][r];
        }
      }
      int[] firstRow = new int[sortedTrips.length + 1];
      for (int i = size - 1; i >= 0; i--) {
        firstRow[t[i]] = i;
      }
      firstRow[sortedTrips.length] = size;
      return new StopTimes(sortedTrips, firstRow, sortedStops, t, s, arr, dep, seq, pu, dof, cp, cd, tp, sd, hs, ln,
          Collections.unmodifiableMap(ex));
    }

    /**
     * Row numbers ordered by (trip rank, sequence, row): a stable counting sort by trip rank, then each trip's rows
     * by sequence. No boxing, and linear when each trip's rows arrive in sequence order, as they almost always do.
     */
    private static int[] sortByKey(long[] keys, int[] order) {
      int n = order.length;
      int trips = 0;
      for (long k : keys) {
        trips = Math.max(trips, (int) (k >>> 32) + 1);
      }
      int[] start = new int[trips + 1];
      for (long k : keys) {
        start[(int) (k >>> 32) + 1]++;
      }
      for (int t = 0; t < trips; t++) {
        start[t + 1] += start[t];
      }
      int[] out = new int[n];
      int[] fill = Arrays.copyOf(start, trips);
      for (int r : order) {
        out[fill[(int) (keys[r] >>> 32)]++] = r;
      }
      long[] group = new long[0];
      for (int t = 0; t < trips; t++) {
        int from = start[t];
        int to = start[t + 1];
        boolean sorted = true;
        for (int i = from + 1; i < to && sorted; i++) {
          sorted = keys[out[i]] >= keys[out[i - 1]];
        }
        if (sorted) {
          continue;
        }
        // (sequence << 32 | row) sorts by sequence, ties by row: the stable order. Flipping the sign bit makes
        // the signed sort order the sequences as the keys do, unsigned.
        if (group.length < to - from) {
          group = new long[to - from];
        }
        for (int i = from; i < to; i++) {
          group[i - from] = ((keys[out[i]] & 0xffffffffL) << 32 | out[i]) ^ Long.MIN_VALUE;
        }
        Arrays.sort(group, 0, to - from);
        for (int i = from; i < to; i++) {
          out[i] = (int) group[i - from];
        }
      }
      return out;
    }
  }
}
