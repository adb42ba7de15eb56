package dev.loopline.planner.score;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Travel time from one point to every grid cell, for the map a planner clicks: walk to the stops near the point,
 * ride (Raptor over the timetable, one departure per minute of a window), walk from each stop reached to the cells
 * around it; or walk all the way. A cell's time is the median over the window's departure minutes, so that one lucky
 * connection does not paint the map. The same walks and search accessibility uses; thread-safe, and the walks from
 * each stop are kept for the next click.
 */
public final class TravelTimeMap {
  /** A cell not reached within the limit. */
  public static final int UNREACHED = Integer.MAX_VALUE;

  private final CellIndex cells;
  private final WalkCatchments walk;
  private final double maxWalkMeters;
  private final Map<String, WalkCatchments.CellReach> egress = new ConcurrentHashMap<>();

  /**
   * @param maxWalkMeters the longest walk at either end (and the longest walk all the way)
   */
  public TravelTimeMap(CellIndex cells, WalkCatchments walk, double maxWalkMeters) {
    this.cells = cells;
    this.walk = walk;
    this.maxWalkMeters = maxWalkMeters;
  }

  public CellIndex cells() {
    return cells;
  }

  /**
   * Seconds from the origin to each cell (cell order), {@link #UNREACHED} beyond {@code maxSeconds}.
   *
   * @param space          the transit search and its stops (in the search's index order)
   * @param accessStops    stops walked to from the origin (search indexes)
   * @param accessSeconds  walking seconds to each
   * @param firstDeparture first departure, seconds after midnight of the search's service day
   * @param minutes        departure minutes in the window (at least 1)
   */
  public int[] seconds(double lat, double lon, TransitSearchSpace space, int[] accessStops, int[] accessSeconds,
                       int firstDeparture, int minutes, int maxSeconds) {
    int n = cells.size();
    int[] perMinute = new int[n * minutes];
    Arrays.fill(perMinute, UNREACHED);
    if (accessStops.length > 0) {
      int[][] arrivals = space.search().arrivals(accessStops, accessSeconds, firstDeparture, minutes, maxSeconds)
          .byVehicle(); // egress walks start where a rider leaves a vehicle
      for (int m = 0; m < minutes; m++) {
        int departure = firstDeparture + 60 * m;
        int[] row = arrivals[m];
        for (int s = 0; s < row.length; s++) {
          int ride = row[s] == TransitArrivals.UNREACHED ? UNREACHED : row[s] - departure;
          if (ride >= maxSeconds) {
            continue;
          }
          WalkCatchments.CellReach reach = egressFrom(space.stops().get(s));
          for (int k = 0; k < reach.size(); k++) {
            int t = ride + Math.round(reach.seconds()[k]);
            int idx = reach.cells()[k] * minutes + m;
            if (t <= maxSeconds && t < perMinute[idx]) {
              perMinute[idx] = t;
            }
          }
        }
      }
    }
    WalkCatchments.CellReach direct = walk.around(lat, lon, maxWalkMeters);
    for (int k = 0; k < direct.size(); k++) {
      int t = Math.round(direct.seconds()[k]);
      if (t > maxSeconds) {
        continue;
      }
      int base = direct.cells()[k] * minutes;
      for (int m = 0; m < minutes; m++) {
        perMinute[base + m] = Math.min(perMinute[base + m], t);
      }
    }
    int[] out = new int[n];
    int[] sorted = new int[minutes];
    for (int c = 0; c < n; c++) {
      System.arraycopy(perMinute, c * minutes, sorted, 0, minutes);
      Arrays.sort(sorted);
      out[c] = sorted[(minutes - 1) / 2]; // the lower median: unreached in most minutes stays unreached
    }
    return out;
  }

  private WalkCatchments.CellReach egressFrom(StopPoint stop) {
    return egress.computeIfAbsent(stop.stopId(), k -> walk.around(stop.lat(), stop.lon(), maxWalkMeters));
  }
}
