package dev.loopline.osm.graphhopper;

import com.graphhopper.GHRequest;
import com.graphhopper.GHResponse;
import com.graphhopper.GraphHopper;
import com.graphhopper.ResponsePath;
import com.graphhopper.config.Profile;
import com.graphhopper.routing.ev.BooleanEncodedValue;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.RoadClass;
import com.graphhopper.routing.ev.RoadEnvironment;
import com.graphhopper.routing.ev.Subnetwork;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.routing.util.DefaultSnapFilter;
import com.graphhopper.routing.util.DirectedEdgeFilter;
import com.graphhopper.routing.util.HeadingEdgeFilter;
import com.graphhopper.routing.util.EdgeFilter;
import com.graphhopper.routing.util.SnapPreventionEdgeFilter;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.index.LocationIndex;
import com.graphhopper.util.AngleCalc;
import com.graphhopper.util.DistanceCalcEarth;
import com.graphhopper.util.EdgeIteratorState;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PMap;
import com.graphhopper.util.Parameters;
import com.graphhopper.util.PointList;
import com.graphhopper.util.details.PathDetail;
import com.graphhopper.util.shapes.BBox;
import com.graphhopper.util.shapes.GHPoint;
import com.graphhopper.util.shapes.GHPoint3D;
import dev.loopline.osm.BusLeg;
import dev.loopline.osm.BusRoute;
import dev.loopline.osm.EdgeAnchor;
import dev.loopline.osm.ImportProgress;
import dev.loopline.osm.ImportStage;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import dev.loopline.osm.SnapFailure;
import dev.loopline.osm.StreetConfig;
import dev.loopline.osm.StreetInputException;
import dev.loopline.osm.StreetMode;
import dev.loopline.osm.StreetNetwork;
import dev.loopline.osm.StreetNetworkInfo;
import dev.loopline.osm.WalkLink;
import dev.loopline.osm.WalkPath;
import dev.loopline.osm.WalkTree;
import dev.loopline.osm.geo.PointBuckets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Polygon;

/**
 * {@link StreetNetwork} on GraphHopper 11: import and cache, snapping with GraphHopper's location index and snap
 * filters, walking trees with its {@code ShortestPathTree}, paths and bus routes with its router, catchments with its
 * isochrone triangulation. The only class outside this package that knows GraphHopper exists is none.
 */
public final class GraphHopperStreetNetwork implements StreetNetwork {
  private static final String NO_STREETS = "the extract contains no streets (empty, or the wrong area?)";

  private final StreetConfig config;
  private final GraphHopper hopper;
  private final BaseGraph graph;
  private final LocationIndex locationIndex;
  private final Weighting walkWeighting;
  private final Weighting busWeighting;
  private final BooleanEncodedValue walkSubnetwork;
  private final BooleanEncodedValue busSubnetwork;
  private final EnumEncodedValue<RoadClass> roadClass;
  private final EnumEncodedValue<RoadEnvironment> roadEnvironment;
  private final StreetNetworkInfo info;
  private volatile boolean closed;

  private GraphHopperStreetNetwork(StreetConfig config, GraphHopper hopper, StreetNetworkInfo info) {
    this.config = config;
    this.hopper = hopper;
    this.graph = hopper.getBaseGraph();
    this.locationIndex = hopper.getLocationIndex();
    this.walkWeighting = hopper.createWeighting(hopper.getProfile(StreetProfiles.WALK), new PMap());
    this.busWeighting = hopper.createWeighting(hopper.getProfile(StreetProfiles.BUS), new PMap());
    var lookup = hopper.getEncodingManager();
    this.walkSubnetwork = lookup.getBooleanEncodedValue(Subnetwork.key(StreetProfiles.WALK));
    this.busSubnetwork = lookup.getBooleanEncodedValue(Subnetwork.key(StreetProfiles.BUS));
    this.roadClass = lookup.getEnumEncodedValue(RoadClass.KEY, RoadClass.class);
    this.roadEnvironment = lookup.getEnumEncodedValue(RoadEnvironment.KEY, RoadEnvironment.class);
    this.info = info;
  }

