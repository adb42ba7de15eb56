package dev.loopline.planner.score;

import dev.loopline.gtfs.model.Stop;
import dev.loopline.planner.transit.TransitLayer;
import dev.loopline.planner.transit.TransitRouter;
import dev.loopline.planner.transit.TransitSearchSettings;
import dev.loopline.planner.transit.WalkAccessEgress;
import java.util.ArrayList;
import java.util.List;

/**
 * Accessibility's transit search on a {@link TransitLayer}: OTP Raptor's earliest arrival at every stop, one
 * search per departure minute.
 */
public final class RaptorTransitArrivals implements TransitArrivals {
  /** Rides per trip the accessibility search allows (R5's default is 8 legs; 4 transfers is plenty here). */
  public static final int MAX_TRANSFERS = 4;

  private final TransitLayer layer;
  private final TransitSearchSettings settings;

  public RaptorTransitArrivals(TransitLayer layer, TransitSearchSettings settings) {
    this.layer = layer;
    this.settings = settings;
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
  public int[][] arrivals(int[] accessStops, int[] accessSeconds, int firstDeparture, int minutes,
                          int maxTravelSeconds) {
    List<WalkAccessEgress> access = new ArrayList<>(accessStops.length);
    for (int i = 0; i < accessStops.length; i++) {
      access.add(WalkAccessEgress.of(accessStops[i], accessSeconds[i], 0, settings.cost()));
    }
    int[][] out = new int[minutes][];
    for (int m = 0; m < minutes; m++) {
      int dep = firstDeparture + 60 * m;
      out[m] = TransitRouter.earliestArrivals(layer, settings, access, dep, MAX_TRANSFERS, dep + maxTravelSeconds);
    }
    return out;
  }
}
