package dev.loopline.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.testing.Fixtures;
import dev.loopline.osm.testing.GtfsZip;
import dev.loopline.osm.testing.PortoAlegre;
import dev.loopline.osm.testing.TestNetworks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Stop-to-stop walking transfers over all EPTC stops inside the Porto Alegre extract. */
class WalkTransfersTest {
  private static final double LIMIT = StreetNetwork.DEFAULT_TRANSFER_METERS;
  private static StreetNetwork net;
  private static List<LatLon> stops;
  private static List<List<WalkLink>> transfers;

  @BeforeAll
  static void computeOnce() {
    net = TestNetworks.portoAlegre();
    stops = new ArrayList<>();
    for (LatLon s : PortoAlegre.eptc().stops().values()) {
      if (PortoAlegre.inside(net.info(), s, 0)) {
        stops.add(s);
      }
    }
    long t0 = System.nanoTime();
    transfers = net.walkTransfers(stops, LIMIT);
    System.out.printf("walkTransfers: %d stops, %d links, %.1f s%n", stops.size(),
        transfers.stream().mapToInt(List::size).sum(), (System.nanoTime() - t0) / 1e9);
  }

  @Test
  void everyLinkIsBoundedSortedAndNeverShorterThanTheCrowFlies() {
    assertEquals(stops.size(), transfers.size());
    assertTrue(stops.size() > 2_000, "EPTC stops in the extract: " + stops.size());
    int links = 0;
    for (int i = 0; i < transfers.size(); i++) {
      int last = -1;
      for (WalkLink l : transfers.get(i)) {
        assertNotEquals(i, l.toIndex());
        assertTrue(l.toIndex() > last, "sorted by target index");
        last = l.toIndex();
        assertTrue(l.meters() <= LIMIT, l.toString());
        assertTrue(l.meters() >= stops.get(i).distanceTo(stops.get(l.toIndex())) - 0.01, "network >= straight line");
        assertEquals(l.meters() / StreetConfig.DEFAULT_WALK_SPEED_MPS, l.seconds(), 1.0);
        links++;
      }
    }
    // a real city: on average several stops within a 1 km walk
    assertTrue(links > 10 * stops.size(), "links: " + links);
  }

  @Test
  void transfersAreNearlySymmetric() {
    Map<Long, WalkLink> byPair = new HashMap<>();
    for (int i = 0; i < transfers.size(); i++) {
      for (WalkLink l : transfers.get(i)) {
        byPair.put((long) i << 32 | l.toIndex(), l);
      }
    }
    int asymmetric = 0;
    for (Map.Entry<Long, WalkLink> e : byPair.entrySet()) {
      int i = (int) (e.getKey() >>> 32);
      int j = e.getValue().toIndex();
      WalkLink back = byPair.get((long) j << 32 | i);
      double there = e.getValue().meters();
      // near the limit a one-way footway may push the way back just over it: only compare when both exist
      if (back == null ? there < LIMIT - 100 : Math.abs(back.meters() - there) > 1) {
        asymmetric++;
      }
    }
    assertTrue(asymmetric <= byPair.size() / 100, asymmetric + " of " + byPair.size() + " links are one-sided");
  }

  @Test
  void transfersAgreeWithTreesAndPathsAndMissNothing() {
    Random rnd = new Random(3);
    List<Snap> snaps = stops.stream().map(s -> net.snap(s, StreetMode.WALK)).toList();
    for (int k = 0; k < 25; k++) {
      int i = rnd.nextInt(stops.size());
      if (!snaps.get(i).ok()) {
        assertTrue(transfers.get(i).isEmpty());
        continue;
      }
      WalkTree tree = net.walkTree(stops.get(i), LIMIT / StreetConfig.DEFAULT_WALK_SPEED_MPS + 10, false);
      Map<Integer, WalkLink> links = new HashMap<>();
      transfers.get(i).forEach(l -> links.put(l.toIndex(), l));
      for (int j = 0; j < stops.size(); j++) {
        if (j == i) {
          continue;
        }
        double m = tree.metersTo(snaps.get(j));
        WalkLink l = links.get(j);
        if (m <= LIMIT - 0.5) {
          assertTrue(l != null, "stop " + j + " is " + m + " m away on foot but has no link from " + i);
          assertEquals(m, l.meters(), 0.01);
        } else if (m > LIMIT + 0.5) {
          assertFalse(links.containsKey(j));
        }
      }
      for (WalkLink l : transfers.get(i).subList(0, Math.min(3, transfers.get(i).size()))) {
        WalkPath p = net.walkPath(stops.get(i), stops.get(l.toIndex()));
        assertEquals(p.meters(), l.meters(), 1.5);
      }
    }
  }

  @Test
  void crossAgencyStopPairsInCobbAreLinked() {
    StreetNetwork cobb = TestNetworks.cobb();
    List<LatLon> all = new ArrayList<>();
    all.addAll(new GtfsZip(Fixtures.path("cobb-marta/cobblinc-bus-30-only.gtfs.zip")).stops().values());
    int firstMarta = all.size();
    all.addAll(new GtfsZip(Fixtures.path("cobb-marta/marta-bus-856-only.gtfs.zip")).stops().values());
    List<List<WalkLink>> t = cobb.walkTransfers(all, 300);
    int pairs = 0;
    int linked = 0;
    for (int i = 0; i < firstMarta; i++) {
      for (int j = firstMarta; j < all.size(); j++) {
        if (all.get(i).distanceTo(all.get(j)) < 150 && cobb.snap(all.get(i), StreetMode.WALK).ok()
            && cobb.snap(all.get(j), StreetMode.WALK).ok()) {
          pairs++;
          final int target = j;
          if (t.get(i).stream().anyMatch(l -> l.toIndex() == target)) {
            linked++;
          }
        }
      }
    }
    assertTrue(pairs >= 4, "near-duplicate pairs on the network: " + pairs);
    assertTrue(linked >= pairs - 1, linked + " of " + pairs + " near-duplicate pairs linked within 300 m");
  }
}
