package dev.loopline.planner.score;

import dev.loopline.gtfs.model.Stop;
import dev.loopline.planner.routing.TravelTimeSearch;
import dev.loopline.planner.routing.TravelTimes;
import dev.loopline.planner.transit.TransitLayer;
import dev.loopline.planner.transit.TransitSearchSettings;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Accessibility's transit search on a {@link TransitLayer}: a thin adapter over {@link TravelTimeSearch}, which
 * finds the earliest arrival at every stop for every departure minute with one Raptor range search per origin.
 * Thread-safe: one instance serves all of the accessibility calculator's threads.
 */
public final class RaptorTransitArrivals implements TransitArrivals {
  /** Rides per trip the accessibility search allows (R5's default is 8 legs; 4 transfers is plenty here). */
  public static final int MAX_TRANSFERS = TravelTimeSearch.DEFAULT_MAX_TRANSFERS;

  private final TravelTimeSearch search;

  public RaptorTransitArrivals(TransitLayer layer, TransitSearchSettings settings) {
    this.search = new TravelTimeSearch(layer, settings, MAX_TRANSFERS);
  }

  /** The search space of a layer: its stops in layer order, and this search. */
  public static TransitSearchSpace space(TransitLayer layer, TransitSearchSettings settings) {
    List<StopPoint> stops = new ArrayList<>(layer.stopCount());
    for (Stop s : layer.stops()) {
      stops.add(new StopPoint(s.id(), s.lat(), s.lon(), true, false));
    }
    return new TransitSearchSpace(stops, new RaptorTransitArrivals(layer, settings));
  }

  @Override
  public Arrivals arrivals(int[] accessStops, int[] accessSeconds, int firstDeparture, int minutes,
                           int maxTravelSeconds) {
    TravelTimes times = search.search(new TravelTimeSearch.Access(accessStops, accessSeconds), firstDeparture,
        firstDeparture + 60 * minutes, maxTravelSeconds);
    int stops = times.stopCount();
    int[][] out = new int[minutes][stops];
    BitSet reached = new BitSet(stops);
    for (int m = 0; m < minutes; m++) {
      int[] row = out[m];
      int dep = times.departure(m);
      for (int s = 0; s < stops; s++) {
        if (times.travelTime(m, s) != TravelTimes.UNREACHED) {
          reached.set(s);
        }
        int ride = times.rideTime(m, s); // TravelTimes.UNREACHED == TransitArrivals.UNREACHED
        row[s] = ride == TravelTimes.UNREACHED ? UNREACHED : dep + ride;
      }
    }
    return new Arrivals(out, reached);
  }
}
