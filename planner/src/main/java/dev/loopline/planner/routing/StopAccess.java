package dev.loopline.planner.routing;

import dev.loopline.gtfs.model.Stop;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import dev.loopline.osm.WalkTree;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.transit.TransitLayer;
import java.util.ArrayList;
import java.util.List;

/**
 * Access and egress: the walks between a point (home, work) and the stops around it, priced on the street graph
 * with one walk tree (not straight lines: a river or a motorway between a home and a stop shows). Access walks go
 * from the point to the stops, egress walks from the stops to the point (the tree is reversed).
 *
 * <p>A point off the mapped streets (farther than the snapping limit from any walkable way, but within the link
 * radius; see {@link Snap#linked()}) walks across the unmapped ground: to its nearest way and on along the streets,
 * or straight to a stop when that is shorter, both priced with {@link Snap#STRAIGHT_LINE_DETOUR}. Such walks are
 * marked in the itinerary.
 */
public final class StopAccess {
  /**
   * A walk between the point and a stop.
   *
   * @param stop    layer stop index
   * @param seconds walking time at the requested speed
   * @param meters  walking distance
   */
  public record StopWalk(int stop, int seconds, int meters) {}

  /** Stops up to this factor beyond the walking limit in a straight line are looked up in the walk tree. */
  private static final double SNAP_MARGIN = 1.01;

  private StopAccess() {}

  /**
   * The stops within {@code maxSeconds} of walking from (or, {@code toPoint}, to) the point at the rider's speed.
   * Empty when the point is not on the street network or no stop is close enough.
   *
   * @param walkSpeedMps the rider's speed; the network's times are scaled from its own speed
   */
  public static List<StopWalk> around(Network network, TransitLayer layer, LatLon point, double maxSeconds,
                                      double walkSpeedMps, boolean toPoint) {
    double networkSpeed = network.streets().walkSpeedMps();
    double factor = networkSpeed / walkSpeedMps;
    WalkTree tree = network.streets().walkTree(point, maxSeconds / factor + 1, toPoint);
    Snap origin = tree.origin();
    if (!origin.ok()) {
      return List.of();
    }
    double maxMeters = maxSeconds * walkSpeedMps;
    List<StopWalk> out = new ArrayList<>();
    List<Stop> stops = layer.stops();
    // A walk is never shorter than the straight line between the snapped points: the index finds the stops that
    // can be reached (with a margin for the few metres the points move when snapped) before the constant-time
    // look-up in the tree, instead of scanning every stop per query.
    for (int i : layer.stopPoints().within(point.lat(), point.lon(), maxMeters * SNAP_MARGIN)) {
      Stop stop = stops.get(i);
      double bestSeconds = Double.POSITIVE_INFINITY;
      double bestMeters = Double.POSITIVE_INFINITY;
      Snap snap = network.stopSnap(stop.id());
      if (snap != null && snap.ok()) {
        bestSeconds = tree.secondsTo(snap) * factor;
        bestMeters = tree.metersTo(snap);
      }
      if (origin.linked()) {
        double straight = Snap.offRoadMeters(point.distanceTo(new LatLon(stop.lat(), stop.lon())),
            origin.limitMeters());
        if (straight / walkSpeedMps < bestSeconds) {
          bestSeconds = straight / walkSpeedMps;
          bestMeters = straight;
        }
      }
      if (bestSeconds <= maxSeconds) {
        out.add(new StopWalk(i, (int) Math.ceil(bestSeconds), (int) Math.round(bestMeters)));
      }
    }
    return out;
  }
}
