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

  /** Metres per degree of latitude, rounded down so the box filter never drops a reachable stop. */
  private static final double METERS_PER_DEGREE_LAT = 110_500;

  private StopAccess() {}

  /**
   * The stops within {@code maxMeters} of walking from (or, {@code toPoint}, to) the point. Empty when the point is
   * not on the street network or no stop is close enough.
   *
   * @param walkSpeedMps the rider's speed; the network's times are scaled from its own speed
   */
  public static List<StopWalk> around(Network network, TransitLayer layer, LatLon point, double maxMeters,
                                      double walkSpeedMps, boolean toPoint) {
    double networkSpeed = network.streets().walkSpeedMps();
    double maxSeconds = maxMeters / networkSpeed * 1.5 + 60;
    WalkTree tree = network.streets().walkTree(point, maxSeconds, toPoint);
    if (!tree.origin().ok()) {
      return List.of();
    }
    double factor = networkSpeed / walkSpeedMps;
    List<StopWalk> out = new ArrayList<>();
    List<Stop> stops = layer.stops();
    // A walk is never shorter than the straight line, so stops outside this box cannot be reached: a cheap filter
    // before the constant-time look-up in the tree (run per query over every stop).
    double dLat = maxMeters / METERS_PER_DEGREE_LAT;
    double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(Math.abs(point.lat()) + dLat)));
    for (int i = 0; i < stops.size(); i++) {
      Stop s = stops.get(i);
      if (Math.abs(s.lat() - point.lat()) > dLat || Math.abs(s.lon() - point.lon()) > dLon) {
        continue;
      }
      Snap snap = network.stopSnap(s.id());
      if (snap == null || !snap.ok()) {
        continue;
      }
      double m = tree.metersTo(snap);
      if (m <= maxMeters) {
        out.add(new StopWalk(i, (int) Math.ceil(tree.secondsTo(snap) * factor), (int) Math.round(m)));
      }
    }
    return out;
  }
}