  /** See {@link StreetNetwork#open}. */
  public static GraphHopperStreetNetwork open(StreetConfig config, ImportProgress progress) {
    Objects.requireNonNull(progress, "progress");
    Path osm = config.osmFile();
    checkReadable(osm);
    List<Profile> profiles = StreetProfiles.profiles(config.walkSpeedMps(), config.cacheDir());
    String signature = StreetProfiles.signature(profiles);
    GraphCache cache = new GraphCache(config.cacheDir());
    String key = GraphCache.key(osm, signature, progress);

    boolean imported = false;
    GraphHopper hopper = null;
    if (!cache.has(key)) {
      hopper = importInto(cache, key, osm, profiles, signature, progress);
      imported = true;
    }
    if (hopper == null) {
      hopper = load(cache.entry(key), profiles, progress);
    }
    if (hopper == null && !imported) {
      // The entry is unreadable (truncated, or written by an incompatible build): rebuild it once.
      cache.evict(key);
      hopper = importInto(cache, key, osm, profiles, signature, progress);
      imported = true;
      if (hopper == null) {
        hopper = load(cache.entry(key), profiles, progress);
      }
    }
    if (hopper == null) {
      throw new StreetInputException(cache.entry(key), "the street graph just imported cannot be loaded back");
    }
    BaseGraph g = hopper.getBaseGraph();
    BBox b = g.getBounds();
    StreetNetworkInfo info = new StreetNetworkInfo(cache.entry(key), key, imported, g.getNodes(), g.getEdges(),
        b.minLat, b.minLon, b.maxLat, b.maxLon);
    progress.update(ImportStage.READY, 1, 1);
    return new GraphHopperStreetNetwork(config, hopper, info);
  }

  private static void checkReadable(Path osm) {
    if (!Files.exists(osm)) {
      throw new StreetInputException(osm, "OSM file not found");
    }
    if (!Files.isRegularFile(osm)) {
      throw new StreetInputException(osm, "is not a file (expected an OSM .pbf or .osm extract)");
    }
    if (!Files.isReadable(osm)) {
      throw new StreetInputException(osm, "OSM file is not readable");
    }
    try {
      if (Files.size(osm) == 0) {
        throw new StreetInputException(osm, "OSM file is empty");
      }
    } catch (IOException e) {
      throw new StreetInputException(osm, "cannot read OSM file: " + e.getMessage(), e);
    }
  }

  static GraphHopper newHopper(Path folder, List<Profile> profiles, Path osmOrNull) {
    GraphHopper gh = new GraphHopper();
    gh.setGraphHopperLocation(folder.toString());
    if (osmOrNull != null) {
      gh.setOSMFile(osmOrNull.toString());
    }
    gh.setEncodedValuesString(StreetProfiles.ENCODED_VALUES);
    gh.setProfiles(profiles);
    return gh;
  }

  /**
   * Imports into a private temp folder, checks the result, and publishes it into the cache. Returns the imported
   * graph still open (it lives in memory, so renaming its folder underneath it is harmless and spares loading it
   * back), or null when another process published the same entry first and that one should be loaded instead.
   */
  private static GraphHopper importInto(GraphCache cache, String key, Path osm, List<Profile> profiles,
      String signature, ImportProgress progress) {
    Path tmp;
    try {
      tmp = cache.newTempFolder(key);
    } catch (IOException e) {
      throw new StreetInputException(cache.entry(key).getParent(), "cannot create the street graph cache: " + e, e);
    }
    GraphHopper gh = newHopper(tmp, profiles, osm);
    boolean published = false;
    try {
      progress.update(ImportStage.IMPORTING, 0, -1);
      try {
        gh.importOrLoad();
      } catch (RuntimeException e) {
        if (String.valueOf(e.getMessage()).contains("must not be empty")) {
          // GraphHopper's words for an extract whose ways are all non-roads (or that has no ways at all)
          throw new StreetInputException(osm, NO_STREETS, e);
        }
        throw new StreetInputException(osm, xmlLine(e), null,
            "cannot import OSM data (corrupt or not an OSM file?): " + rootMessage(e), e);
      }
      checkHasWalkableStreets(gh, osm);
      progress.update(ImportStage.IMPORTING, 1, 1);
      progress.update(ImportStage.SAVING, 0, 1);
      try {
        published = cache.publish(tmp, key, osm, signature);
      } catch (IOException e) {
        throw new StreetInputException(tmp.getParent(), "cannot write the street graph cache: " + e, e);
      }
      progress.update(ImportStage.SAVING, 1, 1);
      return published ? gh : null;
    } finally {
      if (!published) {
        gh.close();
        GraphCache.deleteRecursively(tmp);
      }
    }
  }

