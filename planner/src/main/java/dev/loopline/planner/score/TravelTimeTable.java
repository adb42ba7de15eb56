package dev.loopline.planner.score;

import java.util.Arrays;

/**
 * One origin's travel seconds per destination cell and departure minute ({@code times[cell * minutes + minute]},
 * {@link Integer#MAX_VALUE} where not reached), reused from origin to origin by one thread. It remembers which cells
 * it touched, so that reading and clearing cost what the origin reached, not the whole grid (a 250 m grid of the
 * sample has 26,000 cells × 120 minutes).
 *
 * <p>Filled minute by minute from the last departure to the first: per cell it keeps the earliest arrival (clock
 * time) over the stops propagated so far and the walk-only time, and {@link #writeMinute} turns them into the
 * minute's travel time. Leaving earlier never arrives later, so a minute needs only the stops whose arrival improved
 * on the minute after it (see {@code AccessibilityCalculator#travelTimes}).
 */
final class TravelTimeTable {
  private static final int NONE = Integer.MAX_VALUE;
  private final int minutes;
  private final int[] times;
  private final int[] arrival;
  private final int[] walk;
  private final int[] touched;
  private final boolean[] isTouched;
  private int count;

  TravelTimeTable(int cells, int minutes) {
    this.minutes = minutes;
    this.times = new int[cells * minutes];
    this.arrival = new int[cells];
    this.walk = new int[cells];
    this.touched = new int[cells];
    this.isTouched = new boolean[cells];
    Arrays.fill(times, NONE);
    Arrays.fill(arrival, NONE);
    Arrays.fill(walk, NONE);
  }

  private void touch(int cell) {
    if (!isTouched[cell]) {
      isTouched[cell] = true;
      touched[count++] = cell;
    }
  }

  /** The cell is reached on foot alone in {@code seconds}, whatever the departure minute. */
  void walk(int cell, int seconds) {
    touch(cell);
    if (seconds < walk[cell]) {
      walk[cell] = seconds;
    }
  }

  /** The cell is reached at clock time {@code clock} by a ride and an egress walk (kept when earlier). */
  void arrive(int cell, int clock) {
    touch(cell);
    if (clock < arrival[cell]) {
      arrival[cell] = clock;
    }
  }

  /** Forgets the arrivals by transit (not the walks), for a minute that must be propagated from scratch. */
  void forgetArrivals() {
    for (int t = 0; t < count; t++) {
      arrival[touched[t]] = NONE;
    }
  }

  /** Writes minute {@code minute}'s travel time, departing at {@code departure}, for every cell reached so far. */
  void writeMinute(int minute, int departure) {
    for (int t = 0; t < count; t++) {
      int c = touched[t];
      int a = arrival[c];
      int best = a == NONE ? NONE : a - departure;
      times[c * minutes + minute] = Math.min(best, walk[c]);
    }
  }

  /** The table (read-only for callers). */
  int[] times() {
    return times;
  }

  /** Whether the cell was reached at some minute since the last {@link #clear}. */
  boolean touched(int cell) {
    return isTouched[cell];
  }

  /** Back to "nothing reached", resetting the touched cells only. */
  void clear() {
    for (int t = 0; t < count; t++) {
      int c = touched[t];
      Arrays.fill(times, c * minutes, (c + 1) * minutes, NONE);
      arrival[c] = NONE;
      walk[c] = NONE;
      isTouched[c] = false;
    }
    count = 0;
  }
}
