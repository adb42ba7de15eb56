package dev.loopline.planner.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.gtfs.geo.GeoJsonOut;
import dev.loopline.gtfs.model.Agency;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.Route;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.district.District;
import dev.loopline.osm.district.Districts;
import dev.loopline.osm.district.PathLengths;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.NetworkException;
import dev.loopline.planner.routing.TravelTimeSearch;
import dev.loopline.planner.score.AccessibilitySettings;
import dev.loopline.planner.score.CoverageCalculator;
import dev.loopline.planner.score.CoverageSettings;
import dev.loopline.planner.score.CoverageState;
import dev.loopline.planner.score.GridCell;
import dev.loopline.planner.score.MapLine;
import dev.loopline.planner.score.NetworkScoring;
import dev.loopline.planner.score.RailLines;
import dev.loopline.planner.score.RaptorTransitArrivals;
import dev.loopline.planner.score.ScoringContext;
import dev.loopline.planner.score.StopPoint;
import dev.loopline.planner.score.TransitSearchSpace;
import dev.loopline.planner.score.TravelTimeMap;
import dev.loopline.planner.transit.TransitLayer;
import dev.loopline.planner.transit.TransitSearchSettings;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The network on a map: its layers as GeoJSON (RFC 7946) and travel-time maps from a clicked point. A layer is built
 * on first request and kept (they never change for an open network); the grid, walks and coverage behind the cell
 * layers are built once, on the first request that needs them. Thread-safe.
 */
public final class MapService {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Network network;
  private final NetworkInfoService info;
  private final LooplineSettings settings;
  private final Map<MapLayer, String> layers = new EnumMap<>(MapLayer.class);
  private final Map<LocalDate, TransitSearchSpace> spaces = new HashMap<>();
  private ScoringContext grid;
  private TravelTimeMap travelTimes;

  public MapService(Network network, NetworkInfoService info, LooplineSettings settings) {
    this.network = network;
    this.info = info;
    this.settings = settings;
  }

  /**
   * One layer as GeoJSON text.
   *
   * @throws NetworkException when the network was built without what the layer shows (districts, population)
   */
  public String layer(MapLayer layer) {
    synchronized (layers) {
      String cached = layers.get(layer);
      if (cached != null) {
        return cached;
      }
    }
    ObjectNode built = switch (layer) {
      case STOPS -> stops();
      case ROUTES -> routes(false);
      case RAIL -> routes(true);
      case DISTRICTS -> districts();
      case BORDER_BELT -> borderBelt();
      case POPULATION -> cells(false);
      case COVERAGE -> cells(true);
    };
    String text = write(built);
    synchronized (layers) {
      layers.putIfAbsent(layer, text);
      return layers.get(layer);
    }
  }

  private ObjectNode stops() {
    Map<String, StopPoint> served = new HashMap<>();
    for (StopPoint p : StopPoint.of(network.feed())) {
      served.put(p.stopId(), p);
    }
    ObjectNode fc = GeoJsonOut.collection("stops");
    for (StopMatch s : info.stops()) {
      ObjectNode f = GeoJsonOut.feature(fc);
      GeoJsonOut.geometry(f, "Point").set("coordinates", GeoJsonOut.position(s.lon(), s.lat()));
      ObjectNode p = f.putObject("properties");
      p.put("stop_id", s.id());
      p.put("name", s.name());
      p.put("name_en", s.nameEn());
      p.put("code", s.code());
      p.put("district", s.district());
      StopPoint sp = served.get(s.id());
      p.put("bus", sp != null && sp.bus());
      p.put("rail", sp != null && sp.rail());
    }
    return fc;
  }

