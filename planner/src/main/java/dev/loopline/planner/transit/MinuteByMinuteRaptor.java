package dev.loopline.planner.transit;

import java.util.function.IntConsumer;
import org.opentripplanner.raptor.api.request.RaptorRequest;
import org.opentripplanner.raptor.configure.RaptorConfig;
import org.opentripplanner.raptor.rangeraptor.DefaultRangeRaptorWorker;
import org.opentripplanner.raptor.rangeraptor.RangeRaptor;
import org.opentripplanner.raptor.rangeraptor.context.SearchContext;
import org.opentripplanner.raptor.rangeraptor.internalapi.SingleCriteriaStopArrivals;
import org.opentripplanner.raptor.rangeraptor.standard.configure.StdRangeRaptorConfig;

/**
 * Raptor's range search, observed minute by minute. Range Raptor runs one search per departure minute, from the
 * last minute of the window back to the first, and keeps its state between them (arriving by a later departure
 * is still possible when leaving earlier). So after the iteration for minute {@code m}, its best-arrival table is
 * exactly "the earliest arrival at every stop when leaving at {@code m}", for a fraction of the cost of separate
 * searches. Raptor's public API only returns the final table; this class assembles the same standard range
 * search as {@code RaptorConfig.createRangeRaptorWithStdWorker} from Raptor's (public) internal classes and
 * subscribes to the end of each iteration to read the table.
 *
 * <p>Pinned to raptor 2.7.0's internals (checked by {@code TravelTimeSearchTest} against one-iteration searches).
 */
final class MinuteByMinuteRaptor {
  /** Receives the table after each departure minute (latest minute first); valid only during the call. */
  interface Listener {
    void minute(int departureTime, StopArrivalTable arrivals);
  }

  /**
   * Read-only view of Raptor's current best arrival per stop: by any means (a walk after a ride included), and on a
   * vehicle (alighting there, before any walk).
   */
  interface StopArrivalTable {
    boolean reached(int stop);

    int arrival(int stop);

    boolean reachedByVehicle(int stop);

    int vehicleArrival(int stop);
  }

  private MinuteByMinuteRaptor() {}

  static void run(RaptorRequest<TripSchedule> request, RaptorTransitData data, Listener listener) {
    RaptorConfig<TripSchedule> config = TransitRouter.config();
    SearchContext<TripSchedule> ctx = config.context(data, request);
    StdRangeRaptorConfig<TripSchedule> std = new StdRangeRaptorConfig<>(ctx);
    var state = std.state();
    var worker = new DefaultRangeRaptorWorker<>(state, std.strategy(), ctx.transitData(), ctx.slackProvider(),
        ctx.legs().getFirst().accessPaths(), ctx.calculator(), ctx.lifeCycle(), ctx.performanceTimers(),
        ctx.useConstrainedTransfers());
    SingleCriteriaStopArrivals best = worker.result().extractBestOverallArrivals();
    SingleCriteriaStopArrivals ridden = worker.result().extractBestTransitArrivals();
    StopArrivalTable table = new StopArrivalTable() {
      @Override
      public boolean reached(int stop) {
        return best.isReached(stop);
      }

      @Override
      public int arrival(int stop) {
        return best.value(stop);
      }

      @Override
      public boolean reachedByVehicle(int stop) {
        return ridden.isReached(stop);
      }

      @Override
      public int vehicleArrival(int stop) {
        return ridden.value(stop);
      }
    };
    int[] minute = new int[1];
    IntConsumer setup = t -> minute[0] = t;
    ctx.lifeCycle().onSetupIteration(setup);
    ctx.lifeCycle().onIterationComplete(() -> listener.minute(minute[0], table));
    var router = new RangeRaptor<>(worker, ctx.transitData(), ctx.legs().getFirst().accessPaths(),
        ctx.roundTracker(), ctx.calculator(), ctx.createLifeCyclePublisher(), ctx.performanceTimers(),
        TransitRouter.ENVIRONMENT.timeoutHook());
    router.route();
  }
}
