package dev.loopline.planner.routing;

import dev.loopline.osm.LatLon;
import java.time.Duration;
import java.util.List;

/**
 * One part of an itinerary: a walk or a ride on one vehicle.
 *
 * @param mode              walk or a transit mode
 * @param from              where the leg starts, with its departure time
 * @param to                where it ends, with its arrival time
 * @param meters            distance travelled (along the streets for walks, along the shape or stop to stop
 *                          for rides)
 * @param routeShortName    the route's short name (rides), else null
 * @param routeLongName     the route's long name (rides), else null
 * @param operator          the agency's name (rides), else null
 * @param headsign          where the vehicle is going (rides), else null
 * @param tripId            the GTFS trip id (rides), else null
 * @param intermediateStops stops passed without getting on or off (rides), with their times
 * @param geometry          the path, origin to end
 * @param estimatedTimes    true when a ride's times at its ends were interpolated (the feed gives no time there)
 * @param offStreet         true when a walk crosses ground with no mapped way, in a straight line (its origin,
 *                          destination or stop is farther than the snapping limit from any walkable way; the
 *                          distance is then an estimate)
 */
public record Leg(LegMode mode, Place from, Place to, double meters, String routeShortName, String routeLongName,
                  String operator, String headsign, String tripId, List<Place> intermediateStops,
                  List<LatLon> geometry, boolean estimatedTimes, boolean offStreet) {
  public Leg {
    intermediateStops = List.copyOf(intermediateStops);
    geometry = List.copyOf(geometry);
  }

  public Duration duration() {
    return Duration.between(from.time(), to.time());
  }

  public boolean isTransit() {
    return mode.isTransit();
  }

  /** A walk between two places. */
  static Leg walk(Place from, Place to, double meters, List<LatLon> geometry, boolean offStreet) {
    return new Leg(LegMode.WALK, from, to, meters, null, null, null, null, null, List.of(), geometry, false,
        offStreet);
  }
}
