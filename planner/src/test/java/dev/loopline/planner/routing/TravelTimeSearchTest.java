package dev.loopline.planner.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.osm.LatLon;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.TestNetworkDirs;
import dev.loopline.planner.transit.TransitLayer;
import dev.loopline.planner.transit.TransitRouter;
import dev.loopline.planner.transit.TransitSearchSettings;
import dev.loopline.planner.transit.WalkAccessEgress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The minute-by-minute range search must give, for every minute, exactly what a separate one-minute Raptor search
 * gives (and those are checked against the reference router in {@code RaptorAgreesWithReferenceTest}).
 */
class TravelTimeSearchTest {
  private static final int MAX_TRAVEL = 90 * 60;

  @Test
  void everyMinuteMatchesASeparateSearchInPortoAlegre() {
    Network net = TestNetworkDirs.portoAlegre();
    TransitLayer layer = net.transitLayer(LocalDate.of(2019, 5, 6));
    LatLon market = new LatLon(-30.027565, -51.227811);
    TravelTimeSearch.Access access = TravelTimeSearch.accessFrom(net, layer, market, 800, 1.3);
    assertTrue(access.size() > 10, "the market has stops nearby: " + access.size());
    TravelTimeSearch search = new TravelTimeSearch(layer);
    int from = 11 * 3600 + 50 * 60;
    TravelTimes times = search.search(access, from, from + 30 * 60, MAX_TRAVEL);
    assertEquals(30, times.minutes());
    int reached = 0;
    for (int m = 0; m < times.minutes(); m += 3) {
      int[] expected = separate(layer, access, times.departure(m));
      assertArrayEquals(expected, times.minute(m), "minute " + m);
      for (int t : expected) {
        reached += t == TravelTimes.UNREACHED ? 0 : 1;
      }
    }
    assertTrue(reached > 10 * 1000, "most stops are reached within 90 min: " + reached);
    // The median is one of the minutes' values and never better than the best.
    int[] median = times.median();
    int[] best = times.best();
    for (int s = 0; s < layer.stopCount(); s++) {
      assertTrue(median[s] >= best[s]);
    }
  }

  @Test
  void frequencyBasedServiceInBeatty() {
    Network net = TestNetworkDirs.beatty();
    TransitLayer layer = net.transitLayer(LocalDate.of(2008, 6, 2));
    int stagecoach = layer.stopIndex("STAGECOACH");
    int airport = layer.stopIndex("BEATTY_AIRPORT");
    TravelTimeSearch.Access access = new TravelTimeSearch.Access(new int[] {stagecoach}, new int[] {0});
    TravelTimes times = new TravelTimeSearch(layer).search(access, 7 * 3600, 8 * 3600, MAX_TRAVEL);
    // The STBA shuttle leaves Stagecoach every 30 min from 06:00 and takes 20 min to the airport.
    assertEquals(20 * 60 + 25 * 60, times.travelTime(5, airport), "07:05 -> board 07:30, arrive 07:50");
    assertEquals(20 * 60, times.travelTime(30, airport), "07:30 -> arrive 07:50");
    assertEquals(20 * 60 + 29 * 60, times.travelTime(31, airport), "07:31 -> board 08:00");
    // Rides only: the airport is reached on the shuttle; Stagecoach, where the rider starts (0 s on foot), is
    // reached on a vehicle only by riding round the shuttle's loop.
    assertEquals(20 * 60, times.rideTime(30, airport));
    assertEquals(0, times.travelTime(30, stagecoach));
    org.junit.jupiter.api.Assertions.assertTrue(times.rideTime(30, stagecoach) > 20 * 60);
    for (int m = 0; m < 60; m++) {
      assertArrayEquals(separate(layer, access, times.departure(m)), times.minute(m), "minute " + m);
    }
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    Network net = TestNetworkDirs.portoAlegre();
    TransitLayer layer = net.transitLayer(LocalDate.of(2019, 5, 6));
    TravelTimeSearch search = new TravelTimeSearch(layer);
    List<TravelTimeSearch.Access> origins = new ArrayList<>();
    for (int s = 0; s < layer.stopCount() && origins.size() < 8; s += 97) {
      if (layer.patternsAt(s).length > 0) {
        origins.add(new TravelTimeSearch.Access(new int[] {s}, new int[] {0}));
      }
    }
    int from = 12 * 3600;
    List<int[]> sequential = origins.stream().map(a -> search.search(a, from, from + 600, MAX_TRAVEL).median())
        .toList();
    List<int[]> parallel = new ForkJoinPool(2).submit(() -> IntStream.range(0, origins.size()).parallel()
        .mapToObj(i -> search.search(origins.get(i), from, from + 600, MAX_TRAVEL).median()).toList()).get();
    for (int i = 0; i < origins.size(); i++) {
      assertArrayEquals(sequential.get(i), parallel.get(i));
    }
  }

  private static int[] separate(TransitLayer layer, TravelTimeSearch.Access access, int departure) {
    List<WalkAccessEgress> walks = new ArrayList<>();
    for (int i = 0; i < access.size(); i++) {
      walks.add(new WalkAccessEgress(access.stops()[i], access.seconds()[i], 0, 0));
    }
    int[] arr = TransitRouter.earliestArrivals(layer, TransitSearchSettings.DEFAULTS, walks, departure,
        TravelTimeSearch.DEFAULT_MAX_TRANSFERS, departure + MAX_TRAVEL);
    int[] out = new int[arr.length];
    for (int s = 0; s < arr.length; s++) {
      out[s] = arr[s] == TransitRouter.UNREACHED || arr[s] - departure > MAX_TRAVEL ? TravelTimes.UNREACHED
          : arr[s] - departure;
    }
    return out;
  }
}
