package dev.loopline.planner.transit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.Route;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.TestNetworkDirs;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.opentripplanner.raptor.api.path.RaptorPath;
import org.opentripplanner.raptor.api.request.Optimization;
import org.opentripplanner.raptor.api.request.RaptorProfile;
import org.opentripplanner.raptor.api.request.RaptorRequestBuilder;

/** The walks between stops the multi-criteria search leaves out: those another way to board makes useless. */
class DominatedTransfersTest {
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

  /**
   * Line R1 runs A → B → C and line R2 runs D → E, 2 min between stops; X is a stop of neither. From X: A 1 min,
   * B 4 min, D 3 min, E 6 min; and back the same.
   */
  private static TransitLayer layer() {
    Feed feed = TestGtfs.mini()
        .stop("A", 29.0, 106.0).stop("B", 29.002, 106.0).stop("C", 29.004, 106.0)
        .stop("D", 29.0, 106.002).stop("E", 29.002, 106.002).stop("X", 29.001, 106.001)
        .route("R1", Route.BUS).route("R2", Route.BUS)
        .trip("T1", "R1", "WD").trip("T2", "R2", "WD")
        .at("T1", 1, "A", "08:00:00", "08:00:00").at("T1", 2, "B", "08:02:00", "08:02:00")
        .at("T1", 3, "C", "08:04:00", "08:04:00")
        .at("T2", 1, "D", "08:00:00", "08:00:00").at("T2", 2, "E", "08:02:00", "08:02:00")
        .build();
    List<String> ids = List.of("A", "B", "C", "D", "E", "X");
    StopTransfers.Builder walks = StopTransfers.builder(ids, 2_000);
    int x = ids.indexOf("X");
    int[][] fromX = {{ids.indexOf("A"), 60}, {ids.indexOf("B"), 240}, {ids.indexOf("D"), 180}, {ids.indexOf("E"), 360}};
    for (int[] w : fromX) {
      walks.add(x, w[0], w[1], w[1]);
      walks.add(w[0], x, w[1], w[1]);
    }
    return TransitLayer.build(feed, TUESDAY, walks.build());
  }

  private static WalkTransferTable table(TransitLayer layer, boolean dropDominated) {
    CostParameters cost = CostParameters.DEFAULTS;
    return layer.transferTable(1.0, 1_200, CostParameters.centi(cost.walkReluctance()), dropDominated ? cost : null);
  }

  private static Set<String> targets(TransitLayer layer, WalkTransfer[] walks) {
    Set<String> out = new TreeSet<>();
    for (WalkTransfer t : walks) {
      out.add(layer.stopId(t.stop()));
    }
    return out;
  }

  @Test
  void aWalkFurtherAlongALineIsLeftOutWhenTheNearerStopCatchesEveryVehicleSooner() {
    TransitLayer layer = layer();
    int x = layer.stopIndex("X");
    // R1 takes 2 min from A to B and walking to B takes 3 min more than to A: whatever B offers is caught at A,
    // sooner and cheaper. R2 from D to E alike. The reverse table, which Raptor's heuristics use, keeps every walk.
    assertEquals(Set.of("A", "B", "D", "E"), targets(layer, table(layer, false).from(x)));
    assertEquals(Set.of("A", "D"), targets(layer, table(layer, true).from(x)));
    assertEquals(targets(layer, table(layer, false).to(x)), targets(layer, table(layer, true).to(x)));
  }

  @Test
  void aWalkFurtherAlongALineStaysWhenItCanCatchAVehicleTheNearerStopMisses() {
    Feed feed = TestGtfs.mini()
        .stop("A", 29.0, 106.0).stop("B", 29.002, 106.0).stop("X", 29.001, 106.001)
        .route("R1", Route.BUS).trip("T1", "R1", "WD")
        .at("T1", 1, "A", "08:00:00", "08:00:00").at("T1", 2, "B", "08:05:00", "08:05:00")
        .build();
    List<String> ids = List.of("A", "B", "X");
    StopTransfers.Builder walks = StopTransfers.builder(ids, 2_000);
    walks.add(2, 0, 60, 60).add(2, 1, 120, 120);
    TransitLayer layer = TransitLayer.build(feed, TUESDAY, walks.build());
    // 5 min on board from A to B but only 1 min more on foot: at B one still catches the bus just missed at A.
    assertEquals(Set.of("A", "B"), targets(layer, table(layer, true).from(layer.stopIndex("X"))));
  }