  private ObjectNode routes(boolean railOnly) {
    Feed feed = network.feed();
    FeedIndex index = network.index();
    Optional<Districts> districts = network.districts();
    ObjectNode fc = GeoJsonOut.collection(railOnly ? "rail" : "routes");
    for (Map.Entry<String, MapLine> e : RailLines.byRoute(feed, r -> !railOnly || r.isRail()).entrySet()) {
      Route r = index.route(e.getKey());
      MapLine line = e.getValue();
      if (line.path().size() < 2) {
        continue;
      }
      ObjectNode f = GeoJsonOut.feature(fc);
      ArrayNode coords = GeoJsonOut.geometry(f, "LineString").putArray("coordinates");
      for (LatLon p : line.path()) {
        coords.add(GeoJsonOut.position(p.lon(), p.lat()));
      }
      ObjectNode p = f.putObject("properties");
      p.put("route_id", r.id());
      p.put("name", line.name());
      p.put("short_name", r.shortName());
      p.put("long_name", r.longName());
      p.put("mode", r.isRail() ? "rail" : "bus");
      p.put("color", line.color());
      Agency a = r.agencyId() == null ? (feed.agencies().size() == 1 ? feed.agencies().get(0) : null)
          : index.agency(r.agencyId());
      p.put("agency_id", a == null ? r.agencyId() : a.id());
      p.put("operator", a == null ? null : a.name());
      double meters = 0;
      String main = null;
      ArrayNode crossed = p.putArray("districts");
      if (districts.isPresent()) {
        PathLengths lengths = districts.get().lengthsAlong(line.path());
        double best = 0;
        for (Map.Entry<String, Double> d : new TreeMap<>(lengths.byDistrict()).entrySet()) {
          crossed.add(d.getKey());
          if (d.getValue() > best) {
            best = d.getValue();
            main = d.getKey();
          }
        }
        meters = lengths.totalMeters();
      } else {
        meters = LatLon.pathMeters(line.path());
      }
      p.put("district", main);
      p.put("km", Math.round(meters / 10.0) / 100.0);
    }
    return fc;
  }

  private Districts requireDistricts() {
    return network.districts().orElseThrow(() -> new NetworkException(network.dir()
        + ": the network was built without districts; rebuild it with 'loopline build --districts FILE'"));
  }

  private ObjectNode districts() {
    ObjectNode fc = GeoJsonOut.collection("districts");
    for (District d : requireDistricts().all()) {
      ObjectNode f = GeoJsonOut.feature(fc);
      area(f, d.area());
      ObjectNode p = f.putObject("properties");
      p.put("id", d.id());
      p.put("name", d.name());
      p.put("name_en", d.nameEn());
    }
    return fc;
  }

  private ObjectNode borderBelt() {
    ObjectNode fc = GeoJsonOut.collection("border-belt");
    Geometry belt = requireDistricts().borderBelt(CoverageSettings.DEFAULTS.borderBeltMeters());
    if (!belt.isEmpty()) {
      ObjectNode f = GeoJsonOut.feature(fc);
      area(f, belt);
      f.putObject("properties").put("width_m", CoverageSettings.DEFAULTS.borderBeltMeters());
    }
    return fc;
  }

