package dev.loopline.planner.proposal;

import dev.loopline.osm.BusLeg;
import dev.loopline.osm.BusRoute;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import dev.loopline.osm.StreetNetwork;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Routes a resolved proposal along drivable roads (the street network's bus profile) and derives its service:
 * per-leg distance and running time (free-flow time × the traffic factor, or scaled to the planner's
 * {@code round_trip_minutes}), dwell at intermediate stops, both directions unless circular, and the fleet.
 */
public final class LineSimulator {
  private LineSimulator() {}

  /** Routes each direction on the street network, then simulates. */
  public static SimulatedLine simulate(ResolvedProposal line, StreetNetwork streets, SimulationSettings settings) {
    return simulate(line, (Function<List<LatLon>, BusRoute>) streets::busRoute, settings, null);
  }

  /**
   * Routes each direction with {@code router} (waypoints to a bus route), then simulates.
   *
   * @param model running times calibrated on the network's timetables; null to use the traffic factor and dwell
   */
  public static SimulatedLine simulate(ResolvedProposal line, Function<List<LatLon>, BusRoute> router,
                                       SimulationSettings settings, RunningTimeModel model) {
    List<List<PlacedStop>> directions = directionStops(line);
    List<BusRoute> routes = new ArrayList<>();
    for (List<PlacedStop> stops : directions) {
      List<LatLon> points = stops.stream().map(s -> new LatLon(s.lat(), s.lon())).toList();
      BusRoute route = router.apply(points);
      if (!route.ok()) {
        throw line.proposal().error(failedField(stops, route), "cannot route the line on drivable roads: "
            + route.failure());
      }
      routes.add(route);
    }
    return simulate(line, routes, settings, model);
  }

  /** {@link #simulate(ResolvedProposal, List, SimulationSettings, RunningTimeModel)} without calibration. */
  public static SimulatedLine simulate(ResolvedProposal line, List<BusRoute> routes, SimulationSettings settings) {
    return simulate(line, routes, settings, null);
  }

  /**
   * Simulates from already routed directions (one {@link BusRoute} per direction, in the order of
   * {@link #directionStops}). Running times, in order of precedence: the proposal's {@code round_trip_minutes}
   * (the legs scaled to it), the calibrated {@code model} (paces by road class, time per stop, hour factors), or
   * GraphHopper's free-flow times × the traffic factor with the configured dwell.
   */
  public static SimulatedLine simulate(ResolvedProposal line, List<BusRoute> routes, SimulationSettings settings,
                                       RunningTimeModel model) {
    Proposal p = line.proposal();
    List<List<PlacedStop>> stops = directionStops(line);
    if (routes.size() != stops.size()) {
      throw new IllegalArgumentException("expected " + stops.size() + " routed directions, got " + routes.size());
    }
    int dwellSeconds = model != null ? (int) Math.round(model.stopSeconds()) : settings.dwellSeconds();
    double base = 0;
    double dwell = 0;
    for (int d = 0; d < stops.size(); d++) {
      for (BusLeg leg : routes.get(d).legs()) {
        base += model != null ? model.legSeconds(leg) : leg.seconds();
      }
      dwell += (double) dwellSeconds * Math.max(0, stops.get(d).size() - 2);
    }
    RunningTimes source = model != null ? RunningTimes.CALIBRATED : RunningTimes.TRAFFIC_FACTOR;
    double factor = model != null ? 1.0 : settings.trafficFactor();
    if (p.roundTripMinutes().isPresent()) {
      double driving = p.roundTripMinutes().getAsDouble() * 60 - dwell;
      if (driving <= 0) {
        throw p.error("round_trip_minutes", FieldReader.plain(p.roundTripMinutes().getAsDouble())
            + " minutes leave no time to drive after " + FieldReader.plain(dwell / 60) + " minutes of dwell at stops");
      }
      if (base <= 0) {
        throw p.error("stops", "the routed line has no running time; are all stops at the same place?");
      }
      factor = driving / base;
      source = RunningTimes.ROUND_TRIP_MINUTES;
    }
    List<LineDirection> dirs = new ArrayList<>();
    for (int d = 0; d < stops.size(); d++) {
      BusRoute r = routes.get(d);
      if (r.legs().size() != stops.get(d).size() - 1) {
        throw new IllegalArgumentException("direction " + d + ": " + stops.get(d).size() + " stops but "
            + r.legs().size() + " legs");
      }
      List<LineDirection.Leg> legs = new ArrayList<>();
      for (BusLeg leg : r.legs()) {
        legs.add(new LineDirection.Leg(leg.meters(), (model != null ? model.legSeconds(leg) : leg.seconds()) * factor));
      }
      dirs.add(new LineDirection(d, stops.get(d), r.geometry(), legs, dwellSeconds));
    }
    double running = dirs.stream().mapToDouble(LineDirection::runningSeconds).sum() / 60.0;
    if (!(running > 0)) {
      throw p.error("stops", "the routed line has no running time; are all stops at the same place?");
    }
    double[] runningSeconds = dirs.stream().mapToDouble(LineDirection::runningSeconds).toArray();
    java.util.function.IntToDoubleFunction byHour = source == RunningTimes.CALIBRATED ? model::timeFactor : t -> 1.0;
    LineSchedule schedule = Timetabler.build(runningSeconds, p.layover(), p.service().periods(), byHour,
        Timetabler.Returns.OFFSET);
    SimulatedLine out = new SimulatedLine(line, dirs, schedule, source, List.of());
    if (model != null && !model.speedWithinNetworkRange(out.scheduledKmh())) {
      out = out.withWarning(String.format(java.util.Locale.ROOT,
          "%s: scheduled speed %.1f km/h (stops included) is outside the range of the network's own bus routes "
              + "(%.1f-%.1f km/h)%s", p.id(), out.scheduledKmh(), model.fit().slowestRouteKmh(),
          model.fit().fastestRouteKmh(), source == RunningTimes.ROUND_TRIP_MINUTES ? "; check round_trip_minutes" : ""));
    }
    return out;
  }

  /** The stops of each direction: as written and reversed, or for a circular line once around, back to the start. */
  public static List<List<PlacedStop>> directionStops(ResolvedProposal line) {
    List<PlacedStop> out = new ArrayList<>(line.stops());
    if (line.proposal().circular()) {
      out.add(line.stops().get(0));
      return List.of(out);
    }
    List<PlacedStop> back = new ArrayList<>(line.stops());
    java.util.Collections.reverse(back);
    return List.of(out, back);
  }

  private static String failedField(List<PlacedStop> stops, BusRoute route) {
    List<Snap> snaps = route.snaps();
    for (int i = 0; i < snaps.size() && i < stops.size(); i++) {
      if (!snaps.get(i).ok()) {
        return stops.get(i).field();
      }
    }
    return "stops";
  }
}
