package dev.loopline.planner.score;

import dev.loopline.gtfs.geo.Geo;
import dev.loopline.planner.progress.ProgressCounter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Accessibility to jobs, the way Conveyal R5 measures it: for every populated cell, a transit search departing
 * every minute of the window; each minute's arrival at each stop is propagated to the cells within walking distance
 * of it (egress), walk-only trips are added, and per destination cell the median travel time over the window is
 * compared with each cutoff. The jobs of the cells reached within a cutoff are summed.
 *
 * <p>Kept cheap: walk catchments (stop to cells, the same walks serve access and egress since walking is
 * symmetric on the street graph) are computed once per stop and cached; the per-origin work is one range search
 * plus array scans, and origins run in parallel on every core.
 */
public final class AccessibilityCalculator {
  private final CellIndex cells;
  private final WalkCatchments walk;
  private final AccessibilitySettings settings;
  private final Map<String, WalkCatchments.CellReach> stopReach = new ConcurrentHashMap<>();
  private final WalkCatchments.CellReach[] direct;
  /** Per cell, the cell whose search it takes (itself when searched), or -1 for unpopulated cells. */
  private int[] zoneOf;

  public AccessibilityCalculator(CellIndex cells, WalkCatchments walk, AccessibilitySettings settings) {
    this.cells = cells;
    this.walk = walk;
    this.settings = settings;
    this.direct = new WalkCatchments.CellReach[cells.size()];
  }

  public AccessibilitySettings settings() {
    return settings;
  }

  /** Cells within walking reach of a stop (cached by stop id and position). */
  WalkCatchments.CellReach reach(StopPoint s) {
    return stopReach.computeIfAbsent(s.stopId() + "@" + s.lat() + "," + s.lon(),
        k -> walk.around(s.lat(), s.lon(), settings.maxWalkMeters()));
  }

  private WalkCatchments.CellReach direct(int cell) {
    WalkCatchments.CellReach r = direct[cell];
    if (r == null) {
      GridCell c = cells.get(cell);
      r = walk.around(c.lat(), c.lon(), settings.maxWalkMeters());
      direct[cell] = r;
    }
    return r;
  }

  /**
   * Accessibility of a network, searching every populated cell (the baseline).
   *
   * @param stops the search's stops, in its own index order
   * @param search the transit search over those stops
   */
  public Accessibility compute(List<StopPoint> stops, TransitArrivals search, ProgressCounter progress) {
    return run(stops, search, representatives(), true, progress);
  }

  /**
   * The cells searched: every populated cell, or with origin zones the representative of each zone (the populated
   * member nearest the zone's population-weighted centre). {@link #zoneOf} maps each cell to its representative.
   */
  int[] representatives() {
    if (zoneOf == null) {
      zoneOf = zones();
    }
    return IntStream.range(0, cells.size()).filter(c -> zoneOf[c] == c).toArray();
  }

  private int[] zones() {
    int n = cells.size();
    int[] rep = new int[n];
    java.util.Arrays.fill(rep, -1);
    double size = settings.originZoneMeters();
    if (size <= 0) {
      for (int c = 0; c < n; c++) {
        rep[c] = cells.get(c).population() > 0 ? c : -1;
      }
      return rep;
    }
    double lat0 = 0;
    double lon0 = 0;
    for (GridCell c : cells.cells()) {
      lat0 += c.lat();
      lon0 += c.lon();
    }
    dev.loopline.gtfs.geo.LocalProjection proj = new dev.loopline.gtfs.geo.LocalProjection(lat0 / Math.max(1, n),
        lon0 / Math.max(1, n));
    Map<String, List<Integer>> members = new TreeMap<>();
    for (int c = 0; c < n; c++) {
      GridCell cell = cells.get(c);
      if (cell.population() <= 0) {
        continue;
      }
      long zx = (long) Math.floor(proj.x(cell.lon()) / size);
      long zy = (long) Math.floor(proj.y(cell.lat()) / size);
      members.computeIfAbsent(cell.districtId() + "|" + zx + "|" + zy, k -> new ArrayList<>()).add(c);
    }
    for (List<Integer> zone : members.values()) {
      double lat = 0;
      double lon = 0;
      double pop = 0;
      for (int c : zone) {
        GridCell cell = cells.get(c);
        lat += cell.population() * cell.lat();
        lon += cell.population() * cell.lon();
        pop += cell.population();
      }
      lat /= pop;
      lon /= pop;
      int best = zone.get(0);
      double bestD = Double.POSITIVE_INFINITY;
      for (int c : zone) {
        double d = Geo.distanceMeters(lat, lon, cells.get(c).lat(), cells.get(c).lon());
        if (d < bestD) {
          bestD = d;
          best = c;
        }
      }
      for (int c : zone) {
        rep[c] = best;
      }
    }
    return rep;
  }