  private static void checkHasWalkableStreets(GraphHopper gh, Path osm) {
    BaseGraph g = gh.getBaseGraph();
    if (g.getEdges() == 0) {
      throw new StreetInputException(osm, NO_STREETS);
    }
    Weighting walk = gh.createWeighting(gh.getProfile(StreetProfiles.WALK), new PMap());
    BooleanEncodedValue sub = gh.getEncodingManager().getBooleanEncodedValue(Subnetwork.key(StreetProfiles.WALK));
    AllEdgesIterator it = g.getAllEdges();
    while (it.next()) {
      if (!it.get(sub) && (Double.isFinite(walk.calcEdgeWeight(it, false))
          || Double.isFinite(walk.calcEdgeWeight(it, true)))) {
        return;
      }
    }
    throw new StreetInputException(osm, "the extract contains " + g.getEdges()
        + " road segments but no connected walkable streets");
  }

  /** The innermost message on one line; a bare end-of-file becomes words. */
  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    if (t instanceof java.io.EOFException && (t.getMessage() == null || t.getMessage().isBlank())) {
      return "the file ends unexpectedly (truncated download?)";
    }
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      return t.getClass().getSimpleName();
    }
    if (t instanceof javax.xml.stream.XMLStreamException) {
      m = m.replaceAll("\\s*at \\[row,col[^\\]]*\\]: \\[\\d+,\\d+\\]", "");
    }
    return m.replaceAll("\\s*\\R\\s*", " ").trim();
  }

  /** The line an XML parser failed at, or 0 (PBF has no lines). */
  private static int xmlLine(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof javax.xml.stream.XMLStreamException x && x.getLocation() != null) {
        return Math.max(0, x.getLocation().getLineNumber());
      }
    }
    return 0;
  }

  /** Loads a finished cache entry read-only, or returns null when it cannot be loaded. */
  private static GraphHopper load(Path entry, List<Profile> profiles, ImportProgress progress) {
    progress.update(ImportStage.LOADING, 0, 1);
    GraphHopper gh = newHopper(entry, profiles, null);
    gh.setAllowWrites(false);
    try {
      if (gh.load()) {
        progress.update(ImportStage.LOADING, 1, 1);
        return gh;
      }
    } catch (RuntimeException e) {
      // fall through: treated as a damaged entry by the caller
    }
    gh.close();
    return null;
  }

  // ---------------------------------------------------------------------------------------------- snapping

  @Override
  public Snap snap(LatLon point, StreetMode mode) {
    return toSnap(point, mode, ghSnap(point, mode));
  }

  /** GraphHopper's nearest-edge search with the filter for the mode (see {@link StreetMode}). */
  com.graphhopper.storage.index.Snap ghSnap(LatLon p, StreetMode mode) {
    ensureOpen();
    if (mode == StreetMode.WALK) {
      return locationIndex.findClosest(p.lat(), p.lon(), new DefaultSnapFilter(walkWeighting, walkSubnetwork));
    }
    EdgeFilter bus = new DefaultSnapFilter(busWeighting, busSubnetwork);
    var strict = locationIndex.findClosest(p.lat(), p.lon(),
        new SnapPreventionEdgeFilter(bus, roadClass, roadEnvironment, StreetProfiles.BUS_SNAP_PREVENTIONS));
    if (strict.isValid() && strict.getQueryDistance() <= config.maxSnapDistanceMeters()) {
      return strict;
    }
    // Like GraphHopper's own via-routing: a stop with only a bridge or tunnel in reach still snaps to it.
    return locationIndex.findClosest(p.lat(), p.lon(), bus);
  }

  Snap toSnap(LatLon point, StreetMode mode, com.graphhopper.storage.index.Snap s) {
    double limit = config.maxSnapDistanceMeters();
    if (!s.isValid()) {
      return new Snap(point, mode, null, Double.POSITIVE_INFINITY, SnapFailure.NO_ROAD, limit, null);
    }
    GHPoint3D sp = s.getSnappedPoint();
    LatLon snapped = new LatLon(sp.lat, sp.lon);
    double distance = point.distanceTo(snapped);
    if (distance > limit) {
      return new Snap(point, mode, snapped, distance, SnapFailure.TOO_FAR, limit, null);
    }
    return new Snap(point, mode, snapped, distance, null, limit, anchor(s));
  }

  /** Where on its edge a GraphHopper snap lies, measured along the edge geometry. */
  private static EdgeAnchor anchor(com.graphhopper.storage.index.Snap s) {
    EdgeIteratorState edge = s.getClosestEdge();
    PointList pl = edge.fetchWayGeometry(FetchMode.ALL);
    DistanceCalcEarth calc = DistanceCalcEarth.DIST_EARTH;
    double length = 0;
    double offset = 0;
    int wayIndex = s.getWayIndex();
    for (int i = 0; i + 1 < pl.size(); i++) {
      double seg = calc.calcDist(pl.getLat(i), pl.getLon(i), pl.getLat(i + 1), pl.getLon(i + 1));
      if (i < wayIndex) {
        offset += seg;
      }
      length += seg;
    }
    if (s.getSnappedPosition() == com.graphhopper.storage.index.Snap.Position.EDGE) {
      GHPoint3D sp = s.getSnappedPoint();
      offset += calc.calcDist(pl.getLat(wayIndex), pl.getLon(wayIndex), sp.lat, sp.lon);
    }
    return new EdgeAnchor(edge.getEdge(), edge.getBaseNode(), edge.getAdjNode(), Math.min(offset, length), length);
  }

  // ---------------------------------------------------------------------------------------------- walking

  @Override
  public WalkTree walkTree(LatLon origin, double maxSeconds, boolean reverse) {
    if (!(maxSeconds >= 0)) {
      throw new IllegalArgumentException("maxSeconds must be >= 0, was " + maxSeconds);
    }
    var gs = ghSnap(origin, StreetMode.WALK);
    Snap snap = toSnap(origin, StreetMode.WALK, gs);
    return GhWalkTree.build(graph, walkWeighting, config.walkSpeedMps(), snap, gs, maxSeconds, reverse);
  }

  @Override
  public List<List<WalkLink>> walkTransfers(List<LatLon> points, double maxMeters) {
    if (!(maxMeters >= 0) || Double.isInfinite(maxMeters)) {
      throw new IllegalArgumentException("maxMeters must be finite and >= 0, was " + maxMeters);
    }
    ensureOpen();
    List<Snap> snaps = points.parallelStream().map(p -> snap(p, StreetMode.WALK)).toList();
    PointBuckets near = new PointBuckets(points, Math.max(maxMeters, 1));
    double speed = config.walkSpeedMps();
    // one extra second covers the millisecond rounding of tree times; the metre limit is applied exactly below
    double maxSeconds = maxMeters / speed + 1;
    return IntStream.range(0, points.size()).parallel().mapToObj(i -> {
      if (!snaps.get(i).ok()) {
        return List.<WalkLink>of();
      }
      int[] candidates = near.within(points.get(i), maxMeters);
      if (candidates.length <= 1) {
        return List.<WalkLink>of();
      }
      GhWalkTree tree = (GhWalkTree) walkTree(points.get(i), maxSeconds, false);
      List<WalkLink> links = new ArrayList<>();
      for (int j : candidates) {
        if (j == i || !snaps.get(j).ok()) {
          continue;
        }
        double[] sm = tree.evaluate(snaps.get(j));
        if (sm != null && sm[1] <= maxMeters) {
          links.add(new WalkLink(j, sm[0], sm[1]));
        }
      }
      return List.copyOf(links);
    }).toList();
  }

  @Override
  public WalkPath walkPath(LatLon from, LatLon to) {
    Snap a = snap(from, StreetMode.WALK);
    if (!a.ok()) {
      return WalkPath.failed("origin: " + a.failureReason());
    }
    Snap b = snap(to, StreetMode.WALK);
    if (!b.ok()) {
      return WalkPath.failed("destination: " + b.failureReason());
    }
    GHResponse rsp = hopper.route(request(StreetProfiles.WALK, List.of(a, b)));
    if (rsp.hasErrors()) {
      return WalkPath.failed("no walking path from " + from + " to " + to + ": " + rsp.getErrors().get(0).getMessage());
    }
    ResponsePath rp = rsp.getBest();
    List<LatLon> geometry = new ArrayList<>();
    if (a.distanceMeters() > 0) {
      geometry.add(from);
    }
    geometry.addAll(toLatLons(rp.getPoints()));
    if (b.distanceMeters() > 0) {
      geometry.add(to);
    }
    double offRoad = a.distanceMeters() + b.distanceMeters();
    return new WalkPath(geometry, rp.getDistance() + offRoad,
        rp.getTime() / 1000.0 + offRoad / config.walkSpeedMps(), null);
  }

  /**
   * A router request through already-snapped points. Passing the snapped positions (not the raw points) makes
   * GraphHopper's own snapping land on exactly the edges our snapping chose, limits and preventions included.
   */
  private GHRequest request(String profile, List<Snap> snaps) {
    List<GHPoint> points = new ArrayList<>(snaps.size());
    for (Snap s : snaps) {
      points.add(new GHPoint(s.snapped().lat(), s.snapped().lon()));
    }
    // Bidirectional Dijkstra, not GraphHopper's default A*: our legs are short (stop to stop, a walk to a stop), and
    // A*'s set-up parses the custom model's speed expressions on every request, which costs more than such a search.
    GHRequest req = new GHRequest(points).setProfile(profile).setAlgorithm(Parameters.Algorithms.DIJKSTRA_BI);
    req.putHint(Parameters.Routing.INSTRUCTIONS, false);
    return req;
  }

  // ---------------------------------------------------------------------------------------------- bus

  @Override
  public BusRoute busRoute(List<LatLon> waypoints) {
    ensureOpen();
    if (waypoints.size() < 2) {
      return BusRoute.failed(List.of(), "a bus route needs at least two waypoints, got " + waypoints.size());
    }
    double[] travelHeadings = travelHeadings(waypoints);
    List<Snap> snaps = new ArrayList<>(waypoints.size());
    List<Double> headings = new ArrayList<>(waypoints.size());
    for (int i = 0; i < waypoints.size(); i++) {
      LatLon p = waypoints.get(i);
      var headed = headingSnap(p, travelHeadings[i]);
      Snap s = headed != null ? toSnap(p, StreetMode.BUS, headed) : snap(p, StreetMode.BUS);
      snaps.add(s);
      headings.add(headed != null ? travelHeadings[i] : Double.NaN);
      if (!s.ok()) {
        return BusRoute.failed(snaps, "waypoint " + i + ": " + s.failureReason());
      }
    }
    GHRequest req = request(StreetProfiles.BUS, snaps);
    req.setHeadings(headings);
    req.putHint(Parameters.Routing.PASS_THROUGH, true);
    req.setPathDetails(List.of(Parameters.Details.LEG_DISTANCE, Parameters.Details.LEG_TIME));
    GHResponse rsp = hopper.route(req);
    if (rsp.hasErrors()) {
      return BusRoute.failed(snaps, explainBusFailure(snaps, rsp));
    }
    ResponsePath rp = rsp.getBest();
    Map<String, List<PathDetail>> details = rp.getPathDetails();
    List<BusLeg> legs = legs(details.get(Parameters.Details.LEG_DISTANCE), details.get(Parameters.Details.LEG_TIME),
        snaps.size() - 1);
    if (legs == null) {
      return BusRoute.failed(snaps, "GraphHopper returned no per-leg details for the bus route");
    }
    return new BusRoute(toLatLons(rp.getPoints()), legs, snaps, null);
  }

  /**
   * The direction of travel at each waypoint: the bearing from the previous waypoint to the next (at the ends, to or
   * from the only neighbour); NaN when the neighbours coincide.
   */
  private static double[] travelHeadings(List<LatLon> pts) {
    double[] h = new double[pts.size()];
    for (int i = 0; i < pts.size(); i++) {
      LatLon a = pts.get(Math.max(0, i - 1));
      LatLon b = pts.get(Math.min(pts.size() - 1, i + 1));
      h[i] = a.distanceTo(b) < 5 ? Double.NaN : AngleCalc.ANGLE_CALC.calcAzimuth(a.lat(), a.lon(), b.lat(), b.lon());
    }
    return h;
  }

  /**
   * Snaps a bus stop to a nearby road running in the direction of travel (GraphHopper's heading filter: within 20 m,
   * within 30 degrees, drivable that way), avoiding tunnels, bridges and motorways if possible. This is what puts a
   * stop on the right carriageway of a dual road; without it a bus would loop around blocks to reach stops on the
   * opposite side. Returns null when no such road is near, and the caller falls back to plain snapping.
   */
  private com.graphhopper.storage.index.Snap headingSnap(LatLon p, double heading) {
    if (Double.isNaN(heading)) {
      return null;
    }
    DirectedEdgeFilter drivable = (edge, reverse) -> !edge.get(busSubnetwork)
        && Double.isFinite(busWeighting.calcEdgeWeight(edge, reverse));
    EdgeFilter headed = new HeadingEdgeFilter(drivable, heading, new GHPoint(p.lat(), p.lon()));
    // A search that matches nothing scans every tile in reach, so search once with the heading alone and only
    // narrow it by the snap preventions when the road found is one they exclude.
    var s = locationIndex.findClosest(p.lat(), p.lon(), headed);
    if (!s.isValid()) {
      return null;
    }
    EdgeFilter ordinary = new SnapPreventionEdgeFilter(headed, roadClass, roadEnvironment,
        StreetProfiles.BUS_SNAP_PREVENTIONS);
    if (!ordinary.accept(s.getClosestEdge())) {
      var strict = locationIndex.findClosest(p.lat(), p.lon(), ordinary);
      if (strict.isValid()) {
        return strict;
      }
    }
    return s;
  }

  private static List<BusLeg> legs(List<PathDetail> distances, List<PathDetail> times, int count) {
    if (distances == null || times == null) {
      return null;
    }
    // GraphHopper emits one constant entry per leg, also for a leg of zero length (two waypoints on one spot).
    List<BusLeg> legs = new ArrayList<>(count);
    for (int i = 0; i < distances.size() && i < times.size(); i++) {
      legs.add(new BusLeg(((Number) distances.get(i).getValue()).doubleValue(),
          ((Number) times.get(i).getValue()).doubleValue() / 1000.0));
    }
    return legs.size() == count ? legs : null;
  }

  /** Finds the first leg with no road connection, so the message says where the line breaks. */
  private String explainBusFailure(List<Snap> snaps, GHResponse whole) {
    for (int i = 0; i + 1 < snaps.size(); i++) {
      GHResponse leg = hopper.route(request(StreetProfiles.BUS, List.of(snaps.get(i), snaps.get(i + 1))));
      if (leg.hasErrors()) {
        return "no bus road connection from waypoint " + i + " (" + snaps.get(i).point() + ") to waypoint " + (i + 1)
            + " (" + snaps.get(i + 1).point() + ")";
      }
    }
    return "bus route not found: " + whole.getErrors().get(0).getMessage();
  }

  // ---------------------------------------------------------------------------------------------- catchment

  @Override
  public Polygon walkCatchment(LatLon origin, double maxSeconds) {
    var gs = ghSnap(origin, StreetMode.WALK);
    Snap snap = toSnap(origin, StreetMode.WALK, gs);
    return WalkCatchments.polygon(hopper, graph, walkWeighting, config.walkSpeedMps(), snap, gs, maxSeconds);
  }

  // ---------------------------------------------------------------------------------------------- misc

  private static List<LatLon> toLatLons(PointList pl) {
    List<LatLon> out = new ArrayList<>(pl.size());
    for (int i = 0; i < pl.size(); i++) {
      out.add(new LatLon(pl.getLat(i), pl.getLon(i)));
    }
    return out;
  }

  /** The underlying GraphHopper, for the benchmark baseline and white-box tests in this package. */
  GraphHopper hopper() {
    return hopper;
  }

  @Override
  public double walkSpeedMps() {
    return config.walkSpeedMps();
  }

  @Override
  public StreetNetworkInfo info() {
    return info;
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("street network is closed");
    }
  }

  @Override
  public void close() {
    closed = true;
    hopper.close();
  }
}
