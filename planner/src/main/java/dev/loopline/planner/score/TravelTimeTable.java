package dev.loopline.planner.score;

import java.util.Arrays;

/**
 * One origin's travel seconds per destination cell and departure minute ({@code times[cell * minutes + minute]},
 * {@link Integer#MAX_VALUE} where not reached), reused from origin to origin by one thread. It remembers which cells
 * it touched, so that reading and clearing cost what the origin reached, not the whole grid (a 250 m grid of the
 * sample has 26,000 cells × 120 minutes).
 */
final class TravelTimeTable {
  private final int minutes;
  private final int[] times;
  private final int[] touched;
  private final boolean[] isTouched;
  private int count;

  TravelTimeTable(int cells, int minutes) {
    this.minutes = minutes;
    this.times = new int[cells * minutes];
    this.touched = new int[cells];
    this.isTouched = new boolean[cells];
    Arrays.fill(times, Integer.MAX_VALUE);
  }

  /** Keeps {@code seconds} for the cell and minute when shorter than what is there. */
  void offer(int cell, int minute, int seconds) {
    if (!isTouched[cell]) {
      isTouched[cell] = true;
      touched[count++] = cell;
    }
    int i = cell * minutes + minute;
    if (seconds < times[i]) {
      times[i] = seconds;
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
      Arrays.fill(times, c * minutes, (c + 1) * minutes, Integer.MAX_VALUE);
      isTouched[c] = false;
    }
    count = 0;
  }
}
