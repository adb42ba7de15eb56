package dev.loopline.planner.gis;

import dev.loopline.gtfs.geo.Geo;
import dev.loopline.gtfs.geo.LocalProjection;
import dev.loopline.gtfs.model.Agency;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.district.District;
import dev.loopline.osm.district.Districts;
import dev.loopline.planner.proposal.LineDirection;
import dev.loopline.planner.score.CoverageCalculator;
import dev.loopline.planner.score.CoverageSettings;
import dev.loopline.planner.score.CoverageState;
import dev.loopline.planner.score.DistrictShare;
import dev.loopline.planner.score.Evaluation;
import dev.loopline.planner.score.GridCell;
import dev.loopline.planner.score.ProposalScore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Builds the GIS tables of a network and its evaluation. Every table is sorted by its natural key, so the same
 * network and proposals give the same rows in the same order.
 */
public final class GisLayers {
  private static final String WHERE = "WGS84 lon/lat (EPSG:4326)";

  private final Feed feed;
  private final FeedIndex index;
  private final Districts districts;
  private final List<GridCell> cells;
  private final CoverageCalculator coverage;
  private final CoverageState baseline;
  private final List<ProposalScore> proposals;
  private final Map<String, Geometry> districtAreas;
  private final EnglishNames english;
  private Map<String, Geometry> paths;

  /**
   * The network with an evaluation's proposals (what {@code export --postgis} writes).
   *
   * @param districts the network's districts
   * @param evaluation the baseline and the proposals scored on this feed
   * @param coverage the thresholds the evaluation used
   * @param baseline the baseline's coverage per cell of {@code evaluation.cells()}
   */
  public GisLayers(Feed feed, Districts districts, Evaluation evaluation, CoverageCalculator coverage,
                   CoverageState baseline, EnglishNames english) {
    this(feed, districts, evaluation.cells(), coverage, baseline, evaluation.proposals(), evaluation.districtAreas(),
        english);
  }

  /**
   * The network alone, or with scored proposals.
   *
   * @param cells the population grid's cells, in the order of {@code baseline}'s arrays
   * @param proposals proposals scored on this feed (none: empty proposal tables)
   * @param districts the network's districts, {@code null} when it was built without them
   * @param districtAreas district outlines by id, to clip the proposals' paths
   * @param english the English names of stops, routes and operators ({@link EnglishNames#NONE}: none)
   */
  public GisLayers(Feed feed, Districts districts, List<GridCell> cells, CoverageCalculator coverage,
                   CoverageState baseline, List<ProposalScore> proposals, Map<String, Geometry> districtAreas,
                   EnglishNames english) {
    this.feed = feed;
    this.index = new FeedIndex(feed);
    this.districts = districts;
    this.cells = List.copyOf(cells);
    this.coverage = coverage;
    this.baseline = baseline;
    this.proposals = List.copyOf(proposals);
    this.districtAreas = Map.copyOf(districtAreas);
    this.english = english;
  }

  private synchronized Map<String, Geometry> paths() {
    if (paths == null) {
      paths = RoutePaths.of(index);
    }
    return paths;
  }

  /** Every table, in the order a GIS user adds them to a map (areas first, points last). */
  public List<GisTable> tables() {
    return List.of(districts(), borderBelt(), populationCells(), routeShapes(), routes(), rail(), stops(),
        proposals(), proposalSplits());
  }

  public GisTable districts() {
    Map<String, double[]> people = new TreeMap<>();
    for (GridCell c : cells) {
      if (c.districtId() != null) {
        double[] pj = people.computeIfAbsent(c.districtId(), k -> new double[2]);
        pj[0] += c.population();
        pj[1] += c.jobs();
      }
    }
    GisTable.Builder t = new GisTable.Builder("districts",
        "The districts whose feeds the network merges (each runs its own buses).", GeometryType.MULTIPOLYGON,
        "the district's outline, " + WHERE)
        .column("id", GisColumn.TEXT, "district id, as the other tables' column district names it")
        .column("name", GisColumn.TEXT, "the district's name (Chinese for the Science City)")
        .column("name_en", GisColumn.TEXT, "the district's English name")
        .column("population", GisColumn.NUMBER, "residents of the population cells whose centre lies in the district")
        .column("jobs", GisColumn.NUMBER, "jobs of those cells")
        .column("area_km2", GisColumn.NUMBER, "area in square kilometres");
    for (District d : districtList()) {
      double[] pj = people.getOrDefault(d.id(), new double[2]);
      t.row(d.area(), d.id(), d.name(), d.nameEn(), pj[0], pj[1], areaKm2(d.area()));
    }
    return t.build();
  }

