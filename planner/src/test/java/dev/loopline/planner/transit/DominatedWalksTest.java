package dev.loopline.planner.transit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.Route;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which access and egress walks the multi-criteria search can do without, on a line A - B - C - D. */
class DominatedWalksTest {
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);
  private static final CostParameters COST = CostParameters.DEFAULTS;

  /** One route A → B → C → D, two minutes between stops (a slower second run takes three). */
  private static TransitLayer layer() {
    Feed feed = TestGtfs.mini()
        .stop("A", 29.0, 106.0).stop("B", 29.005, 106.0).stop("C", 29.010, 106.0).stop("D", 29.015, 106.0)
        .route("R", Route.BUS)
        .trip("T1", "R", "WD").trip("T2", "R", "WD")
        .at("T1", 1, "A", "08:00:00", "08:00:00").at("T1", 2, "B", "08:02:00", "08:02:00")
        .at("T1", 3, "C", "08:04:00", "08:04:00").at("T1", 4, "D", "08:06:00", "08:06:00")
        .at("T2", 1, "A", "09:00:00", "09:00:00").at("T2", 2, "B", "09:03:00", "09:03:00")
        .at("T2", 3, "C", "09:06:00", "09:06:00").at("T2", 4, "D", "09:09:00", "09:09:00")
        .build();
    return TransitLayer.build(feed, TUESDAY, StopTransfers.builder(List.of(), 0).build());
  }

  private static WalkAccessEgress walk(TransitLayer layer, String stop, int seconds) {
    return WalkAccessEgress.of(layer.stopIndex(stop), seconds, seconds, COST);
  }

  @Test
  void anAccessWalkIsDroppedWhenAnEarlierStopCatchesEveryTripSoonerAndCheaper() {
    TransitLayer layer = layer();
    // A is 1 min away and the slowest run takes 3 min from A to B: walking 5 min to B is never better.
    WalkAccessEgress a = walk(layer, "A", 60);
    WalkAccessEgress b = walk(layer, "B", 300);
    assertEquals(List.of(a), DominatedWalks.pruneAccess(layer, List.of(a, b), COST));
  }

  @Test
  void anAccessWalkStaysWhenTheSlowestRunFromTheEarlierStopArrivesAfterIt() {
    TransitLayer layer = layer();
    // 1 min to A + 3 min on the slow run = 4 min > 3.5 min of walking to B: B catches T2 where A cannot.
    WalkAccessEgress a = walk(layer, "A", 60);
    WalkAccessEgress b = walk(layer, "B", 210);
    assertEquals(List.of(a, b), DominatedWalks.pruneAccess(layer, List.of(a, b), COST));
  }

  @Test
  void aLaterStopNeverDominatesAnAccessWalk() {
    TransitLayer layer = layer();
    // D is next door, but riding starts at A: A's walk is needed to board before D.
    WalkAccessEgress a = walk(layer, "A", 600);
    WalkAccessEgress d = walk(layer, "D", 10);
    assertEquals(List.of(a, d), DominatedWalks.pruneAccess(layer, List.of(a, d), COST));
  }

  @Test
  void anEgressWalkIsDroppedWhenStayingOnToALaterStopArrivesSoonerAndCheaper() {
    TransitLayer layer = layer();
    WalkAccessEgress b = walk(layer, "B", 900);
    WalkAccessEgress c = walk(layer, "C", 400);
    WalkAccessEgress d = walk(layer, "D", 30);
    // From B: 15 min walk. Riding on to D takes at most 6 min and walking 30 s: B and C are both useless.
    assertEquals(List.of(d), DominatedWalks.pruneEgress(layer, List.of(b, c, d), COST));
  }

  @Test
  void anEgressWalkStaysWhenRidingOnArrivesLater() {
    TransitLayer layer = layer();
    WalkAccessEgress c = walk(layer, "C", 120);
    WalkAccessEgress d = walk(layer, "D", 30);
    // 3 min more on board (slow run) + 30 s > 2 min of walking from C.
    assertEquals(List.of(c, d), DominatedWalks.pruneEgress(layer, List.of(c, d), COST));
  }

  @Test
  void aWalkAsLongFromALaterStopDominatesNothing() {
    TransitLayer layer = layer();
    // C and D are equally far from the destination: riding on to D saves no walking and arrives later.
    WalkAccessEgress c = walk(layer, "C", 100);
    WalkAccessEgress d = walk(layer, "D", 100);
    assertEquals(List.of(c, d), DominatedWalks.pruneEgress(layer, List.of(c, d), COST));
  }
}