  /** A lon/lat area as a Polygon or MultiPolygon geometry (lines and points in it are dropped). */
  private static void area(ObjectNode feature, Geometry g) {
    List<Polygon> polygons = new java.util.ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
        polygons.add(p);
      }
    }
    if (polygons.size() == 1) {
      GeoJsonOut.polygon(GeoJsonOut.geometry(feature, "Polygon").putArray("coordinates"), polygons.get(0),
          c -> new double[] {c.x, c.y});
    } else {
      ArrayNode coords = GeoJsonOut.geometry(feature, "MultiPolygon").putArray("coordinates");
      for (Polygon p : polygons) {
        GeoJsonOut.polygon(coords.addArray(), p, c -> new double[] {c.x, c.y});
      }
    }
  }

  /** The grid and its walks (districts and population needed), built once. */
  private synchronized ScoringContext grid() {
    if (grid == null) {
      grid = NetworkScoring.context(network, NetworkScoring.defaultDate(network));
    }
    return grid;
  }

  private ObjectNode cells(boolean coverage) {
    ScoringContext ctx = grid();
    LooplineSettings.Evaluate e = settings.evaluate();
    CoverageSettings cs = new CoverageSettings(e.busMeters(), e.railMeters(),
        CoverageSettings.DEFAULTS.borderBeltMeters());
    CoverageCalculator calc = coverage ? new CoverageCalculator(ctx.cells(), ctx.walk(), cs) : null;
    CoverageState state = coverage ? calc.state(StopPoint.of(network.feed())) : null;
    ObjectNode fc = GeoJsonOut.collection(coverage ? "coverage" : "population");
    if (coverage) {
      fc.put("bus_m", cs.maxBusMeters());
      fc.put("rail_m", cs.railMeters());
    }
    for (int c = 0; c < ctx.cells().size(); c++) {
      GridCell cell = ctx.cells().get(c);
      if (cell.population() <= 0) {
        continue;
      }
      ObjectNode f = GeoJsonOut.feature(fc);
      GeoJsonOut.geometry(f, "Point").set("coordinates", GeoJsonOut.position(cell.lon(), cell.lat()));
      ObjectNode p = f.putObject("properties");
      p.put("cell_id", cell.id());
      p.put("population", Math.round(cell.population() * 10) / 10.0);
      if (coverage) {
        p.put("bus_walk_m", meters(state.busMeters()[c]));
        p.put("rail_walk_m", meters(state.railMeters()[c]));
        p.put("covered", calc.covered(state, c, CoverageSettings.TRANSIT));
      } else {
        p.put("jobs", Math.round(cell.jobs() * 10) / 10.0);
        p.put("district", cell.districtId());
        p.put("border_belt", cell.inBorderBelt());
      }
    }
    return fc;
  }

  private static Integer meters(float m) {
    return Float.isFinite(m) ? Math.round(m) : null;
  }

  /**
   * Minutes from a point to every populated cell reachable within {@code maxMinutes} (walk + transit, median over the
   * departure minutes of {@code windowMinutes} from {@code at}), as a FeatureCollection of cell points with
   * {@code minutes}; the request and the population reached are foreign members of the collection.
   *
   * @param from       {@code LAT,LON}
   * @param at         ISO local date-time of departure; {@code null}: the typical weekday at 08:00
   * @param maxMinutes 5..180, {@code null}: 60
   * @param windowMinutes 1..60, {@code null}: 10
   */
  public ObjectNode travelTime(String from, String at, Integer maxMinutes, Integer windowMinutes) {
    if (from == null || from.isBlank()) {
      throw InvalidRequestException.of("from", "required, LAT,LON, e.g. 29.56,106.45");
    }
    LatLon origin = Quantities.point(from, "from");
    LocalDateTime time = at == null || at.isBlank()
        ? NetworkScoring.defaultDate(network).atTime(8, 0) : PlanParameters.time(at);
    int limit = maxMinutes == null ? 60 : maxMinutes;
    if (limit < 5 || limit > 180) {
      throw InvalidRequestException.of("maxMinutes", "must be between 5 and 180, got " + limit);
    }
    int window = windowMinutes == null ? 10 : windowMinutes;
    if (window < 1 || window > 60) {
      throw InvalidRequestException.of("window", "must be between 1 and 60 minutes, got " + window);
    }
    ScoringContext ctx = grid();
    TravelTimeMap map = travelTimeMap(ctx);
    LocalDate date = time.toLocalDate();
    TransitSearchSpace space = space(date);
    TransitLayer layer = network.transitLayer(date);
    double walkSpeed = ctx.walk().walkSpeedMps();
    TravelTimeSearch.Access access = TravelTimeSearch.accessFrom(network, layer, origin,
        AccessibilitySettings.DEFAULTS.maxWalkMeters(), walkSpeed);
    int[] seconds = map.seconds(origin.lat(), origin.lon(), space, access.stops(), access.seconds(),
        time.toLocalTime().toSecondOfDay(), window, limit * 60);
    ObjectNode fc = GeoJsonOut.collection("travel-time");
    ObjectNode req = fc.putObject("request");
    req.put("from", from.strip());
    req.put("departAt", time.toString());
    req.put("maxMinutes", limit);
    req.put("window", window);
    fc.put("serviceOnDate", layer.hasService());
    double reached = 0;
    double total = 0;
    for (int c = 0; c < seconds.length; c++) {
      GridCell cell = map.cells().get(c);
      if (cell.population() <= 0) {
        continue;
      }
      total += cell.population();
      if (seconds[c] == TravelTimeMap.UNREACHED) {
        continue;
      }
      reached += cell.population();
      ObjectNode f = GeoJsonOut.feature(fc);
      GeoJsonOut.geometry(f, "Point").set("coordinates", GeoJsonOut.position(cell.lon(), cell.lat()));
      ObjectNode p = f.putObject("properties");
      p.put("cell_id", cell.id());
      p.put("minutes", (seconds[c] + 59) / 60);
      p.put("population", Math.round(cell.population() * 10) / 10.0);
    }
    fc.put("reachedPopulation", Math.round(reached));
    fc.put("totalPopulation", Math.round(total));
    return fc;
  }

  private synchronized TravelTimeMap travelTimeMap(ScoringContext ctx) {
    if (travelTimes == null) {
      travelTimes = new TravelTimeMap(ctx.cells(), ctx.walk(), AccessibilitySettings.DEFAULTS.maxWalkMeters());
    }
    return travelTimes;
  }

  private TransitSearchSpace space(LocalDate date) {
    synchronized (spaces) {
      if (spaces.size() > 4) {
        spaces.clear();
      }
      return spaces.computeIfAbsent(date, d -> RaptorTransitArrivals.space(network.transitLayer(d),
          TransitSearchSettings.DEFAULTS));
    }
  }

  private static String write(ObjectNode tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
