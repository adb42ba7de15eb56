package dev.loopline.osm.population;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopline.gtfs.geo.LocalProjection;
import dev.loopline.gtfs.io.CsvFile;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.StreetInputException;
import dev.loopline.osm.district.District;
import dev.loopline.osm.district.Districts;
import dev.loopline.osm.geo.GeoJsonPolygons;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * Where people live and work, as a grid of cells (hexagons or squares), each assigned to the district its centre lies
 * in. Read from a CSV of cell centres (the r5r/Ipea layout) or a GeoJSON of cell polygons. Cells keep file order.
 */
public final class PopulationGrid {
  private final List<Cell> cells;
  private final double totalPopulation;
  private final double totalJobs;

  private PopulationGrid(List<Cell> cells) {
    this.cells = List.copyOf(cells);
    this.totalPopulation = cells.stream().mapToDouble(Cell::population).sum();
    this.totalJobs = cells.stream().mapToDouble(Cell::jobs).sum();
  }

  /** A grid from cells already in memory (the synthetic sample, tests). */
  public static PopulationGrid of(List<Cell> cells) {
    return new PopulationGrid(cells);
  }

  /**
   * Reads a CSV with a header naming at least {@code id}, {@code lon}, {@code lat} and {@code population}; {@code jobs}
   * and {@code area_m2} are optional, other columns (schools, healthcare, ...) are ignored. Column names are matched
   * case-insensitively, in any order. Every cell needs a population; an empty or {@code NA} job count means no jobs.
   * Without {@code area_m2}, every cell gets the area inferred from the grid's spacing (see {@link GridSpacing}).
   *
   * @param districtsOrNull districts to assign cells to, or null
   * @throws StreetInputException naming the file, line and column of the first bad value
   */
  public static PopulationGrid loadCsv(Path csv, Districts districtsOrNull) throws StreetInputException {
    CsvFile t = readCsv(csv);
    int id = required(csv, t, "id");
    int lon = required(csv, t, "lon");
    int lat = required(csv, t, "lat");
    int pop = required(csv, t, "population");
    int jobs = t.column("jobs");
    int area = t.column("area_m2");
    if (t.rows().isEmpty()) {
      throw new StreetInputException(csv, 2, null, "the grid has no cells");
    }
    List<String> ids = new ArrayList<>(t.rows().size());
    List<LatLon> centres = new ArrayList<>(t.rows().size());
    List<double[]> values = new ArrayList<>(t.rows().size());
    Set<String> seen = new HashSet<>();
    for (CsvFile.Row r : t.rows()) {
      if (r.values().size() != t.header().size()) {
        throw new StreetInputException(csv, r.line(), null,
            "has " + r.values().size() + " values but the header has " + t.header().size() + " columns");
      }
      String cellId = r.values().get(id).trim();
      if (cellId.isEmpty()) {
        throw new StreetInputException(csv, r.line(), t.header().get(id), "missing cell id");
      }
      if (!seen.add(cellId)) {
        throw new StreetInputException(csv, r.line(), t.header().get(id), "duplicate cell id '" + cellId + "'");
      }
      double la = number(csv, t, r, lat);
      double lo = number(csv, t, r, lon);
      if (la < -90 || la > 90) {
        throw new StreetInputException(csv, r.line(), t.header().get(lat), "latitude out of range -90..90: " + la);
      }
      if (lo < -180 || lo > 180) {
        throw new StreetInputException(csv, r.line(), t.header().get(lon), "longitude out of range -180..180: " + lo);
      }
      double p = count(csv, t, r, pop);
      double j = jobs < 0 || isNoData(r.values().get(jobs)) ? 0 : count(csv, t, r, jobs);
      double a = area < 0 ? Double.NaN : count(csv, t, r, area);
      ids.add(cellId);
      centres.add(new LatLon(la, lo));
      values.add(new double[] {p, j, a});
    }
    double inferred = Double.NaN;
    if (area < 0) {
      GridSpacing spacing = GridSpacing.infer(centres);
      if (spacing == null) {
        throw new StreetInputException(csv, 0, "area_m2",
            "cannot infer the cell size from fewer than two distinct cells: add an area_m2 column");
      }
      inferred = spacing.cellAreaM2();
    }
    List<Cell> cells = new ArrayList<>(ids.size());
    for (int i = 0; i < ids.size(); i++) {
      LatLon c = centres.get(i);
      double[] v = values.get(i);
      double cellArea = area < 0 ? inferred : v[2];
      int line = t.rows().get(i).line();
      plausible(csv, line, t.header().get(pop), v[0], cellArea, MAX_RESIDENTS_PER_KM2, "residents");
      if (jobs >= 0) {
        plausible(csv, line, t.header().get(jobs), v[1], cellArea, MAX_JOBS_PER_KM2, "jobs");
      }
      cells.add(new Cell(ids.get(i), c.lat(), c.lon(), v[0], v[1], districtOf(districtsOrNull, c), cellArea));
    }
    return new PopulationGrid(cells);
  }

