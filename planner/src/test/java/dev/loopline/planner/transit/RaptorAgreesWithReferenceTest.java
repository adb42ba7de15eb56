package dev.loopline.planner.transit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.GtfsTime;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.testing.Fixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opentripplanner.raptor.api.path.RaptorPath;

/**
 * Raptor, run on Loopline's transit layer, must find the same earliest arrivals as an independent connection scan
 * ({@link ReferenceRouter}) over the same timetable and walks: at every stop of the network for random origins
 * and departure times, and for random stop-to-stop trips (where the arrival must be by a ride).
 */
class RaptorAgreesWithReferenceTest {
  private static final int TRANSFER_SLACK = TransitSlack.DEFAULTS.transferSeconds();

  @Test
  void beattyWeekdayAndWeekend() {
    Feed feed = GtfsReader.read(Fixtures.path("beatty/sample-feed")).feed();
    int checked = 0;
    checked += check(feed, LocalDate.of(2008, 6, 2), 5 * 3600, 23 * 3600, 150, 1);   // Monday
    checked += check(feed, LocalDate.of(2008, 6, 7), 5 * 3600, 23 * 3600, 150, 2);   // Saturday
    checked += check(feed, LocalDate.of(2007, 6, 4), 5 * 3600, 23 * 3600, 50, 3);    // FULLW removed
    assertTrue(checked > 300, "too few reached stops compared: " + checked);
  }

  @Test
  void portoAlegreBusAndMetro() {
    Feed feed = TestGtfs.combine(GtfsReader.read(Fixtures.path("porto-alegre/poa_eptc.zip")).feed(),
        GtfsReader.read(Fixtures.path("porto-alegre/poa_trensurb.zip")).feed());
    int checked = check(feed, LocalDate.of(2019, 5, 6), 10 * 3600 + 30 * 60, 17 * 3600, 200, 4);
    assertTrue(checked > 50_000, "too few reached stops compared: " + checked);
  }

  /**
   * The synthetic Science City at scale 1 (merged district feeds + rail, walks on its streets), a weekday morning
   * and a late evening that runs past midnight.
   */
  @Test
  void syntheticSampleWithStreetTransfers() {
    var net = dev.loopline.planner.network.TestNetworkDirs.sample();
    LocalDate tuesday = LocalDate.of(2026, 12, 1);
    int checked = check(net.feed(), tuesday, 6 * 3600, 10 * 3600, 80, 6, net.transfers());
    checked += check(net.feed(), tuesday, 22 * 3600, 25 * 3600, 40, 7, net.transfers());
    assertTrue(checked > 50_000, "too few reached stops compared: " + checked);
  }

  private static int check(Feed feed, LocalDate date, int from, int to, int queries, long seed) {
    return check(feed, date, from, to, queries, seed, StopTransfers.straightLine(feed, 600, 1.3, 1.25));
  }

  /** Runs {@code queries} random searches; returns how many (stop, arrival) pairs were compared. */
  private static int check(Feed feed, LocalDate date, int from, int to, int queries, long seed,
                           StopTransfers walks) {
    TransitLayer layer = TransitLayer.build(feed, date, walks);
    Map<String, Map<String, Integer>> walkSeconds = new HashMap<>();
    for (int s = 0; s < layer.stopCount(); s++) {
      for (StopTransfer t : layer.transfersFrom(s)) {
        walkSeconds.computeIfAbsent(layer.stopId(s), k -> new HashMap<>()).put(layer.stopId(t.toStop()), t.seconds());
      }
    }
    ReferenceRouter reference = new ReferenceRouter(feed, date, walkSeconds, TRANSFER_SLACK);
    List<Integer> served = new ArrayList<>();
    for (int s = 0; s < layer.stopCount(); s++) {
      if (layer.patternsAt(s).length > 0) {
        served.add(s);
      }
    }
    Random rnd = new Random(seed);
    int compared = 0;
    List<String> mismatches = new ArrayList<>();
    for (int q = 0; q < queries; q++) {
      int origin = served.get(rnd.nextInt(served.size()));
      int departure = from + rnd.nextInt(to - from);
      ReferenceRouter.Arrivals expected = reference.scan(layer.stopId(origin), departure);
      int[] actual = TransitRouter.earliestArrivals(layer, TransitSearchSettings.DEFAULTS,
          List.of(new WalkAccessEgress(origin, 0, 0, 0)), departure, TransitRouter.MAX_TRANSFERS,
          departure + 24 * 3600);
      for (int s = 0; s < layer.stopCount(); s++) {
        int want = expected.overall().getOrDefault(layer.stopId(s), TransitRouter.UNREACHED);
        if (want != actual[s]) {
          mismatches.add(date + " from " + layer.stopId(origin) + " at " + GtfsTime.format(departure) + " to "
              + layer.stopId(s) + ": reference " + fmt(want) + ", raptor " + fmt(actual[s]));
        } else if (want != TransitRouter.UNREACHED) {
          compared++;
        }
      }
      // Stop to stop: a reached target, arrival by a ride.
      List<String> targets = new ArrayList<>(expected.byTransit().keySet());
      targets.sort(null);
      if (!targets.isEmpty()) {
        String target = targets.get(rnd.nextInt(targets.size()));
        var path = TransitRouter.stopToStop(layer, TransitSearchSettings.DEFAULTS, origin, layer.stopIndex(target),
            departure, TransitRouter.MAX_TRANSFERS);
        int got = path.map(RaptorPath::endTime).orElse(TransitRouter.UNREACHED);
        int want = expected.byTransit().get(target);
        if (got != want) {
          mismatches.add("stop-to-stop " + layer.stopId(origin) + " -> " + target + " at "
              + GtfsTime.format(departure) + ": reference " + fmt(want) + ", raptor " + fmt(got));
        }
        compared++;
      }
    }
    assertEquals(List.of(), mismatches.subList(0, Math.min(20, mismatches.size())),
        mismatches.size() + " mismatches");
    return compared;
  }

  private static String fmt(int t) {
    return t == TransitRouter.UNREACHED ? "unreached" : t < 0 ? "-" + GtfsTime.format(-t) : GtfsTime.format(t);
  }
}
