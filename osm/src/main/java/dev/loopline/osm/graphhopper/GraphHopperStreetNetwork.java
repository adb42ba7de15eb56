package dev.loopline.osm.graphhopper;

import com.graphhopper.GraphHopper;
import dev.loopline.osm.BusRoute;
import dev.loopline.osm.ImportProgress;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import dev.loopline.osm.StreetConfig;
import dev.loopline.osm.StreetLine;
import dev.loopline.osm.StreetMode;
import dev.loopline.osm.StreetNetwork;
import dev.loopline.osm.StreetNetworkInfo;
import dev.loopline.osm.WalkLink;
import dev.loopline.osm.WalkPath;
import dev.loopline.osm.WalkTree;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Polygon;

/**
 * {@link StreetNetwork} on GraphHopper 11. This class only ties the jobs together, each in its own class of this
 * package: import and cache ({@link GraphImport}, {@link GraphCache}), snapping with GraphHopper's location index and
 * snap filters ({@link Snapping}), walking trees, transfers and paths ({@link Walking}, {@link GhWalkTree}), bus
 * routes with its router ({@link BusRouting}) and catchments with its isochrone triangulation
 * ({@link WalkCatchments}). No class outside this package knows GraphHopper exists.
 */
public final class GraphHopperStreetNetwork implements StreetNetwork {
  private final GhGraph g;
  private final StreetNetworkInfo info;
  private final Snapping snapping;
  private final Walking walking;
  private final BusRouting bus;
  private volatile boolean closed;

  private GraphHopperStreetNetwork(StreetConfig config, GraphHopper hopper, StreetNetworkInfo info) {
    this.g = GhGraph.of(config, hopper);
    this.info = info;
    this.snapping = new Snapping(g);
    this.walking = new Walking(g, snapping);
    this.bus = new BusRouting(g, snapping);
  }

  /** See {@link StreetNetworks#open}. */
  public static GraphHopperStreetNetwork open(StreetConfig config, ImportProgress progress) {
    Objects.requireNonNull(progress, "progress");
    GraphImport.Imported imported = GraphImport.open(config, progress);
    return new GraphHopperStreetNetwork(config, imported.hopper(), imported.info());
  }

  @Override
  public Snap snap(LatLon point, StreetMode mode) {
    ensureOpen();
    return snapping.snap(point, mode);
  }

  @Override
  public WalkTree walkTree(LatLon origin, double maxSeconds, boolean reverse) {
    if (!(maxSeconds >= 0)) {
      throw new IllegalArgumentException("maxSeconds must be >= 0, was " + maxSeconds);
    }
    ensureOpen();
    return walking.walkTree(origin, maxSeconds, reverse);
  }

  @Override
  public List<List<WalkLink>> walkTransfers(List<LatLon> points, double maxMeters) {
    if (!(maxMeters >= 0) || Double.isInfinite(maxMeters)) {
      throw new IllegalArgumentException("maxMeters must be finite and >= 0, was " + maxMeters);
    }
    ensureOpen();
    return walking.walkTransfers(points, maxMeters);
  }

  @Override
  public WalkPath walkPath(LatLon from, LatLon to) {
    ensureOpen();
    return walking.walkPath(from, to);
  }

  @Override
  public BusRoute busRoute(List<LatLon> waypoints) {
    ensureOpen();
    return bus.busRoute(waypoints);
  }

  @Override
  public Polygon walkCatchment(LatLon origin, double maxSeconds) {
    ensureOpen();
    var gs = snapping.ghSnap(origin, StreetMode.WALK);
    Snap snap = snapping.toSnap(origin, StreetMode.WALK, gs);
    return WalkCatchments.polygon(g.hopper(), g.graph(), g.walkWeighting(), g.config().walkSpeedMps(), snap, gs,
        maxSeconds);
  }

  @Override
  public void forEachStreet(Consumer<StreetLine> sink) {
    ensureOpen();
    StreetLines.forEach(g, sink);
  }

  /** The underlying GraphHopper, for the benchmark baseline and white-box tests in this package. */
  GraphHopper hopper() {
    return g.hopper();
  }

  @Override
  public double walkSpeedMps() {
    return g.config().walkSpeedMps();
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
    g.hopper().close();
  }
}