  /**
   * Reads a GeoJSON FeatureCollection of Polygon/MultiPolygon cells with properties {@code id}, {@code population}
   * and optional {@code jobs}. The centre is the polygon's centroid (its interior point when the centroid falls
   * outside), the area the polygon's area in a local metric projection.
   *
   * @throws StreetInputException naming the file, the feature's line and the property
   */
  public static PopulationGrid loadGeoJson(Path geojson, Districts districtsOrNull) throws StreetInputException {
    List<Cell> cells = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (GeoJsonPolygons.Feature f : GeoJsonPolygons.read(geojson)) {
      JsonNode idNode = f.properties().get("id");
      if (idNode == null || !idNode.isValueNode() || idNode.asText().isBlank()) {
        throw new StreetInputException(geojson, f.line(), "properties.id", "feature " + (f.index() + 1) + " has no id");
      }
      String id = idNode.asText().trim();
      if (!seen.add(id)) {
        throw new StreetInputException(geojson, f.line(), "properties.id", "duplicate cell id '" + id + "'");
      }
      double population = property(geojson, f, "population", true);
      double jobs = property(geojson, f, "jobs", false);
      Geometry g = f.geometry();
      Point centre = g.getCentroid();
      if (!g.covers(centre)) {
        centre = g.getInteriorPoint();
      }
      LatLon c = new LatLon(centre.getY(), centre.getX());
      double areaM2 = new LocalProjection(c.lat(), c.lon()).toMeters(g).getArea();
      plausible(geojson, f.line(), "properties.population", population, areaM2, MAX_RESIDENTS_PER_KM2, "residents");
      plausible(geojson, f.line(), "properties.jobs", jobs, areaM2, MAX_JOBS_PER_KM2, "jobs");
      cells.add(new Cell(id, c.lat(), c.lon(), population, jobs, districtOf(districtsOrNull, c), areaM2));
    }
    return new PopulationGrid(cells);
  }

  /**
   * Densities no real place reaches, by a wide margin (the densest city districts house about 50,000 people and
   * employ a few hundred thousand per km²); above them a value is a unit or parsing mistake ({@code 1e300}, people
   * per hectare read as per cell) and would swamp every score.
   */
  static final double MAX_RESIDENTS_PER_KM2 = 200_000;
  static final double MAX_JOBS_PER_KM2 = 1_000_000;

  private static void plausible(Path file, int line, String field, double count, double areaM2, double maxPerKm2,
                                String what) {
    double km2 = Math.max(areaM2, 1) / 1e6;
    if (count / km2 > maxPerKm2) {
      throw new StreetInputException(file, line, field, String.format(java.util.Locale.ROOT,
          "%s %s in a cell of %.3f km² is not plausible (more than %,.0f per km²); check the value and its unit",
          count >= 1e9 ? String.format(java.util.Locale.ROOT, "%.3g", count) : String.format(java.util.Locale.ROOT,
              "%,.0f", count), what, km2, maxPerKm2));
    }
  }

