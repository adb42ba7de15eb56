package dev.loopline.planner.transit;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import org.opentripplanner.raptor.api.model.RaptorStopNameResolver;
import org.opentripplanner.raptor.api.model.RaptorTransfer;
import org.opentripplanner.raptor.spi.IntIterator;
import org.opentripplanner.raptor.spi.RaptorConstrainedBoardingSearch;
import org.opentripplanner.raptor.spi.RaptorCostCalculator;
import org.opentripplanner.raptor.spi.RaptorPathConstrainedTransferSearch;
import org.opentripplanner.raptor.spi.RaptorRoute;
import org.opentripplanner.raptor.spi.RaptorSlackProvider;
import org.opentripplanner.raptor.spi.RaptorTransitDataProvider;

/**
 * The adapter Raptor routes on: a {@link TransitLayer} plus one search's settings (walk pricing, cost, slack).
 * The layer is shared and immutable; this object is cheap and belongs to a single search (it reuses a scratch
 * bit set between rounds), so create one per search and never share it between threads.
 *
 * <p>{@code virtualStops} adds stop indexes after the layer's stops that no pattern or walk touches; a
 * {@link TravelTimeSearch}-style search puts its egress there so that Raptor, which always needs a destination,
 * explores the whole network instead of stopping early.
 */
public final class RaptorTransitData implements RaptorTransitDataProvider<TripSchedule> {
  private static final WalkTransfer[] NONE = new WalkTransfer[0];

  private final TransitLayer layer;
  private final WalkTransferTable transfers;
  private final GeneralizedCost cost;
  private final TransitSlack slack;
  private final int stops;
  private final BitSet routes;
  private final int[] routeBuffer;

  public RaptorTransitData(TransitLayer layer, TransitSearchSettings settings, int virtualStops) {
    this.layer = layer;
    this.cost = new GeneralizedCost(settings.cost());
    this.slack = settings.slack();
    this.transfers = layer.transferTable(settings.walkTimeFactor(), settings.maxTransferMeters(),
        cost.walkCostPerSecond(),
        settings.dropDominatedTransfers() ? settings.cost() : null);
    this.stops = layer.stopCount() + virtualStops;
    this.routes = new BitSet(layer.patternCount());
    this.routeBuffer = new int[layer.patternCount()];
  }

  public RaptorTransitData(TransitLayer layer, TransitSearchSettings settings) {
    this(layer, settings, 0);
  }

  public TransitLayer layer() {
    return layer;
  }

  @Override
  public int numberOfStops() {
    return stops;
  }

  @Override
  public Iterator<? extends RaptorTransfer> getTransfersFromStop(int fromStop) {
    return Arrays.asList(fromStop < layer.stopCount() ? transfers.from(fromStop) : NONE).iterator();
  }

  @Override
  public Iterator<? extends RaptorTransfer> getTransfersToStop(int toStop) {
    return Arrays.asList(toStop < layer.stopCount() ? transfers.to(toStop) : NONE).iterator();
  }

  /** The distinct patterns serving any of the given stops, in ascending index order. */
  @Override
  public IntIterator routeIndexIterator(IntIterator stopsTouched) {
    routes.clear();
    int layerStops = layer.stopCount();
    while (stopsTouched.hasNext()) {
      int s = stopsTouched.next();
      if (s < layerStops) {
        for (int p : layer.patternsAtNoCopy(s)) {
          routes.set(p);
        }
      }
    }
    int n = 0;
    for (int p = routes.nextSetBit(0); p >= 0; p = routes.nextSetBit(p + 1)) {
      routeBuffer[n++] = p;
    }
    final int count = n;
    return new IntIterator() {
      private int i;

      @Override
      public int next() {
        return routeBuffer[i++];
      }

      @Override
      public boolean hasNext() {
        return i < count;
      }
    };
  }

  @Override
  public RaptorRoute<TripSchedule> getRouteForIndex(int routeIndex) {
    return layer.pattern(routeIndex).timetable();
  }

  @Override
  public RaptorCostCalculator<TripSchedule> multiCriteriaCostCalculator() {
    return cost;
  }

  @Override
  public RaptorSlackProvider slackProvider() {
    return slack;
  }

  @Override
  public RaptorPathConstrainedTransferSearch<TripSchedule> transferConstraintsSearch() {
    return NoConstrainedTransfers.INSTANCE;
  }

  @Override
  public RaptorStopNameResolver stopNameResolver() {
    return i -> i < layer.stopCount() ? layer.stop(i).name() + "(" + layer.stopId(i) + ")" : "virtual#" + i;
  }

  @Override
  public int getValidTransitDataStartTime() {
    return layer.earliestTime();
  }

  @Override
  public int getValidTransitDataEndTime() {
    return layer.latestTime();
  }

  @Override
  public RaptorConstrainedBoardingSearch<TripSchedule> transferConstraintsForwardSearch(int routeIndex) {
    return NoConstrainedTransfers.INSTANCE;
  }

  @Override
  public RaptorConstrainedBoardingSearch<TripSchedule> transferConstraintsReverseSearch(int routeIndex) {
    return NoConstrainedTransfers.INSTANCE;
  }
}