  /**
   * Accessibility of a scenario that adds {@code lineStops} to the baseline: only the origins the line can affect
   * are searched (see {@link StopReach}); the others keep their baseline figures, which is exact, not an estimate.
   *
   * @param transferMeters the longest walk between two stops the transit search allows
   */
  public Accessibility update(Accessibility baseline, List<StopPoint> stops, TransitArrivals search,
                              List<StopPoint> lineStops, double transferMeters, ProgressCounter progress) {
    if (baseline.reach() == null) {
      throw new IllegalArgumentException("the baseline was computed without stop reach");
    }
    StopReach reach = baseline.reach();
    representatives();
    // Stops from which a rider could walk onto the line after a ride, by straight line (a lower bound of the walk).
    BitSet near = new BitSet(reach.stopIds().size());
    Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < reach.stopIds().size(); i++) {
      index.put(reach.stopIds().get(i), i);
    }
    Map<String, StopPoint> positions = new java.util.HashMap<>();
    for (StopPoint p : stops) {
      positions.put(p.stopId(), p);
    }
    for (String id : reach.stopIds()) {
      StopPoint p = positions.get(id);
      if (p == null) {
        continue;
      }
      for (StopPoint l : lineStops) {
        if (Geo.distanceMeters(p.lat(), p.lon(), l.lat(), l.lon()) <= transferMeters) {
          near.set(index.get(id));
          break;
        }
      }
    }
    boolean[] affected = new boolean[cells.size()];
    for (StopPoint l : lineStops) {
      for (int c : reach(l).cells()) {
        affected[c] = true; // walks straight to a stop of the line
        if (zoneOf[c] >= 0) {
          affected[zoneOf[c]] = true;
        }
      }
    }
    for (int c = 0; c < cells.size(); c++) {
      BitSet r = reach.reached()[c];
      if (r != null && r.intersects(near)) {
        affected[c] = true; // rides to a stop a walking transfer away from the line
      }
    }
    int[] origins = IntStream.of(representatives()).filter(c -> affected[c]).toArray();
    Accessibility partial = run(stops, search, origins, false, progress);
    double[][] jobs = new double[baseline.cutoffs().size()][];
    for (int k = 0; k < jobs.length; k++) {
      jobs[k] = baseline.jobsReachable()[k].clone();
      for (int c = 0; c < cells.size(); c++) {
        if (zoneOf[c] >= 0 && affected[zoneOf[c]]) {
          jobs[k][c] = partial.jobsReachable()[k][c];
        }
      }
    }
    return new Accessibility(baseline.cutoffs(), jobs, areas(jobs), partial.matrix(), baseline.origins(),
        origins.length, partial.searchNanos(), null);
  }

  private Accessibility run(List<StopPoint> stops, TransitArrivals search, int[] origins, boolean recordReach,
                            ProgressCounter progress) {
    int n = cells.size();
    int nStops = stops.size();
    // Egress: per stop, the cells within walking reach (seconds).
    WalkCatchments.CellReach[] egress = new WalkCatchments.CellReach[nStops];
    IntStream.range(0, nStops).parallel().forEach(s -> egress[s] = reach(stops.get(s)));
    // Access: the same walks inverted, per cell the stops it reaches.
    int[] count = new int[n];
    for (WalkCatchments.CellReach r : egress) {
      for (int c : r.cells()) {
        count[c]++;
      }
    }
    int[][] accessStops = new int[n][];
    int[][] accessSeconds = new int[n][];
    for (int c = 0; c < n; c++) {
      accessStops[c] = new int[count[c]];
      accessSeconds[c] = new int[count[c]];
    }
    int[] fill = new int[n];
    for (int s = 0; s < nStops; s++) {
      WalkCatchments.CellReach r = egress[s];
      for (int k = 0; k < r.size(); k++) {
        int c = r.cells()[k];
        accessStops[c][fill[c]] = s;
        accessSeconds[c][fill[c]] = Math.round(r.seconds()[k]);
        fill[c]++;
      }
    }
    IntStream.of(origins).parallel().forEach(this::direct);

    List<Integer> cutoffs = settings.cutoffsMinutes();
    double[][] jobs = new double[cutoffs.size()][n];
    BitSet[] reached = recordReach ? new BitSet[n] : null;
    AtomicLong nanos = new AtomicLong();
    int limit = settings.maxCutoff() * 60;
    int m = settings.minutes();
    int needed = settings.medianRank() + 1;
    int[] cutSeconds = cutoffs.stream().mapToInt(c -> c * 60).toArray();
    double[] jobsOf = new double[n];
    for (int c = 0; c < n; c++) {
      jobsOf[c] = cells.get(c).jobs();
    }
    ThreadLocal<TravelTimeTable> scratch = ThreadLocal.withInitial(() -> new TravelTimeTable(n, m));
    IntStream.of(origins).parallel().forEach(o -> {
      long t0 = cpuNanos();
      BitSet r = recordReach ? new BitSet(nStops) : null;
      TravelTimeTable tt = scratch.get();
      travelTimes(o, accessStops, accessSeconds, egress, search, limit, tt, r);
      int[] within = new int[cutSeconds.length];
      int[] times = tt.times();
      for (int d = 0; d < n; d++) { // in cell order, so that the sums do not depend on the search's order
        double dJobs = jobsOf[d];
        if (dJobs <= 0 || !tt.touched(d)) {
          continue;
        }
        int base = d * m;
        Arrays.fill(within, 0);
        for (int i = 0; i < m; i++) {
          int time = times[base + i];
          if (time <= limit) {
            for (int k = 0; k < cutSeconds.length; k++) {
              if (time <= cutSeconds[k]) {
                within[k]++;
              }
            }
          }
        }
        for (int k = 0; k < cutSeconds.length; k++) {
          if (within[k] >= needed) {
            jobs[k][o] += dJobs;
          }
        }
      }
      tt.clear();
      if (r != null) {
        reached[o] = r;
      }
      nanos.addAndGet(cpuNanos() - t0);
      progress.step(1);
    });
    // Every populated cell takes the figures of its zone's representative.
    for (int c = 0; c < n; c++) {
      int r = zoneOf[c];
      if (r >= 0 && r != c) {
        for (int k = 0; k < cutoffs.size(); k++) {
          jobs[k][c] = jobs[k][r];
        }
      }
    }
    TravelTimeMatrix matrix = matrix(accessStops, accessSeconds, egress, search);
    StopReach reach = recordReach ? new StopReach(stops.stream().map(StopPoint::stopId).toList(), reached) : null;
    return new Accessibility(cutoffs, jobs, areas(jobs), matrix, representatives().length, origins.length,
        nanos.get(), reach);
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      java.lang.management.ManagementFactory.getThreadMXBean();

  /**
   * CPU time of the current thread: what an origin really costs, whatever else the machine runs (wall time on a
   * shared machine would count other processes' work). Falls back to wall time where the JVM cannot tell.
   */
  private static long cpuNanos() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  /**
   * Fills {@code tt} with the travel seconds from an origin cell to every cell it reaches, per departure minute:
   * walking only (the direct walk, the same for every minute), or walking to a stop, riding, and walking from the
   * stop where the rider alighted. Walks start only at a vehicle arrival, so an access walk, a walk between stops
   * and an egress walk never chain into a "trip" that rides nothing, and a new stop that nobody rides to adds
   * nothing. Trips longer than {@code limit} do not count.
   *
   * <p>Minutes are taken from the last departure back to the first, as Raptor's range search produces them. Leaving
   * earlier never arrives later, so a cell's earliest arrival for a minute is the one of the minute after it,
   * improved by the stops whose vehicle arrival improved: only those stops' egress walks are propagated, about once
   * per headway instead of once per minute. (Should a stop's arrival ever get later, the minute is propagated from
   * scratch.) A stop whose arrival is beyond the limit in one minute is beyond it in every earlier one.
   *
   * @param reached when not null, receives the stops a vehicle reaches within the limit in some minute: the only
   *     stops a rider can walk on from to board another vehicle (Raptor walks between stops only after a ride; the
   *     access walk's stops are found from the walk catchments)
   */
  private void travelTimes(int origin, int[][] accessStops, int[][] accessSeconds,
                           WalkCatchments.CellReach[] egress, TransitArrivals search, int limit, TravelTimeTable tt,
                           BitSet reached) {
    int m = settings.minutes();
    // Walking all the way: once per destination, the same for every departure minute.
    WalkCatchments.CellReach w = direct(origin);
    for (int k = 0; k < w.size(); k++) {
      int t = Math.round(w.seconds()[k]);
      if (t <= limit) {
        tt.walk(w.cells()[k], t);
      }
    }
    TransitArrivals.Arrivals arr = accessStops[origin].length == 0 ? null
        : search.arrivals(accessStops[origin], accessSeconds[origin], settings.windowStart(), m, limit);
    int[] previous = null;
    for (int i = m - 1; i >= 0; i--) {
      int dep = settings.windowStart() + 60 * i;
      if (arr != null) {
        int[] row = arr.byVehicle()[i];
        if (previous == null) {
          previous = new int[row.length];
          Arrays.fill(previous, TransitArrivals.UNREACHED);
        }
        boolean later = false;
        for (int s = 0; s < row.length && !later; s++) {
          later = row[s] != TransitArrivals.UNREACHED && previous[s] != TransitArrivals.UNREACHED
              && row[s] > previous[s];
        }
        if (later) {
          tt.forgetArrivals();
          Arrays.fill(previous, TransitArrivals.UNREACHED);
        }
        for (int s = 0; s < row.length; s++) {
          int a = row[s];
          if (a == TransitArrivals.UNREACHED || a >= previous[s]) {
            continue; // not reached, or no earlier than for the minute after: already propagated
          }
          previous[s] = a;
          if (a - dep > limit) {
            continue;
          }
          if (reached != null) {
            reached.set(s);
          }
          WalkCatchments.CellReach r = egress[s];
          int[] rc = r.cells();
          float[] rs = r.seconds();
          for (int k = 0; k < rc.length; k++) {
            int t = a - dep + Math.round(rs[k]);
            if (t <= limit) {
              tt.arrive(rc[k], a + Math.round(rs[k]));
            }
          }
        }
      }
      tt.writeMinute(i, dep);
    }
  }

  private List<AreaAccessibility> areas(double[][] jobs) {
    List<Integer> cutoffs = settings.cutoffsMinutes();
    TreeSet<String> districts = new TreeSet<>();
    for (GridCell c : cells.cells()) {
      if (c.districtId() != null) {
        districts.add(c.districtId());
      }
    }
    List<String> names = new ArrayList<>();
    names.add(Coverage.REGION);
    names.addAll(districts);
    List<AreaAccessibility> out = new ArrayList<>();
    for (String name : names) {
      double pop = 0;
      double[] sum = new double[cutoffs.size()];
      for (int c = 0; c < cells.size(); c++) {
        GridCell cell = cells.get(c);
        if (cell.population() <= 0 || !(name.equals(Coverage.REGION) || name.equals(cell.districtId()))) {
          continue;
        }
        pop += cell.population();
        for (int k = 0; k < cutoffs.size(); k++) {
          sum[k] += cell.population() * jobs[k][c];
        }
      }
      Map<Integer, Double> mean = new TreeMap<>();
      for (int k = 0; k < cutoffs.size(); k++) {
        mean.put(cutoffs.get(k), pop > 0 ? sum[k] / pop : 0);
      }
      out.add(new AreaAccessibility(name, pop, mean));
    }
    return out;
  }

  /**
   * District centres: per district, its most populous cell (its main town's centre; a population-weighted centroid
   * can fall between towns, in a field far from any stop). Ties go to the first cell in grid order.
   */
  Map<String, Integer> centres() {
    Map<String, Integer> best = new TreeMap<>();
    for (int c = 0; c < cells.size(); c++) {
      GridCell cell = cells.get(c);
      if (cell.districtId() == null || cell.population() <= 0) {
        continue;
      }
      Integer b = best.get(cell.districtId());
      if (b == null || cell.population() > cells.get(b).population()) {
        best.put(cell.districtId(), c);
      }
    }
    return new LinkedHashMap<>(best);
  }

  private TravelTimeMatrix matrix(int[][] accessStops, int[][] accessSeconds, WalkCatchments.CellReach[] egress,
                                  TransitArrivals search) {
    Map<String, Integer> centres = centres();
    List<String> districts = new ArrayList<>(centres.keySet());
    int k = districts.size();
    int[][] minutes = new int[k][k];
    int limit = settings.matrixMaxMinutes() * 60;
    int m = settings.minutes();
    TravelTimeTable tt = new TravelTimeTable(cells.size(), m);
    for (int i = 0; i < k; i++) {
      int from = centres.get(districts.get(i));
      tt.clear();
      travelTimes(from, accessStops, accessSeconds, egress, search, limit, tt, null);
      for (int j = 0; j < k; j++) {
        int to = centres.get(districts.get(j));
        int[] times = Arrays.copyOfRange(tt.times(), to * m, to * m + m);
        Arrays.sort(times);
        int median = times[settings.medianRank()];
        minutes[i][j] = median == Integer.MAX_VALUE ? -1 : (int) Math.round(median / 60.0);
      }
    }
    List<String> centreIds = districts.stream().map(d -> cells.get(centres.get(d)).id()).toList();
    return new TravelTimeMatrix(districts, centreIds, minutes);
  }
}
