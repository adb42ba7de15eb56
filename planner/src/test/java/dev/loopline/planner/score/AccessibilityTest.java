package dev.loopline.planner.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopline.gtfs.geo.LocalProjection;
import dev.loopline.planner.progress.ProgressCounter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Six cells in a row 200 m apart on a street grid (walking 1.25 m/s, Manhattan distance). A one-way bus leaves
 * stop S0 (100 m from cell 0) every 10 minutes on the hour and reaches S1 (at cell 5) 20 minutes later. Departures
 * every minute 07:00-07:09, so the median is the 5th smallest of 10 travel times.
 */
class AccessibilityTest {
  static final LocalProjection P = CoverageTest.P;
  static final int T0 = 7 * 3600;

  static List<GridCell> cells() {
    double[] pop = {100, 0, 0, 0, 0, 50};
    double[] jobs = {10, 0, 0, 0, 50, 100};
    List<GridCell> out = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      out.add(new GridCell("c" + i, P.lat(0), P.lon(i * 200), pop[i], jobs[i], i < 3 ? "A" : "B", 40_000, false));
    }
    return out;
  }

  /** The bus line: board at S0 (index 0) on the next 10-minute mark, arrive at S1 (index 1) 20 minutes later. */
  static final TransitArrivals LINE = (accessStops, accessSeconds, first, minutes, max) -> {
    int[][] out = new int[minutes][2];
    java.util.BitSet reached = new java.util.BitSet();
    for (int i = 0; i < minutes; i++) {
      int dep = first + 60 * i;
      Arrays.fill(out[i], TransitArrivals.UNREACHED);
      for (int k = 0; k < accessStops.length; k++) {
        reached.set(accessStops[k]);
        if (accessStops[k] == 0) {
          int board = (dep + accessSeconds[k] + 599) / 600 * 600;
          out[i][1] = board + 1200; // alighting at S1
          reached.set(1);
        }
      }
    }
    return new TransitArrivals.Arrivals(out, reached);
  };

  @Test
  void jobsReachableByMedianTravelTime() {
    CellIndex index = new CellIndex(cells());
    AccessibilitySettings settings = new AccessibilitySettings(T0, T0 + 600, List.of(25, 30), 30, 300, 120);
    AccessibilityCalculator calc = new AccessibilityCalculator(index, new ManhattanCatchments(index, P), settings);
    List<StopPoint> stops = List.of(new StopPoint("S0", P.lat(100), P.lon(0), true, false),
        new StopPoint("S1", P.lat(0), P.lon(1000), true, false));
    Accessibility a = calc.compute(stops, LINE, ProgressCounter.none());
    // From cell 0: walk 100 m (80 s) to S0; departures 07:00..07:08 catch the 07:10 bus, 07:09 the 07:20 one.
    // To cell 5: 30, 29, ..., 22 min and 31 min; the 5th smallest is 26 min: within 30, not within 25.
    // To cell 4 (+200 m, 160 s egress): within 30 min for departures 07:03..07:08 only, 6 of 10: reachable.
    // Cell 0's own jobs are reached by walking (0 m).
    assertEquals(10, a.jobsReachable()[a.cutoffIndex(25)][0], 1e-9);
    assertEquals(160, a.jobsReachable()[a.cutoffIndex(30)][0], 1e-9);
    // Cell 5 has no bus onwards; it reaches its own 100 jobs, and cell 4 (200 m, 160 s) on foot.
    assertEquals(150, a.jobsReachable()[a.cutoffIndex(25)][5], 1e-9);
    assertEquals(2, a.origins());
    // Population-weighted means: region (100 x 160 + 50 x 150) / 150 at 30 min.
    assertEquals((100 * 160 + 50 * 150) / 150.0, a.area(Coverage.REGION).meanJobs().get(30), 1e-9);
    assertEquals(160, a.area("A").meanJobs().get(30), 1e-9);
    assertEquals(150, a.area("B").meanJobs().get(25), 1e-9);
    // District centres: cell 0 (A) and cell 5 (B). A to B: median 26 min; B to A: no way back (-1).
    TravelTimeMatrix m = a.matrix();
    assertEquals(List.of("A", "B"), m.districts());
    assertEquals(List.of("c0", "c5"), m.centreCells());
    assertArrayEquals(new int[] {0, 26}, m.minutes()[0]);
    assertArrayEquals(new int[] {-1, 0}, m.minutes()[1]);
  }

  @Test
  void originZonesSearchOnceAndShareTheResult() {
    List<GridCell> cells = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      cells.add(new GridCell("c" + i, P.lat(0), P.lon(i * 200), 100, i == 5 ? 100 : 0, i < 3 ? "A" : "B", 40_000,
          false));
    }
    CellIndex index = new CellIndex(cells);
    // 1 km zones: the row's centre is at x = 500, so cells 0-2 (district A) and 3-5 (B) form one zone each; with
    // equal populations the representatives are the middle cells, 1 and 4.
    AccessibilitySettings settings = new AccessibilitySettings(T0, T0 + 600, List.of(25, 30), 30, 300, 120, 1000);
    AccessibilityCalculator calc = new AccessibilityCalculator(index, new ManhattanCatchments(index, P), settings);
    org.junit.jupiter.api.Assertions.assertArrayEquals(new int[] {1, 4}, calc.representatives());
    Accessibility a = calc.compute(List.of(new StopPoint("S0", P.lat(100), P.lon(0), true, false),
        new StopPoint("S1", P.lat(0), P.lon(1000), true, false)), LINE, ProgressCounter.none());
    assertEquals(2, a.origins());
    assertEquals(2, a.searchedOrigins());
    // Cell 1 walks 300 m (240 s) to S0: departures 07:00..07:06 catch the 07:10 bus (arriving S1, at cell 5's
    // 100 jobs, at 07:30), 07:07..07:09 the 07:20 one: 30, 29, ..., 24 and 39, 38, 37 min. The 5th smallest is
    // 28 min: within 30, not within 25. Cell 4 walks 200 m to cell 5: within both.
    for (int c = 0; c < 3; c++) {
      assertEquals(0, a.jobsReachable()[a.cutoffIndex(25)][c], 1e-9);
      assertEquals(100, a.jobsReachable()[a.cutoffIndex(30)][c], 1e-9);
    }
    for (int c = 3; c < 6; c++) {
      assertEquals(100, a.jobsReachable()[a.cutoffIndex(25)][c], 1e-9);
    }
  }

  @Test
  void withoutTheBusOnlyWalkingCounts() {
    CellIndex index = new CellIndex(cells());
    AccessibilitySettings settings = new AccessibilitySettings(T0, T0 + 600, List.of(25, 30), 30, 300, 120);
    AccessibilityCalculator calc = new AccessibilityCalculator(index, new ManhattanCatchments(index, P), settings);
    Accessibility a = calc.compute(List.of(), (s, t, f, n, x) -> new TransitArrivals.Arrivals(new int[n][0], new java.util.BitSet()),
        ProgressCounter.none());
    assertEquals(10, a.jobsReachable()[a.cutoffIndex(30)][0], 1e-9);
  }

  /**
   * Issue 12, point 5: a walk to a stop and a walk from it are not a transit trip. Cell 0 (100 residents, 10 jobs)
   * and cell 3 (70 jobs) are 600 m apart; stop W lies between them, 300 m from each (walk limit 300 m). Walking
   * 300 m to W and 300 m on (480 s) used to count as reaching cell 3; only a ride to W may start the walk to cell 3.
   */
  @Test
  void walkingToAStopAndOnIsNotATransitTrip() {
    List<GridCell> cells = new ArrayList<>();
    double[] jobs = {10, 0, 0, 70, 0, 0};
    for (int i = 0; i < 6; i++) {
      cells.add(new GridCell("c" + i, P.lat(0), P.lon(i * 200), i == 0 ? 100 : 0, jobs[i], "A", 40_000, false));
    }
    CellIndex index = new CellIndex(cells);
    AccessibilitySettings settings = new AccessibilitySettings(T0, T0 + 600, List.of(25, 30), 30, 300, 120);
    AccessibilityCalculator calc = new AccessibilityCalculator(index, new ManhattanCatchments(index, P), settings);
    List<StopPoint> stops = List.of(new StopPoint("S0", P.lat(100), P.lon(0), true, false),
        new StopPoint("W", P.lat(0), P.lon(300), true, false));
    // No vehicle calls at W: cell 0 reaches its own 10 jobs and nothing else, although it walks to W.
    TransitArrivals noBus = (access, seconds, first, minutes, max) -> {
      java.util.BitSet reached = new java.util.BitSet();
      for (int s : access) {
        reached.set(s);
      }
      int[][] none = new int[minutes][2];
      for (int[] row : none) {
        Arrays.fill(row, TransitArrivals.UNREACHED);
      }
      return new TransitArrivals.Arrivals(none, reached);
    };
    Accessibility walkOnly = calc.compute(stops, noBus, ProgressCounter.none());
    assertEquals(10, walkOnly.jobsReachable()[walkOnly.cutoffIndex(30)][0], 1e-9);
    // The stops cell 0 reaches on a vehicle (from which a scenario's walking transfers could start): none.
    assertEquals(new java.util.BitSet(), walkOnly.reach().reached()[0]);
    // A bus from S0 (100 m, 80 s away) on every 10-minute mark reaching W 5 minutes later: leaving 07:00+i, i = 0..8,
    // it boards at 07:10 and reaches cell 3 at 07:10 + 300 s + 240 s walk: 19, 18, ..., 11 min; i = 9 boards at
    // 07:20: 20 min. All within 25 min: 10 + 70 jobs.
    TransitArrivals bus = (access, seconds, first, minutes, max) -> {
      int[][] out = new int[minutes][2];
      for (int i = 0; i < minutes; i++) {
        Arrays.fill(out[i], TransitArrivals.UNREACHED);
        for (int k = 0; k < access.length; k++) {
          if (access[k] == 0) {
            out[i][1] = (first + 60 * i + seconds[k] + 599) / 600 * 600 + 300;
          }
        }
      }
      return new TransitArrivals.Arrivals(out, java.util.BitSet.valueOf(new long[] {0b11}));
    };
    Accessibility ridden = calc.compute(stops, bus, ProgressCounter.none());
    assertEquals(80, ridden.jobsReachable()[ridden.cutoffIndex(25)][0], 1e-9);
    assertEquals(java.util.BitSet.valueOf(new long[] {0b10}), ridden.reach().reached()[0]); // W, by bus
  }
}
