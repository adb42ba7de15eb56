package dev.loopline.osm;

import java.util.List;

/**
 * A bus line drawn on the road network through an ordered list of waypoints.
 *
 * @param geometry the driven path from the first to the last snapped waypoint (empty when failed)
 * @param legs one leg per consecutive pair of waypoints (empty when failed)
 * @param snaps how each waypoint was put on the road network (for a failed route: as far as it got)
 * @param failure why the route could not be drawn (which waypoint did not snap, which leg has no road connection);
 *     null when ok
 */
public record BusRoute(List<LatLon> geometry, List<BusLeg> legs, List<Snap> snaps, String failure) {
  public BusRoute {
    geometry = List.copyOf(geometry);
    legs = List.copyOf(legs);
    snaps = List.copyOf(snaps);
  }

  public static BusRoute failed(List<Snap> snaps, String reason) {
    return new BusRoute(List.of(), List.of(), snaps, reason);
  }

  public boolean ok() {
    return failure == null;
  }

  /** Total driven distance. */
  public double meters() {
    return legs.stream().mapToDouble(BusLeg::meters).sum();
  }

  /** Total running time. */
  public double seconds() {
    return legs.stream().mapToDouble(BusLeg::seconds).sum();
  }
}
