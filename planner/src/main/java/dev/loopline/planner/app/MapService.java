package dev.loopline.planner.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.loopline.gtfs.geo.GeoJsonOut;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.district.Districts;
import dev.loopline.planner.gis.EnglishNames;
import dev.loopline.planner.gis.GisGeoJson;
import dev.loopline.planner.gis.GisLayers;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.NetworkException;
import dev.loopline.planner.routing.TravelTimeSearch;
import dev.loopline.planner.score.AccessibilitySettings;
import dev.loopline.planner.score.CoverageCalculator;
import dev.loopline.planner.score.CoverageSettings;
import dev.loopline.planner.score.CoverageState;
import dev.loopline.planner.score.GridCell;
import dev.loopline.planner.score.NetworkScoring;
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
  private GisLayers lines;
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
      case STOPS -> GisGeoJson.collection(lines().stops(), "stops");
      case ROUTES -> GisGeoJson.collection(lines().routes(), "routes");
      case RAIL -> GisGeoJson.collection(lines().rail(), "rail");
      case DISTRICTS -> {
        requireDistricts();
        yield GisGeoJson.collection(lines().districts(), "districts");
      }
      case BORDER_BELT -> {
        requireDistricts();
        yield GisGeoJson.collection(lines().borderBelt(), "border-belt");
      }
      case POPULATION -> cells("population");
      case COVERAGE -> cells("coverage");
    };
    String text = write(built);
    synchronized (layers) {
      layers.putIfAbsent(layer, text);
      return layers.get(layer);
    }
  }

  /**
   * The network's lines, stops and areas as GIS tables (the same ones {@code export --postgis} writes), built once;
   * without a population grid.
   */
  private synchronized GisLayers lines() {
    if (lines == null) {
      lines = new GisLayers(network.feed(), network.districts().orElse(null), List.of(), null,
          null, List.of(), Map.of(), info.names());
    }
    return lines;
  }

  private Districts requireDistricts() {
    return network.districts().orElseThrow(() -> new NetworkException(network.dir()
        + ": the network was built without districts; rebuild it with 'loopline build --districts FILE'"));
  }

  /** The grid and its walks (districts and population needed), built once. */
  private synchronized ScoringContext grid() {
    if (grid == null) {
      grid = NetworkScoring.context(network, NetworkScoring.defaultDate(network));
    }
    return grid;
  }

  /**
   * The populated cells with the baseline's coverage (the {@code population_cells} table), with the coverage
   * distances as foreign members {@code bus_m} and {@code rail_m}.
   */
  private ObjectNode cells(String name) {
    ScoringContext ctx = grid();
    LooplineSettings.Evaluate e = settings.evaluate();
    CoverageSettings cs = new CoverageSettings(e.busMeters(), e.railMeters(),
        CoverageSettings.DEFAULTS.borderBeltMeters());
    CoverageCalculator calc = new CoverageCalculator(ctx.cells(), ctx.walk(), cs);
    CoverageState state = calc.state(StopPoint.of(network.feed()));
    GisLayers gis = new GisLayers(network.feed(), requireDistricts(), ctx.cells().cells(), calc, state, List.of(),
        Map.of(), EnglishNames.NONE);
    ObjectNode fc = GisGeoJson.collection(gis.populationCells(), name);
    ArrayNode features = (ArrayNode) fc.get("features");
    for (int i = features.size() - 1; i >= 0; i--) {
      if (!(features.get(i).get("properties").get("population").asDouble() > 0)) {
        features.remove(i);
      }
    }
    fc.put("bus_m", cs.maxBusMeters());
    fc.put("rail_m", cs.railMeters());
    return fc;
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
      ObjectNode p = GeoJsonOut.pointFeature(fc, cell.lon(), cell.lat()).putObject("properties");
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
