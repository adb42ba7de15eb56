package dev.loopline.planner.transit;

/**
 * Fills the stop times a feed leaves empty. GTFS lets a feed give times only at timepoints (Porto Alegre's EPTC
 * gives only the first and last stop); a router needs a time at every stop. Between two known times the missing
 * ones are spread in proportion to distance travelled: {@code shape_dist_traveled} when the feed gives it for the
 * whole trip, otherwise the straight-line distance from stop to stop. That assumes constant speed between
 * timepoints, the usual and simplest assumption.
 */
final class StopTimeInterpolation {
  private StopTimeInterpolation() {}

  /**
   * Completes {@code arrivals} and {@code departures} in place. A stop with only one of the two gets the other
   * equal to it. Afterwards times never decrease along the trip (a feed error that would break routing is
   * clamped and counted).
   *
   * @param distance cumulative distance at each stop position (any unit, non-decreasing)
   * @param estimated receives {@code true} for every position whose time was interpolated
   * @return the number of times clamped to keep the trip non-decreasing, or −1 when the first or last stop has
   *     no time at all (such a trip cannot be placed in time)
   */
  static int complete(int[] arrivals, int[] departures, double[] distance, boolean[] estimated) {
    int n = arrivals.length;
    for (int i = 0; i < n; i++) {
      if (arrivals[i] < 0 && departures[i] >= 0) {
        arrivals[i] = departures[i];
      } else if (departures[i] < 0 && arrivals[i] >= 0) {
        departures[i] = arrivals[i];
      }
    }
    if (n == 0 || departures[0] < 0 || arrivals[n - 1] < 0) {
      return -1;
    }
    int prev = 0;
    for (int i = 1; i < n; i++) {
      if (arrivals[i] < 0) {
        continue;
      }
      if (i > prev + 1) {
        double d0 = distance[prev];
        double span = distance[i] - d0;
        int t0 = departures[prev];
        int dt = arrivals[i] - t0;
        for (int k = prev + 1; k < i; k++) {
          double f = span > 0 ? (distance[k] - d0) / span : (double) (k - prev) / (i - prev);
          int t = t0 + (int) Math.round(f * dt);
          arrivals[k] = t;
          departures[k] = t;
          estimated[k] = true;
        }
      }
      prev = i;
    }
    int clamped = 0;
    for (int i = 0; i < n; i++) {
      if (i > 0 && arrivals[i] < departures[i - 1]) {
        arrivals[i] = departures[i - 1];
        clamped++;
      }
      if (departures[i] < arrivals[i]) {
        departures[i] = arrivals[i];
        clamped++;
      }
    }
    return clamped;
  }
}
