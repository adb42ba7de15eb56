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
    // GB 50220-95, straight line: within 300 m cells 0 (100 m), 1 (224 m), 4 (200 m), 5 (0 m); 500 m adds cell 3
    // (400 m); cell 2 is not built-up and never counts.
    assertEquals(0.16 / 0.20, region.gb300(), 1e-6);
    assertEquals(1.0, region.gb500(), 1e-6);
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
}