  public GisTable borderBelt() {
    double meters = coverage == null ? CoverageSettings.DEFAULTS.borderBeltMeters()
        : coverage.settings().borderBeltMeters();
    Geometry belt = districts == null ? GeometryType.FACTORY.createMultiPolygon() : districts.borderBelt(meters);
    GisTable.Builder t = new GisTable.Builder("border_belt",
        "The border belt: land within the belt width of a border two districts share, where cross-border lines"
            + " matter most (empty when no two districts touch).", GeometryType.MULTIPOLYGON,
        "the belt, clipped to the districts, " + WHERE)
        .column("width_m", GisColumn.NUMBER, "distance from the shared border, metres")
        .column("area_km2", GisColumn.NUMBER, "area in square kilometres");
    if (!belt.isEmpty()) {
      t.row(belt, meters, areaKm2(belt));
    }
    return t.build();
  }

  public GisTable populationCells() {
    GisTable.Builder t = new GisTable.Builder("population_cells",
        "Population grid cells with the baseline's walking coverage and the proposals that newly cover them.",
        GeometryType.POINT, "the cell's centre, " + WHERE)
        .column("cell_id", GisColumn.TEXT, "the cell's id in the population file")
        .column("district", GisColumn.TEXT, "district containing the centre (null outside every district)")
        .column("population", GisColumn.NUMBER, "residents")
        .column("jobs", GisColumn.NUMBER, "jobs")
        .column("area_m2", GisColumn.NUMBER, "cell area, square metres")
        .column("border_belt", GisColumn.BOOLEAN, "centre within the border belt")
        .column("bus_walk_m", GisColumn.INTEGER, "walking metres on the streets to the nearest bus stop of the"
            + " baseline, rounded up (null: farther than the largest coverage distance)")
        .column("rail_walk_m", GisColumn.INTEGER, "walking metres to the nearest rail station, rounded up (null:"
            + " farther than the rail coverage distance)")
        .column("covered", GisColumn.BOOLEAN, "covered at the headline threshold: a bus stop within the largest bus"
            + " distance or a rail station within the rail distance");
    List<String> labels = coverage.settings().labels().stream().filter(l -> !l.equals(CoverageSettings.TRANSIT))
        .toList();
    for (String label : labels) {
      t.column("covered_" + label, GisColumn.BOOLEAN, "covered within " + label.replace('_', ' ') + " walking");
    }
    t.column("newly_covered_by", GisColumn.TEXT, "ids of the exported proposals that bring this cell within the"
        + " headline threshold for the first time, comma-separated (null: none)");
    List<TreeSet<String>> newly = new ArrayList<>();
    cells.forEach(c -> newly.add(new TreeSet<>()));
    for (ProposalScore s : proposals) {
      for (int c : s.newlyCovered().cells()) {
        newly.get(c).add(s.id());
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      order.add(i);
    }
    order.sort((a, b) -> cells.get(a).id().compareTo(cells.get(b).id()));
    for (int i : order) {
      GridCell c = cells.get(i);
      List<Object> values = new ArrayList<>(List.of(c.id()));
      values.add(c.districtId());
      values.add(c.population());
      values.add(c.jobs());
      values.add(c.areaM2());
      values.add(c.inBorderBelt());
      values.add(meters(baseline.busMeters()[i]));
      values.add(meters(baseline.railMeters()[i]));
      values.add(coverage.covered(baseline, i, CoverageSettings.TRANSIT));
      for (String label : labels) {
        values.add(coverage.covered(baseline, i, label));
      }
      values.add(newly.get(i).isEmpty() ? null : String.join(",", newly.get(i)));
      t.row(point(c.lon(), c.lat()), values.toArray());
    }
    return t.build();
  }

  public GisTable routeShapes() {
    Map<String, Geometry> paths = paths();
    GisTable.Builder t = routeColumns(new GisTable.Builder("route_shapes",
        "Bus routes of the unified feed by operator and district: each route's paths (every distinct shape of its"
            + " trips, a street run both ways counted once) clipped to each district it runs in.",
        GeometryType.MULTILINESTRING, "the route's paths inside the district, " + WHERE))
        .column("district", GisColumn.TEXT, "the district this piece runs in (null: outside every district)")
        .column("km", GisColumn.NUMBER, "length of this piece, kilometres");
    for (Route r : sorted(feed.routes(), Route::id)) {
      Geometry path = paths.get(r.id());
      if (r.isRail() || path == null) {
        continue;
      }
      Geometry outside = path;
      for (District d : districtList()) {
        if (!path.getEnvelopeInternal().intersects(d.area().getEnvelopeInternal())) {
          continue;
        }
        Geometry inside = path.intersection(d.area());
        outside = outside.difference(d.area());
        t.row(inside, routeValues(r, d.id(), lineKm(inside)));
      }
      t.row(outside, routeValues(r, null, lineKm(outside)));
    }
    return t.build();
  }

  /**
   * Every route of the unified feed, bus and rail, whole: its paths, the district it runs in most and every district
   * it crosses (the web map's routes layer).
   */
  public GisTable routes() {
    return wholeRoutes("routes", "Every route of the unified feed, bus and rail, with the districts it crosses.",
        r -> true);
  }

  /** The rail lines (metro, rail, tram), whole. */
  public GisTable rail() {
    return wholeRoutes("rail", "Rail lines of the unified feed (metro, rail, tram).", Route::isRail);
  }

  private GisTable wholeRoutes(String name, String comment, Predicate<Route> which) {
    Map<String, Geometry> paths = paths();
    GisTable.Builder t = routeColumns(new GisTable.Builder(name, comment, GeometryType.MULTILINESTRING,
        "the route's paths (every distinct shape of its trips), " + WHERE))
        .column("district", GisColumn.TEXT, "the district it runs in most (null: outside every district)")
        .column("km", GisColumn.NUMBER, "length of its paths, kilometres")
        .column("districts", GisColumn.TEXT, "every district it runs in, comma-separated");
    for (Route r : sorted(feed.routes(), Route::id)) {
      Geometry path = paths.get(r.id());
      if (path == null || !which.test(r)) {
        continue;
      }
      String main = null;
      double best = 0;
      List<String> crossed = new ArrayList<>();
      for (District d : districtList()) {
        if (path.getEnvelopeInternal().intersects(d.area().getEnvelopeInternal())) {
          double km = lineKm(path.intersection(d.area()));
          if (km > 0) {
            crossed.add(d.id());
            if (km > best) {
              best = km;
              main = d.id();
            }
          }
        }
      }
      List<Object> values = new ArrayList<>(Arrays.asList(routeValues(r, main, lineKm(path))));
      values.add(crossed.isEmpty() ? null : String.join(",", crossed));
      t.row(path, values.toArray());
    }
    return t.build();
  }

  private static GisTable.Builder routeColumns(GisTable.Builder t) {
    return t.column("route_id", GisColumn.TEXT, "route_id in the unified feed")
        .column("name", GisColumn.TEXT, "the name riders see (short name, else long name, else id)")
        .column("agency_id", GisColumn.TEXT, "the operator's agency_id")
        .column("operator", GisColumn.TEXT, "the operator's name (agency_name)")
        .column("short_name", GisColumn.TEXT, "route_short_name")
        .column("long_name", GisColumn.TEXT, "route_long_name")
        .column("long_name_en", GisColumn.TEXT, "route_long_name in English (translations.txt), null when none")
        .column("operator_en", GisColumn.TEXT, "the operator's name in English (translations.txt), null when none")
        .column("route_type", GisColumn.INTEGER, "GTFS route_type (3 bus; 0 tram, 1 metro, 2 rail, 12 monorail)")
        .column("mode", GisColumn.TEXT, "bus or rail")
        .column("color", GisColumn.TEXT, "route_color as #RRGGBB (null when the feed gives none)");
  }

  private Object[] routeValues(Route r, String district, double km) {
    Agency a = agency(r);
    String name = r.shortName() != null && !r.shortName().isBlank() ? r.shortName()
        : r.longName() != null && !r.longName().isBlank() ? r.longName() : r.id();
    return new Object[] {r.id(), name, a == null ? r.agencyId() : a.id(), a == null ? null : a.name(), r.shortName(),
        r.longName(), english.routeLongName(r), a == null ? null : english.agency(a),
        r.type(), r.isRail() ? "rail" : "bus", color(r), district, km};
  }

  public GisTable stops() {
    Map<String, TreeSet<String>> routes = new TreeMap<>();
    StopTimes st = feed.stopTimes();
    for (int t = 0; t < st.tripIds().size(); t++) {
      Trip trip = index.trip(st.tripIds().get(t));
      if (trip == null) {
        continue;
      }
      int first = st.firstRowOfTrip(t);
      for (int row = first; row < first + st.rowCountOfTrip(t); row++) {
        routes.computeIfAbsent(st.stopId(row), k -> new TreeSet<>()).add(trip.routeId());
      }
    }
    GisTable.Builder t = new GisTable.Builder("stops", "Stops and stations of the unified feed.", GeometryType.POINT,
        "the stop's position, " + WHERE)
        .column("stop_id", GisColumn.TEXT, "stop_id in the unified feed")
        .column("code", GisColumn.TEXT, "stop_code (what riders see on the pole)")
        .column("name", GisColumn.TEXT, "stop_name")
        .column("name_en", GisColumn.TEXT, "the English name (translations.txt), null when none")
        .column("location_type", GisColumn.INTEGER, "GTFS location_type (0 stop, 1 station, 2 entrance, ...)")
        .column("parent_station", GisColumn.TEXT, "the station this stop belongs to (null: none)")
        .column("district", GisColumn.TEXT, "district the stop lies in (null: outside every district)")
        .column("operators", GisColumn.TEXT, "names of the operators whose trips call here, comma-separated")
        .column("routes", GisColumn.INTEGER, "number of routes whose trips call here")
        .column("bus", GisColumn.BOOLEAN, "a bus route calls here")
        .column("rail", GisColumn.BOOLEAN, "a rail line calls here");
    for (Stop s : sorted(feed.stops(), Stop::id)) {
      if (!s.hasCoordinates()) {
        continue;
      }
      TreeSet<String> served = routes.getOrDefault(s.id(), new TreeSet<>());
      TreeSet<String> operators = new TreeSet<>();
      boolean rail = false;
      boolean bus = false;
      for (String id : served) {
        Route r = index.route(id);
        if (r != null) {
          Agency a = agency(r);
          operators.add(a == null ? String.valueOf(r.agencyId()) : a.name());
          rail |= r.isRail();
          bus |= !r.isRail();
        }
      }
      t.row(point(s.lon(), s.lat()), s.id(), s.code(), s.name(), english.stop(s),
          s.locationTypeOrDefault(), s.parentStation(),
          districts == null ? null : districts.locate(s.lat(), s.lon()).map(District::id).orElse(null),
          operators.isEmpty() ? null : String.join(",", operators), served.size(), bus, rail);
    }
    return t.build();
  }

  public GisTable proposals() {
    GisTable.Builder t = new GisTable.Builder("proposals",
        "Proposed new bus lines, one row per direction, with what each costs and brings (scored as 'evaluate'"
            + " scores them, without accessibility).", GeometryType.LINESTRING,
        "the direction's path on the streets, " + WHERE)
        .column("proposal_id", GisColumn.TEXT, "the proposal's id")
        .column("name", GisColumn.TEXT, "the line's name")
        .column("operator", GisColumn.TEXT, "the operator that would run it (agency_id)")
        .column("direction_id", GisColumn.INTEGER, "GTFS direction_id of this path")
        .column("km", GisColumn.NUMBER, "length of this direction, kilometres")
        .column("home_district", GisColumn.TEXT, "the operator's home district")
        .column("trips_per_day", GisColumn.INTEGER, "trips per day, both directions")
        .column("cost_per_year", GisColumn.NUMBER, "the line's yearly operating cost (both directions), yuan")
        .column("subsidy_per_year", GisColumn.NUMBER, "yearly cost less fare revenue, yuan")
        .column("fund_pays", GisColumn.NUMBER, "the Science City fund's cross-district payment per year, yuan")
        .column("newly_covered", GisColumn.NUMBER, "residents brought within the headline coverage threshold");
    for (ProposalScore s : sorted(proposals, ProposalScore::id)) {
      for (LineDirection d : s.line().directions()) {
        LineString path = line(d.geometry());
        if (path != null) {
          t.row(path, s.id(), s.line().proposal().displayName(), s.line().resolved().agencyId(), d.directionId(),
              d.meters() / 1000, s.homeDistrictId(), s.line().tripsPerDay(), s.cost().cost(), s.split().subsidy(),
              s.split().fundPays(), s.newlyCovered().population());
        }
      }
    }
    return t.build();
  }

  public GisTable proposalSplits() {
    GisTable.Builder t = new GisTable.Builder("proposal_splits",
        "Who pays for each proposed line: its yearly figures split by the share of its distance run in each"
            + " district, the fund's cross-district part and what is left for the district.",
        GeometryType.MULTILINESTRING, "the line's paths inside the district (the whole line when it runs outside"
        + " every district), " + WHERE)
        .column("proposal_id", GisColumn.TEXT, "the proposal's id")
        .column("district", GisColumn.TEXT, "the district")
        .column("share", GisColumn.NUMBER, "share of the line's distance run in the district, 0..1")
        .column("vehicle_km", GisColumn.NUMBER, "vehicle-km per year in the district")
        .column("vehicle_hours", GisColumn.NUMBER, "vehicle-hours per year attributed to the district")
        .column("cost", GisColumn.NUMBER, "yearly cost attributed to the district, yuan")
        .column("revenue", GisColumn.NUMBER, "yearly fare revenue attributed to the district, yuan")
        .column("subsidy", GisColumn.NUMBER, "cost less revenue attributed to the district, yuan")
        .column("out_of_home_vehicle_km", GisColumn.NUMBER, "vehicle-km outside the operator's home district")
        .column("fund", GisColumn.NUMBER, "the Science City fund's payment for this district's part, yuan")
        .column("district_pays", GisColumn.NUMBER, "what the district pays, yuan per year");
    for (ProposalScore s : sorted(proposals, ProposalScore::id)) {
      List<LineString> lines = new ArrayList<>();
      for (LineDirection d : s.line().directions()) {
        LineString l = line(d.geometry());
        if (l != null) {
          lines.add(l);
        }
      }
      Geometry whole = UnaryUnionOp.union(GeometryType.FACTORY.createMultiLineString(lines.toArray(new LineString[0])));
      for (DistrictShare ds : sorted(s.split().districts(), DistrictShare::districtId)) {
        Geometry area = districtAreas.get(ds.districtId());
        Geometry inside = area == null ? whole : whole.intersection(area);
        t.row(GeometryType.MULTILINESTRING.coerce(inside).isEmpty() ? whole : inside, s.id(), ds.districtId(),
            ds.share(), ds.vehicleKm(), ds.vehicleHours(), ds.cost(), ds.revenue(), ds.subsidy(),
            ds.outOfHomeVehicleKm(), ds.fund(), ds.districtPays());
      }
    }
    return t.build();
  }

  private Agency agency(Route r) {
    if (r.agencyId() != null) {
      return index.agency(r.agencyId());
    }
    return feed.agencies().size() == 1 ? feed.agencies().get(0) : null;
  }

  private static String color(Route r) {
    return r.color() != null && r.color().matches("[0-9A-Fa-f]{6}") ? "#" + r.color().toUpperCase(java.util.Locale.ROOT)
        : null;
  }

  /** Walking metres rounded up, so that "covered within 500 m" and "500 m or less" never disagree. */
  private static Integer meters(float meters) {
    return Float.isFinite(meters) ? (int) Math.ceil(meters) : null;
  }

  private static Geometry point(double lon, double lat) {
    return GeometryType.FACTORY.createPoint(new Coordinate(lon, lat));
  }

  private static LineString line(List<LatLon> path) {
    List<Coordinate> c = new ArrayList<>();
    for (LatLon p : path) {
      if (c.isEmpty() || c.get(c.size() - 1).x != p.lon() || c.get(c.size() - 1).y != p.lat()) {
        c.add(new Coordinate(p.lon(), p.lat()));
      }
    }
    return c.size() < 2 ? null : GeometryType.FACTORY.createLineString(c.toArray(new Coordinate[0]));
  }

  /** Length of the lines in a lon/lat geometry, kilometres (great-circle between consecutive points). */
  static double lineKm(Geometry g) {
    double m = 0;
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof LineString l) {
        Coordinate[] c = l.getCoordinates();
        for (int k = 1; k < c.length; k++) {
          m += Geo.distanceMeters(c[k - 1].y, c[k - 1].x, c[k].y, c[k].x);
        }
      } else if (part != g) {
        m += lineKm(part) * 1000;
      }
    }
    return m / 1000;
  }

  /** Area of a lon/lat geometry in km², on the local plane centred on it. */
  static double areaKm2(Geometry g) {
    return g.isEmpty() ? 0 : LocalProjection.centredOn(g.getEnvelopeInternal()).toMeters(g).getArea() / 1e6;
  }

  /** The districts by id; none when the network was built without them. */
  private List<District> districtList() {
    return districts == null ? List.of() : sorted(districts.all(), District::id);
  }

  private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> key) {
    List<T> out = new ArrayList<>(items);
    out.sort(java.util.Comparator.comparing(key));
    return out;
  }
}