  private static String districtOf(Districts districts, LatLon c) {
    return districts == null ? null : districts.locate(c.lat(), c.lon()).map(District::id).orElse(null);
  }

  /** The grid file as CSV; every way it cannot be read is a {@link StreetInputException} naming it. */
  private static CsvFile readCsv(Path file) {
    CsvFile t;
    try {
      t = CsvFile.read(file);
    } catch (NoSuchFileException e) {
      throw new StreetInputException(file, "file not found", e);
    } catch (MalformedInputException e) {
      throw new StreetInputException(file, "is not UTF-8 text", e);
    } catch (IOException e) {
      throw new StreetInputException(file, "cannot read: " + e.getMessage(), e);
    } catch (CsvFile.UnterminatedQuoteException e) {
      throw new StreetInputException(file, e.line(), null, e.getMessage());
    }
    if (t.empty()) {
      throw new StreetInputException(file, "file is empty (expected a header line)");
    }
    return t;
  }

  private static int required(Path csv, CsvFile t, String name) {
    int i = t.column(name);
    if (i < 0) {
      throw new StreetInputException(csv, 1, name,
          "missing column '" + name + "' (header has: " + String.join(", ", t.header()) + ")");
    }
    return i;
  }

  /** An empty or NA value, as R exports leave for cells without data (Porto Alegre has five such job counts). */
  private static boolean isNoData(String raw) {
    String v = raw.trim();
    return v.isEmpty() || v.equalsIgnoreCase("NA");
  }

  private static double number(Path csv, CsvFile t, CsvFile.Row r, int col) {
    String raw = r.values().get(col).trim();
    String field = t.header().get(col);
    if (raw.isEmpty()) {
      throw new StreetInputException(csv, r.line(), field, "missing value");
    }
    double v;
    try {
      v = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      throw new StreetInputException(csv, r.line(), field, "not a number: '" + raw + "'");
    }
    if (!Double.isFinite(v)) {
      throw new StreetInputException(csv, r.line(), field, "not a finite number: '" + raw + "'");
    }
    return v;
  }

  private static double count(Path csv, CsvFile t, CsvFile.Row r, int col) {
    double v = number(csv, t, r, col);
    if (v < 0) {
      throw new StreetInputException(csv, r.line(), t.header().get(col), "must not be negative: " + v);
    }
    return v;
  }

  private static double property(Path file, GeoJsonPolygons.Feature f, String key, boolean required) {
    JsonNode v = f.properties().get(key);
    if (v == null || v.isNull()) {
      if (required) {
        throw new StreetInputException(file, f.line(), "properties." + key,
            "feature " + (f.index() + 1) + " has no '" + key + "'");
      }
      return 0;
    }
    double d;
    if (v.isNumber()) {
      d = v.asDouble();
    } else {
      try {
        d = Double.parseDouble(v.asText().trim());
      } catch (NumberFormatException e) {
        throw new StreetInputException(file, f.line(), "properties." + key,
            "feature " + (f.index() + 1) + ": not a number: " + v);
      }
    }
    if (!Double.isFinite(d) || d < 0) {
      throw new StreetInputException(file, f.line(), "properties." + key,
          "feature " + (f.index() + 1) + ": must be a finite number >= 0, was " + v);
    }
    return d;
  }

  /** All cells in file order. */
  public List<Cell> cells() {
    return cells;
  }

  public double totalPopulation() {
    return totalPopulation;
  }

  public double totalJobs() {
    return totalJobs;
  }

  /** Residents per district id (cells outside every district under the key {@code null} are left out). */
  public Map<String, Double> populationByDistrict() {
    Map<String, Double> out = new LinkedHashMap<>();
    for (Cell c : cells) {
      if (c.districtId() != null) {
        out.merge(c.districtId(), c.population(), Double::sum);
      }
    }
    return out;
  }
}
