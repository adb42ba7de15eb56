package dev.loopline.planner.proposal;

import dev.loopline.osm.BusLeg;
import dev.loopline.osm.BusRoute;
import dev.loopline.osm.LatLon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The legs a change adds to a route (an extension, a detour, the link between two merged routes), routed on the
 * street network's bus profile like a new line's and timed the same way: the calibrated running-time model's pace
 * by road class, its time per stop and its hour factors; without a model, GraphHopper's free-flow time × the traffic
 * factor and the configured dwell.
 */
final class NewLegs {
  private final Function<List<LatLon>, BusRoute> router;
  private final SimulationSettings settings;
  private final RunningTimeModel model;

  NewLegs(Function<List<LatLon>, BusRoute> router, SimulationSettings settings, RunningTimeModel model) {
    this.router = router;
    this.settings = settings;
    this.model = model;
  }

  /** A routed leg: its path, its length and its running time at an hour factor of 1. */
  record Leg(List<LatLon> path, double meters, double baseSeconds) {}

  /**
   * Routes each pair of consecutive stops.
   *
   * @param error the error for a leg that cannot be driven, given the field of the stop that fails and why
   */
  List<Leg> route(List<PlacedStop> stops, java.util.function.BiFunction<String, String, ProposalException> error) {
    List<Leg> out = new ArrayList<>();
    for (int i = 1; i < stops.size(); i++) {
      PlacedStop a = stops.get(i - 1);
      PlacedStop b = stops.get(i);
      BusRoute r = router.apply(List.of(new LatLon(a.lat(), a.lon()), new LatLon(b.lat(), b.lon())));
      if (!r.ok() || r.legs().size() != 1) {
        String field = b.field() != null ? b.field() : a.field();
        throw error.apply(field, "cannot drive from " + a.stopId() + " to " + b.stopId() + " on roads buses use: "
            + (r.ok() ? "no single leg" : r.failure()));
      }
      BusLeg leg = r.legs().get(0);
      double seconds = model != null ? model.legSeconds(leg) : leg.seconds() * settings.trafficFactor();
      // The leg runs from stop to stop, as the legs cut from published shapes do.
      List<LatLon> path = new ArrayList<>();
      path.add(new LatLon(a.lat(), a.lon()));
      List<LatLon> driven = r.geometry();
      for (int k = 1; k < driven.size() - 1; k++) {
        path.add(driven.get(k));
      }
      path.add(new LatLon(b.lat(), b.lon()));
      out.add(new Leg(List.copyOf(path), leg.meters(), seconds));
    }
    return out;
  }

  /** Running-time multiplier for a bus on the road at {@code seconds} after midnight. */
  double factor(int seconds) {
    return model != null ? model.timeFactor(seconds) : 1.0;
  }

  /** Seconds a bus stands at a stop the change adds. */
  int dwellSeconds() {
    return model != null ? (int) Math.round(model.stopSeconds()) : settings.dwellSeconds();
  }

  /** Where the new legs' running times come from. */
  RunningTimes source() {
    return model != null ? RunningTimes.CALIBRATED : RunningTimes.TRAFFIC_FACTOR;
  }
}