  @Test
  void everyLineWithinOneWalkStaysWithinOneWalk() {
    TransitLayer layer = TestNetworkDirs.sample().transitLayer(TUESDAY);
    WalkTransferTable all = table(layer, false);
    WalkTransferTable kept = table(layer, true);
    int fewer = 0;
    for (int s = 0; s < layer.stopCount(); s++) {
      fewer += all.from(s).length - kept.from(s).length;
      BitSet before = boardable(layer, s, all.from(s));
      BitSet after = boardable(layer, s, kept.from(s));
      assertEquals(before, after, "lines boardable one walk from " + layer.stopId(s));
    }
    assertTrue(fewer > 0, "some walks are left out on the sample");
  }

  /**
   * What a resident sees does not change: the multi-criteria search from stop to stop over an hour finds paths that
   * arrive as early, with as few transfers and at the same cost, with the thinned walks as with all of them.
   */
  @Test
  void theMultiCriteriaSearchFindsTheSameBestPathsWithTheThinnedWalks() {
    Network net = TestNetworkDirs.sample();
    TransitLayer layer = net.transitLayer(TUESDAY);
    Random rnd = new Random(7);
    TransitSearchSettings all = TransitSearchSettings.DEFAULTS.withMaxTransferMeters(1_200);
    TransitSearchSettings thinned = all.withDropDominatedTransfers(true);
    int compared = 0;
    for (int i = 0; i < 40; i++) {
      int from = rnd.nextInt(layer.stopCount());
      int to = rnd.nextInt(layer.stopCount());
      int departure = 7 * 3600 + rnd.nextInt(120) * 60;
      List<String> a = best(layer, all, from, to, departure);
      List<String> b = best(layer, thinned, from, to, departure);
      assertEquals(a, b, "stop " + layer.stopId(from) + " to " + layer.stopId(to) + " at " + departure);
      compared += a.isEmpty() ? 0 : 1;
    }
    assertTrue(compared >= 20, "most pairs are connected: " + compared);
  }

  private static List<String> best(TransitLayer layer, TransitSearchSettings settings, int from, int to,
                                   int departure) {
    RaptorRequestBuilder<TripSchedule> b = new RaptorRequestBuilder<>();
    b.profile(RaptorProfile.MULTI_CRITERIA).enableOptimization(Optimization.PARETO_CHECK_AGAINST_DESTINATION);
    b.searchParams().earliestDepartureTime(departure).searchWindowInSeconds(3600)
        .maxNumberOfTransfers(TransitRouter.raptorTransferLimit(4))
        .addAccessPaths(WalkAccessEgress.of(from, 0, 0, settings.cost()))
        .addEgressPaths(WalkAccessEgress.of(to, 0, 0, settings.cost()));
    List<String> out = new ArrayList<>();
    for (RaptorPath<TripSchedule> p : TransitRouter.route(b.build(), new RaptorTransitData(layer, settings)).paths()) {
      out.add(p.startTime() + ">" + p.endTime() + " x" + p.numberOfTransfers() + " c" + p.c1());
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  /** The patterns that can be boarded at {@code stop} or one walk from it. */
  private static BitSet boardable(TransitLayer layer, int stop, WalkTransfer[] walks) {
    BitSet out = new BitSet();
    List<Integer> stops = new ArrayList<>(List.of(stop));
    Arrays.stream(walks).forEach(t -> stops.add(t.stop()));
    for (int s : stops) {
      for (int p : layer.patternsAtNoCopy(s)) {
        TripPattern pattern = layer.pattern(p);
        for (int pos = 0; pos < pattern.numberOfStopsInPattern(); pos++) {
          if (pattern.stopIndex(pos) == s && pattern.boardingPossibleAt(pos)) {
            out.set(p);
          }
        }
      }
    }
    return out;
  }
}
