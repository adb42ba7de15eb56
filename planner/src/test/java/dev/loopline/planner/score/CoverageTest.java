package dev.loopline.planner.score;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopline.gtfs.geo.LocalProjection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A row of six 200 m x 200 m cells at x = 0, 200, ... 1000 m on a street grid (walking distance = Manhattan).
 * District A holds x < 500, B the rest. Cell 2 is empty (not built-up).
 */
class CoverageTest {
  static final LocalProjection P = new LocalProjection(29.6, 106.3);
  static final double[] POP = {100, 200, 0, 400, 800, 1600};
  static final double[] JOBS = {1, 2, 0, 4, 8, 16};

  static List<GridCell> row() {
    List<GridCell> cells = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      double x = i * 200;
      cells.add(new GridCell("c" + i, P.lat(0), P.lon(x), POP[i], JOBS[i], x < 500 ? "A" : "B", 40_000,
          i == 2 || i == 3));
    }
    return cells;
  }

  static StopPoint stop(String id, double x, double y, boolean bus, boolean rail) {
    return new StopPoint(id, P.lat(y), P.lon(x), bus, rail);
  }

  static CoverageCalculator calculator() {
    CellIndex index = new CellIndex(row());
    return new CoverageCalculator(index, new ManhattanCatchments(index, P), CoverageSettings.DEFAULTS);
  }

  @Test
  void coverageOfATinyGridByHand() {
    CoverageCalculator calc = calculator();
    // Bus stop 100 m off the row at x = 0: walks 100, 300, 500, 700 ... m. Rail station at x = 1000 on the row.
    CoverageState s = calc.state(List.of(stop("bus", 0, 100, true, false), stop("rail", 1000, 0, false, true)));
    Coverage cov = calc.summarize(s);
    assertEquals(List.of("bus_300m", "bus_500m", "rail_800m", "transit"), cov.labels());
    AreaCoverage region = cov.area(Coverage.REGION);
    assertEquals(3100, region.population(), 1e-9);
    assertEquals(0.24, region.areaKm2(), 1e-12);
    assertEquals(0.20, region.builtUpKm2(), 1e-12);
    assertEquals(300, region.covered().get("bus_300m").population(), 1e-9);      // cells 0, 1
    assertEquals(3, region.covered().get("bus_300m").jobs(), 1e-9);
    assertEquals(0.12, region.covered().get("bus_500m").areaKm2(), 1e-9);        // cells 0, 1, 2
    assertEquals(3000, region.covered().get("rail_800m").population(), 1e-9);    // cells 1 ... 5
    assertEquals(3100, region.covered().get("transit").population(), 1e-9);      // all
    // GB/T 51328-2018, straight line from bus stops only: within 300 m and 500 m cells 0 (100 m) and 1 (224 m); cell 2
    // (412 m) is not built-up. Cells 4 and 5 lie beside the rail station, which does not count for the bus rates.
    assertEquals(0.08 / 0.20, region.gb300(), 1e-6);
    assertEquals(0.08 / 0.20, region.gb500(), 1e-6);
    AreaCoverage a = cov.area("A");
    assertEquals(300, a.population(), 1e-9);
    assertEquals(1.0, a.populationShare("bus_300m"), 1e-12);
    assertEquals(200, a.covered().get("rail_800m").population(), 1e-9);
    AreaCoverage belt = cov.area(Coverage.BORDER_BELT);
    assertEquals(400, belt.population(), 1e-9);                                  // cells 2, 3
    assertEquals(0, belt.covered().get("bus_500m").population(), 1e-9);
    assertEquals(List.of(Coverage.REGION, Coverage.BORDER_BELT, "A", "B"),
        cov.areas().stream().map(AreaCoverage::area).toList());
  }

  @Test
  void newlyCoveredPeopleByDistrict() {
    CoverageCalculator calc = calculator();
    CoverageState before = calc.state(List.of(stop("bus", 0, 100, true, false)));
    // A new bus stop 100 m off the row at x = 800: walks 500 m to cell 2, 300 to cell 3, 100 to 4, 300 to 5.
    CoverageState after = calc.plus(before, List.of(stop("new", 800, 100, true, false)));
    NewlyCovered n = calc.newlyCovered(before, after);
    assertArrayEquals(new int[] {3, 4, 5}, n.cells());                           // cell 2 was covered (500 m)
    assertEquals(2800, n.population(), 1e-9);
    assertEquals(28, n.jobs(), 1e-9);
    assertEquals(Map.of("B", 2800.0), n.populationByDistrict());
    // The baseline state is untouched by plus().
    assertEquals(Float.POSITIVE_INFINITY, before.busMeters()[4]);
    assertEquals(100f, after.busMeters()[4], 1e-3);
    // The new stop serves cells 2-5 within 500 m.
    assertEquals(2800, calc.servedResidents(List.of(stop("new", 800, 100, true, false))), 1e-9);
  }

  /**
   * Issue 12, point 8: GB/T 51328-2018 rates count built-up land only, at the density threshold (1,500 residents or
   * jobs per km², 60 per 200 m cell), and keep rail stations apart from bus stops. Four 0.04 km² cells at x = 0,
   * 200, 400, 600 m: 100 residents (2,500/km²: built-up), 50 (1,250/km²: not), 70 jobs (1,750/km²: built-up), 40
   * residents (not). A bus stop 100 m off cell 0, a rail station on cell 3.
   */
  @Test
  void standardRatesCountDenseLandAndKeepRailApart() {
    double[] pop = {100, 50, 0, 40};
    double[] jobs = {0, 0, 70, 0};
    List<GridCell> cells = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      cells.add(new GridCell("c" + i, P.lat(0), P.lon(i * 200), pop[i], jobs[i], "A", 40_000, false));
    }
    CellIndex index = new CellIndex(cells);
    CoverageCalculator calc = new CoverageCalculator(index, new ManhattanCatchments(index, P),
        CoverageSettings.DEFAULTS);
    AreaCoverage a = calc.summarize(calc.state(List.of(stop("bus", 0, 100, true, false),
        stop("rail", 600, 0, false, true)))).area(Coverage.REGION);
    assertEquals(0.08, a.builtUpKm2(), 1e-12);                 // cells 0 and 2
    // Bus stop: cell 0 at 100 m, cell 2 at 412 m (straight line). Counting the rail station would put cell 2
    // (200 m from it) within 300 m.
    assertEquals(0.5, a.gb300(), 1e-9);
    assertEquals(1.0, a.gb500(), 1e-9);
    // Rail station, 800 m: cells 2 (200 m) and 0 (600 m).
    assertEquals(1.0, a.gbRail(), 1e-9);
    // A cell just under the threshold (59 residents on 0.04 km² = 1,475/km²) is not built-up; 60 is.
    assertEquals(false, new GridCell("x", 0, 0, 59, 0, "A", 40_000, false).builtUp(1500));
    assertEquals(true, new GridCell("x", 0, 0, 60, 0, "A", 40_000, false).builtUp(1500));
  }
}
