package dev.loopline.osm;

import java.util.List;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Polygon;

/**
 * The street network for walking and bus routing, imported from OpenStreetMap. This is the only street API the rest
 * of Loopline sees; the implementation sits on GraphHopper in {@code dev.loopline.osm.graphhopper}, so a GraphHopper
 * upgrade touches that package alone. Open one with
 * {@link dev.loopline.osm.graphhopper.StreetNetworks#open}.
 *
 * <p>Thread-safe for queries: the planner calls it from parallel streams. Close it to release the graph.
 */
public interface StreetNetwork extends AutoCloseable {
  /** Stop-to-stop transfers are searched up to this walking distance unless the caller says otherwise. */
  double DEFAULT_TRANSFER_METERS = 1_000;

  /** Puts a point on the nearest road usable in the given mode, or says why it cannot. */
  Snap snap(LatLon point, StreetMode mode);

  /**
   * A shortest-path tree on foot from the origin ({@code reverse=false}) or towards it ({@code reverse=true}) up to
   * {@code maxSeconds} of walking.
   */
  WalkTree walkTree(LatLon origin, double maxSeconds, boolean reverse);

  /**
   * Walking transfers between points (typically all stops): for each point {@code i}, the other points reachable on
   * foot within {@code maxMeters}, sorted by index. One bounded tree per point, in parallel. A point that does not
   * snap gets no transfers and is reached by none.
   */
  List<List<WalkLink>> walkTransfers(List<LatLon> points, double maxMeters);

  /** The fastest walking route between two points, with geometry, for an itinerary leg. */
  WalkPath walkPath(LatLon from, LatLon to);

  /**
   * A bus route through the waypoints in order (stops, and via points to force a road), on the bus profile with turn
   * restrictions, avoiding u-turns at intermediate waypoints where possible.
   */
  BusRoute busRoute(List<LatLon> waypoints);

  /**
   * The area reachable on foot within {@code maxSeconds}, for display. Empty when the origin does not snap.
   */
  Polygon walkCatchment(LatLon origin, double maxSeconds);

  /**
   * Every street of the graph, one edge at a time, in the graph's own (stable) order: what a basemap is drawn from,
   * so that the map shows exactly the streets the router walks and drives on.
   */
  void forEachStreet(Consumer<StreetLine> sink);

  /** The walking speed every time is computed with. */
  double walkSpeedMps();

  /** Size, bounds and cache facts. */
  StreetNetworkInfo info();

  /** Releases the graph. Queries after close fail. */
  @Override
  void close();
}
