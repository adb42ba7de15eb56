package dev.loopline.planner.score;

import dev.loopline.gtfs.geo.Geo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Computes coverage: for each stop, the cells within network walking distance (a walk catchment, computed once per
 * stop and cached, so the baseline's catchments serve every proposal); per cell, the nearest bus stop and rail
 * station; then totals per area. A scenario's state is the baseline's plus the proposal's stops, so scoring a
 * proposal walks only from its own stops.
 */
public final class CoverageCalculator {
  private final CellIndex cells;
  private final WalkCatchments walk;
  private final CoverageSettings settings;
  private final Map<String, WalkCatchments.CellReach> cache = new ConcurrentHashMap<>();

  public CoverageCalculator(CellIndex cells, WalkCatchments walk, CoverageSettings settings) {
    this.cells = cells;
    this.walk = walk;
    this.settings = settings;
  }

  public CoverageSettings settings() {
    return settings;
  }

  public CellIndex cells() {
    return cells;
  }

  /** The state of a network with these stops. */
  public CoverageState state(List<StopPoint> stops) {
    float[] bus = new float[cells.size()];
    float[] rail = new float[cells.size()];
    float[] busStraight = new float[cells.size()];
    float[] railStraight = new float[cells.size()];
    Arrays.fill(bus, Float.POSITIVE_INFINITY);
    Arrays.fill(rail, Float.POSITIVE_INFINITY);
    Arrays.fill(busStraight, Float.POSITIVE_INFINITY);
    Arrays.fill(railStraight, Float.POSITIVE_INFINITY);
    CoverageState s = new CoverageState(bus, rail, busStraight, railStraight);
    add(s, stops);
    return s;
  }

  /** A copy of {@code base} with more stops (a proposal's, bus-served). */
  public CoverageState plus(CoverageState base, List<StopPoint> added) {
    CoverageState s = new CoverageState(base.busMeters().clone(), base.railMeters().clone(),
        base.busStraightMeters().clone(), base.railStraightMeters().clone());
    add(s, added);
    return s;
  }

  private void add(CoverageState s, List<StopPoint> stops) {
    // Catchments in parallel (the walk trees are the work), then a sequential, deterministic merge.
    stops.parallelStream().forEach(this::catchment);
    int gbMax = Math.max(500, settings.railMeters());
    for (StopPoint p : stops) {
      WalkCatchments.CellReach reach = catchment(p);
      for (int k = 0; k < reach.size(); k++) {
        int c = reach.cells()[k];
        float m = reach.meters()[k];
        if (p.bus() && m < s.busMeters()[c]) {
          s.busMeters()[c] = m;
        }
        if (p.rail() && m < s.railMeters()[c]) {
          s.railMeters()[c] = m;
        }
      }
      for (int c : cells.within(p.lat(), p.lon(), gbMax)) {
        float d = (float) Geo.distanceMeters(p.lat(), p.lon(), cells.get(c).lat(), cells.get(c).lon());
        if (p.bus() && d < s.busStraightMeters()[c]) {
          s.busStraightMeters()[c] = d;
        }
        if (p.rail() && d < s.railStraightMeters()[c]) {
          s.railStraightMeters()[c] = d;
        }
      }
    }
  }

  /** Cells within walking reach of a stop: the rail distance for rail stations, the largest bus one otherwise. */
  WalkCatchments.CellReach catchment(StopPoint p) {
    int meters = p.rail() ? Math.max(settings.railMeters(), p.bus() ? settings.maxBusMeters() : 0)
        : settings.maxBusMeters();
    return cache.computeIfAbsent(p.stopId() + "@" + meters + "@" + p.lat() + "," + p.lon(),
        k -> walk.around(p.lat(), p.lon(), meters));
  }

  /** Whether cell {@code c} is covered at a threshold label. */
  public boolean covered(CoverageState s, int c, String label) {
    if (label.equals(CoverageSettings.TRANSIT)) {
      return s.busMeters()[c] <= settings.maxBusMeters() || s.railMeters()[c] <= settings.railMeters();
    }
    if (label.startsWith("rail_")) {
      return s.railMeters()[c] <= settings.railMeters();
    }
    int m = Integer.parseInt(label.substring(4, label.length() - 1));
    return s.busMeters()[c] <= m;
  }

  /** Totals per area: the region, the border belt, then each district (sorted by id). */
  public Coverage summarize(CoverageState s) {
    List<String> labels = settings.labels();
    TreeSet<String> districts = new TreeSet<>();
    for (GridCell c : cells.cells()) {
      if (c.districtId() != null) {
        districts.add(c.districtId());
      }
    }
    List<AreaCoverage> areas = new ArrayList<>();
    areas.add(area(s, Coverage.REGION, labels, c -> true));
    areas.add(area(s, Coverage.BORDER_BELT, labels, GridCell::inBorderBelt));
    for (String d : districts) {
      areas.add(area(s, d, labels, c -> d.equals(c.districtId())));
    }
    return new Coverage(labels, areas);
  }

  private AreaCoverage area(CoverageState s, String name, List<String> labels,
                            java.util.function.Predicate<GridCell> in) {
    double pop = 0;
    double jobs = 0;
    double area = 0;
    double built = 0;
    double gb300 = 0;
    double gb500 = 0;
    double gbRail = 0;
    double[][] cov = new double[labels.size()][3];
    for (int i = 0; i < cells.size(); i++) {
      GridCell c = cells.get(i);
      if (!in.test(c)) {
        continue;
      }
      pop += c.population();
      jobs += c.jobs();
      area += c.areaM2();
      if (c.builtUp(settings.builtUpPerKm2())) {
        built += c.areaM2();
        if (s.busStraightMeters()[i] <= 300) {
          gb300 += c.areaM2();
        }
        if (s.busStraightMeters()[i] <= 500) {
          gb500 += c.areaM2();
        }
        if (s.railStraightMeters()[i] <= settings.railMeters()) {
          gbRail += c.areaM2();
        }
      }
      for (int l = 0; l < labels.size(); l++) {
        if (covered(s, i, labels.get(l))) {
          cov[l][0] += c.population();
          cov[l][1] += c.jobs();
          cov[l][2] += c.areaM2();
        }
      }
    }
    Map<String, AreaCoverage.Covered> covered = new LinkedHashMap<>();
    for (int l = 0; l < labels.size(); l++) {
      covered.put(labels.get(l), new AreaCoverage.Covered(cov[l][0], cov[l][1], cov[l][2] / 1e6));
    }
    return new AreaCoverage(name, pop, jobs, area / 1e6, built / 1e6, covered,
        built > 0 ? gb300 / built : 0, built > 0 ? gb500 / built : 0, built > 0 ? gbRail / built : 0);
  }

  /** Cells covered (headline threshold) in {@code after} but not in {@code before}. */
  public NewlyCovered newlyCovered(CoverageState before, CoverageState after) {
    int[] out = new int[cells.size()];
    int n = 0;
    double pop = 0;
    double jobs = 0;
    double area = 0;
    Map<String, Double> byDistrict = new TreeMap<>();
    for (int i = 0; i < cells.size(); i++) {
      if (covered(after, i, CoverageSettings.TRANSIT) && !covered(before, i, CoverageSettings.TRANSIT)) {
        out[n++] = i;
        GridCell c = cells.get(i);
        pop += c.population();
        jobs += c.jobs();
        area += c.areaM2();
        if (c.districtId() != null) {
          byDistrict.merge(c.districtId(), c.population(), Double::sum);
        }
      }
    }
    return new NewlyCovered(Arrays.copyOf(out, n), pop, jobs, area / 1e6, byDistrict);
  }

  /**
   * Residents within the largest bus walking distance of any of these stops: the population a line serves, the
   * basis of its boardings estimate. Each cell counts once however many of the stops it reaches.
   */
  public double servedResidents(List<StopPoint> lineStops) {
    boolean[] seen = new boolean[cells.size()];
    double pop = 0;
    for (StopPoint p : lineStops) {
      WalkCatchments.CellReach reach = catchment(new StopPoint(p.stopId(), p.lat(), p.lon(), true, false));
      for (int k = 0; k < reach.size(); k++) {
        int c = reach.cells()[k];
        if (!seen[c] && reach.meters()[k] <= settings.maxBusMeters()) {
          seen[c] = true;
          pop += cells.get(c).population();
        }
      }
    }
    return pop;
  }
}
