package dev.loopline.planner.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.model.Stop;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.WalkPath;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.TestNetworkDirs;
import dev.loopline.planner.transit.ReferenceRouter;
import dev.loopline.planner.transit.StopTransfer;
import dev.loopline.planner.transit.TransitLayer;
import dev.loopline.planner.transit.TransitSlack;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TripPlannerTest {
  private static final LatLon STAGECOACH = new LatLon(36.915682, -116.751677);
  private static final LatLon BEATTY_AIRPORT = new LatLon(36.868446, -116.784582);
  private static final LatLon PUBLIC_MARKET = new LatLon(-30.027565, -51.227811);
  private static final LatLon FARRAPOS_STATION = new LatLon(-29.997721, -51.197618);
  /** By Aeroporto station, just outside the extract's walkable streets. */
  private static final LatLon NEAR_AEROPORTO_STATION = new LatLon(-29.9892, -51.1838);
  private static final LocalDate POA_MONDAY = LocalDate.of(2019, 5, 6);

  /** The sample feed's shuttle STBA leaves Stagecoach every 30 min from 06:00 and reaches the airport 20 min later. */
  @Test
  void beattyShuttleMatchesThePublishedTimetable() {
    TripPlanner planner = new TripPlanner(TestNetworkDirs.beatty());
    PlanResult r = planner.plan(TripRequest.departAt(STAGECOACH, BEATTY_AIRPORT, LocalDateTime.of(2008, 6, 2, 7, 5)));
    assertTrue(r.ok(), r.message());
    Itinerary first = r.earliestArrival();
    Leg ride = first.legs().stream().filter(Leg::isTransit).findFirst().orElseThrow();
    assertEquals("30", ride.routeShortName());
    assertEquals("Demo Transit Authority", ride.operator());
    assertEquals("STAGECOACH", ride.from().stopId());
    assertEquals("BEATTY_AIRPORT", ride.to().stopId());
    assertEquals(LocalTime.of(7, 30), ride.from().time().toLocalTime());
    assertEquals(LocalTime.of(7, 50), ride.to().time().toLocalTime());
    assertEquals(LegMode.BUS, ride.mode());
    assertEquals(0, first.transfers());
    assertEquals(new BigDecimal("1.25"), first.fare().orElseThrow().amount(), "fare p covers route STBA");
    assertEquals("USD", first.fare().orElseThrow().currency());
    // Real walks at both ends, on the streets.
    Leg access = first.legs().get(0);
    assertEquals(LegMode.WALK, access.mode());
    assertTrue(access.geometry().size() >= 2);
    assertTrue(ride.geometry().size() >= 2);
  }

  @Test
  void arriveByGivesTheLatestDepartureThatStillArrivesInTime() {
    TripPlanner planner = new TripPlanner(TestNetworkDirs.beatty());
    PlanResult r = planner.plan(TripRequest.arriveBy(STAGECOACH, BEATTY_AIRPORT, LocalDateTime.of(2008, 6, 2, 8, 10)));
    assertTrue(r.ok(), r.message());
    for (Itinerary it : r.itineraries()) {
      assertFalse(it.arrival().isAfter(LocalDateTime.of(2008, 6, 2, 8, 10)), it.arrival().toString());
    }
    Leg ride = r.itineraries().get(0).legs().stream().filter(Leg::isTransit).findFirst().orElseThrow();
    assertEquals(LocalTime.of(7, 30), ride.from().time().toLocalTime(), "the 08:00 run arrives 08:20, too late");
    // Earliest-arrival mode in reverse: the latest departure.
    PlanResult e = planner.plan(TripRequest.arriveBy(STAGECOACH, BEATTY_AIRPORT, LocalDateTime.of(2008, 6, 2, 8, 10))
        .withOptimize(TripRequest.Optimize.EARLIEST_ARRIVAL));
    assertTrue(e.ok(), e.message());
    Leg ride2 = e.itineraries().get(0).legs().stream().filter(Leg::isTransit).findFirst().orElseThrow();
    assertEquals(LocalTime.of(7, 30), ride2.from().time().toLocalTime());
  }

  /**
   * From the public market (next to Mercado station) to Farrapos station the TRENSURB metro is the obvious choice,
   * with or without the EPTC buses running. Aeroporto, one station further, lies beyond the OSM extract's walkable
   * streets: a point there is still reached, by the metro and a straight-line walk marked as off the mapped streets.
   */
  @Test
  void portoAlegreMarketToFarraposTakesTheMetro() {
    TripPlanner planner = new TripPlanner(TestNetworkDirs.portoAlegre());
    check(planner, FARRAPOS_STATION, "FARRAPOS");
    PlanResult airport = planner.plan(TripRequest.departAt(PUBLIC_MARKET, NEAR_AEROPORTO_STATION,
        POA_MONDAY.atTime(12, 0)));
    assertEquals(PlanStatus.OK, airport.status(), airport.message());
    Itinerary best = airport.itineraries().get(0);
    assertTrue(best.legs().stream().anyMatch(l -> l.mode() == LegMode.RAIL), "the metro to Aeroporto");
    Leg last = best.legs().get(best.legs().size() - 1);
    assertEquals(LegMode.WALK, last.mode());
    assertTrue(last.offStreet(), "the walk from the station crosses unmapped ground: marked");
    assertFalse(best.legs().get(0).offStreet(), "the walk to Mercado is on the streets");
  }

  private static void check(TripPlanner planner, LatLon destination, String station) {
    for (int hour : new int[] {8, 12, 15}) {
      PlanResult r = planner.plan(TripRequest.departAt(PUBLIC_MARKET, destination, POA_MONDAY.atTime(hour, 0)));
      assertTrue(r.ok(), r.message());
      Itinerary best = r.itineraries().get(0);
      List<Leg> rides = best.legs().stream().filter(Leg::isTransit).toList();
      assertEquals(1, rides.size(), "one ride: " + rides);
      Leg metro = rides.get(0);
      assertEquals(LegMode.RAIL, metro.mode());
      assertEquals("LINHA1", metro.routeShortName());
      assertTrue(metro.from().name().contains("MERCADO"), metro.from().name());
      assertTrue(metro.to().name().contains(station), metro.to().name());
      assertTrue(best.duration().toMinutes() < 30, best.duration().toString());
      assertEquals(r.earliestArrival().arrival(), best.arrival(), "the metro is also the earliest arrival");
    }
  }

  /** A limit of N changes allows a trip with exactly N (Raptor's own limit counts rides), and not one more. */
  @Test
  void maxTransfersAllowsTripsWithExactlyThatManyChanges() {
    Network net = TestNetworkDirs.sample();
    TripPlanner planner = new TripPlanner(net);
    LocalDate day = LocalDate.of(2026, 12, 1);
    List<dev.loopline.gtfs.model.Stop> stops = net.transitLayer(day).stops();
    java.util.Random rnd = new java.util.Random(11);
    TripRequest q = null;
    Itinerary free = null;
    // The first of a fixed series of stop-to-stop trips whose earliest arrival changes vehicle.
    while (free == null || free.transfers() < 1) {
      dev.loopline.gtfs.model.Stop a = stops.get(rnd.nextInt(stops.size()));
      dev.loopline.gtfs.model.Stop b = stops.get(rnd.nextInt(stops.size()));
      q = TripRequest.departAt(new LatLon(a.lat(), a.lon()), new LatLon(b.lat(), b.lon()), day.atTime(8, 0))
          .withOptimize(TripRequest.Optimize.EARLIEST_ARRIVAL);
      PlanResult r = planner.plan(q);
      free = r.ok() ? r.itineraries().get(0) : null;
    }
    int changes = free.transfers();
    Itinerary unlimited = free;
    for (TripRequest.Optimize optimize : TripRequest.Optimize.values()) {
      PlanResult exact = planner.plan(q.withOptimize(optimize).withMaxTransfers(changes));
      assertEquals(PlanStatus.OK, exact.status(), optimize + ": " + exact.message());
      assertEquals(unlimited.arrival(), exact.earliestArrival().arrival(), optimize + " with " + changes + " changes");
      PlanResult fewer = planner.plan(q.withOptimize(optimize).withMaxTransfers(changes - 1));
      assertTrue(!fewer.ok() || fewer.itineraries().stream().allMatch(it -> it.transfers() < changes
          && !it.arrival().isBefore(unlimited.arrival())), optimize + " with " + (changes - 1) + ": "
          + fewer.itineraries());
    }
  }

  /** The resident's question: from Bishan to University Town at 8 on a weekday, across a district border. */
  @Test
  void residentCrossDistrictTripOnTheSample() {
    Network net = TestNetworkDirs.sample();
    TripPlanner planner = new TripPlanner(net);
    LatLon bishan = new LatLon(29.5929, 106.2336);          // 璧山南路中路口, central Bishan
    LatLon universityTown = new LatLon(29.6101, 106.3177);  // 大学城北一街, University Town
    PlanResult r = planner.plan(TripRequest.departAt(bishan, universityTown, LocalDateTime.of(2026, 12, 1, 8, 0)));
    assertTrue(r.ok(), r.message());
    assertTrue(r.itineraries().size() >= 2, "alternatives: " + r.itineraries().size());
    for (Itinerary it : r.itineraries()) {
      assertFalse(it.departure().isBefore(LocalDateTime.of(2026, 12, 1, 8, 0)));
      assertTrue(it.duration().toMinutes() < 120, it.duration().toString());
      Leg first = it.legs().get(0);
      Leg last = it.legs().get(it.legs().size() - 1);
      assertEquals(LegMode.WALK, first.mode());
      assertEquals(LegMode.WALK, last.mode());
      for (Leg l : it.legs()) {
        assertTrue(l.geometry().size() >= 2, "every leg is drawn: " + l);
        assertFalse(l.to().time().isBefore(l.from().time()), "legs go forward in time: " + l);
      }
      for (int i = 1; i < it.legs().size(); i++) {
        assertFalse(it.legs().get(i).from().time().isBefore(it.legs().get(i - 1).to().time()), "legs in order");
      }
      List<String> districts = it.districts().stream().map(DistrictName::id).toList();
      assertEquals("bishan", districts.get(0), "starts in Bishan: " + districts);
      assertTrue(districts.size() >= 2, "crosses a border: " + districts);
    }
    // The street walks are real walks: never shorter than the straight line to the first stop.
    Itinerary best = r.itineraries().get(0);
    Leg walk = best.legs().get(0);
    assertTrue(walk.meters() + 1 >= bishan.distanceTo(new LatLon(walk.to().lat(), walk.to().lon())));
  }

  /**
   * After the last bus, a walk of over an hour beats waiting for the morning: EPTC's buses in this extract stop at
   * about 17:00, and these two points are 7.6 km apart, far from the metro.
   */
  @Test
  void noOvernightWaitThatAWalkWouldBeat() {
    TripPlanner planner = new TripPlanner(TestNetworkDirs.portoAlegre());
    LatLon from = new LatLon(-30.047588, -51.211943);
    LatLon to = new LatLon(-30.048614, -51.132505);
    for (TripRequest.Optimize o : TripRequest.Optimize.values()) {
      PlanResult r = planner.plan(TripRequest.departAt(from, to, POA_MONDAY.atTime(18, 30)).withOptimize(o)
          .withGeometry(false));
      assertTrue(r.ok(), o + ": " + r.message());
      Itinerary best = r.earliestArrival();
      assertTrue(best.walkOnly(), o + ": " + best);
      assertTrue(best.arrival().isBefore(POA_MONDAY.atTime(21, 0)), o + ": arrives " + best.arrival());
    }
  }

  /** The first itinerary is the best answer whatever the number asked for (it used to change with -n). */
  @Test
  void theFirstItineraryDoesNotDependOnHowManyAreAsked() {
    Network poa = TestNetworkDirs.portoAlegre();
    TransitLayer layer = poa.transitLayer(POA_MONDAY);
    TripPlanner planner = new TripPlanner(poa);
    List<Stop> stops = servedStopsOnStreets(poa, layer);
    Random rnd = new Random(5);
    int compared = 0;
    for (int q = 0; q < 12; q++) {
      LatLon a = near(stops.get(rnd.nextInt(stops.size())), rnd);
      LatLon b = near(stops.get(rnd.nextInt(stops.size())), rnd);
      TripRequest req = TripRequest.departAt(a, b, POA_MONDAY.atTime(11, 30).plusMinutes(rnd.nextInt(240)))
          .withGeometry(false);
      PlanResult five = planner.plan(req.withMaxItineraries(5));
      if (!five.ok()) {
        continue;
      }
      for (int n : new int[] {1, 2, 3}) {
        PlanResult fewer = planner.plan(req.withMaxItineraries(n));
        assertEquals(signature(five.itineraries().get(0)), signature(fewer.itineraries().get(0)), "n=" + n);
        assertTrue(fewer.itineraries().size() <= n);
      }
      compared++;
    }
    assertTrue(compared >= 8, "most random pairs are connected: " + compared);
  }

  private static String signature(Itinerary it) {
    StringBuilder sb = new StringBuilder(it.departure() + ">" + it.arrival());
    it.legs().forEach(l -> sb.append('|').append(l.mode()).append(l.tripId()).append(l.from().time()));
    return sb.toString();
  }

  @Test
  void failuresAreResultsWithReasons() {
    Network poa = TestNetworkDirs.portoAlegre();
    TripPlanner planner = new TripPlanner(poa);
    LatLon atSea = new LatLon(-30.30, -51.00);
    PlanResult a = planner.plan(TripRequest.departAt(atSea, FARRAPOS_STATION, POA_MONDAY.atTime(12, 0)));
    assertEquals(PlanStatus.ORIGIN_NOT_ON_STREET, a.status());
    assertTrue(a.message().startsWith("origin off the street network: "), a.message());
    PlanResult b = planner.plan(TripRequest.departAt(PUBLIC_MARKET, atSea, POA_MONDAY.atTime(12, 0)));
    assertEquals(PlanStatus.DESTINATION_NOT_ON_STREET, b.status());
    PlanResult c = planner.plan(TripRequest.departAt(PUBLIC_MARKET, FARRAPOS_STATION, LocalDateTime.of(2024, 1, 9, 8, 0)));
    assertEquals(PlanStatus.DATE_OUT_OF_SERVICE, c.status());
    assertTrue(c.message().contains("outside the feed's service period"), c.message());
    // No stop within a 10 s walk: a result, not an exception; with no ride possible, the walk is the answer.
    PlanResult d = planner.plan(TripRequest.departAt(PUBLIC_MARKET, FARRAPOS_STATION, POA_MONDAY.atTime(12, 0))
        .withMaxAccessWalk(java.time.Duration.ofSeconds(10)));
    assertEquals(PlanStatus.OK, d.status(), d.message());
    assertTrue(d.itineraries().stream().allMatch(Itinerary::walkOnly), d.itineraries().toString());
  }

  @Test
  void walkOnlyIsOfferedWhenWalkingIsCompetitive() {
    Network poa = TestNetworkDirs.portoAlegre();
    TripPlanner planner = new TripPlanner(poa);
    LatLon townhall = new LatLon(-30.028004, -51.22865);
    PlanResult r = planner.plan(TripRequest.departAt(PUBLIC_MARKET, townhall, POA_MONDAY.atTime(12, 0)));
    assertTrue(r.ok(), r.message());
    Itinerary walk = r.itineraries().stream().filter(Itinerary::walkOnly).findFirst().orElseThrow();
    WalkPath p = poa.streets().walkPath(PUBLIC_MARKET, townhall);
    assertEquals(p.meters(), walk.walkMeters(), 1e-6);
    assertTrue(walk.legs().get(0).geometry().size() >= 2);
    assertEquals(0, walk.transfers());
  }

  /**
   * Door to door, the planner's earliest arrival (walks on the streets + Raptor) must equal an independent
   * connection scan fed with the same walks to, from and between stops.
   */
  @Test
  void pointToPointEarliestArrivalMatchesTheReference() {
    Network poa = TestNetworkDirs.portoAlegre();
    TransitLayer layer = poa.transitLayer(POA_MONDAY);
    TripPlanner planner = new TripPlanner(poa);
    ReferenceRouter reference = reference(poa, layer);
    List<Stop> stops = servedStopsOnStreets(poa, layer);
    Random rnd = new Random(11);
    int compared = 0;
    int reachedByTransit = 0;
    List<String> mismatches = new ArrayList<>();
    while (compared < 60) {
      LatLon a = near(stops.get(rnd.nextInt(stops.size())), rnd);
      LatLon b = near(stops.get(rnd.nextInt(stops.size())), rnd);
      if (a.distanceTo(b) < 4_000) {
        continue;   // mostly transit trips
      }
      LocalDateTime t = POA_MONDAY.atTime(11, 0).plusMinutes(rnd.nextInt(300));
      TripRequest req = TripRequest.departAt(a, b, t).withMaxTransfers(10)
          .withOptimize(TripRequest.Optimize.EARLIEST_ARRIVAL).withGeometry(false);
      PlanResult r = planner.plan(req);
      int transit = referenceArrival(poa, layer, reference, req);
      int want = Math.min(transit, walkOnlyArrival(poa, req, transit));
      int got = r.ok() ? (int) java.time.Duration.between(POA_MONDAY.atStartOfDay(), r.earliestArrival().arrival())
          .toSeconds() : ReferenceRouter.INF;
      if (want != got) {
        mismatches.add(a + " -> " + b + " at " + t + ": reference " + want + ", planner " + got + " " + r.status());
      }
      reachedByTransit += transit != ReferenceRouter.INF ? 1 : 0;
      compared++;
    }
    assertEquals(List.of(), mismatches);
    assertTrue(reachedByTransit > 40, "most random pairs are connected: " + reachedByTransit);
  }

  static ReferenceRouter reference(Network net, TransitLayer layer) {
    Map<String, Map<String, Integer>> walks = new HashMap<>();
    for (int s = 0; s < layer.stopCount(); s++) {
      for (StopTransfer t : layer.transfersFrom(s)) {
        walks.computeIfAbsent(layer.stopId(s), k -> new HashMap<>()).put(layer.stopId(t.toStop()), t.seconds());
      }
    }
    return new ReferenceRouter(net.feed(), layer.serviceDate(), walks, TransitSlack.DEFAULTS.transferSeconds());
  }

  /**
   * The planner's walk-only rule (see {@link TripPlanner#walkOnlyLimit}): a street walk, when the straight line is
   * within the walk-only limit for this transit answer and the path within 1.5 times it.
   */
  static int walkOnlyArrival(Network net, TripRequest req, int transitArrival) {
    int departure = req.time().toLocalTime().toSecondOfDay();
    double limit = TripPlanner.walkOnlyLimit(req,
        transitArrival == ReferenceRouter.INF ? Integer.MAX_VALUE : transitArrival - departure);
    if (req.from().distanceTo(req.to()) > limit) {
      return ReferenceRouter.INF;
    }
    WalkPath p = net.streets().walkPath(req.from(), req.to());
    if (!p.ok() || p.meters() > limit * 1.5) {
      return ReferenceRouter.INF;
    }
    return departure + (int) Math.ceil(p.seconds() * net.streets().walkSpeedMps() / req.walkSpeedMps());
  }

  /** Earliest door-to-door arrival by transit per the reference, with the planner's own street walks. */
  static int referenceArrival(Network net, TransitLayer layer, ReferenceRouter ref, TripRequest req) {
    Map<String, Integer> access = new HashMap<>();
    for (var w : StopAccess.around(net, layer, req.from(), req.maxAccessWalk().toSeconds(), req.walkSpeedMps(), false)) {
      access.put(layer.stopId(w.stop()), w.seconds());
    }
    int dep = req.time().toLocalTime().toSecondOfDay();
    var arrivals = ref.scan(access, dep);
    int best = ReferenceRouter.INF;
    for (var w : StopAccess.around(net, layer, req.to(), req.maxAccessWalk().toSeconds(), req.walkSpeedMps(), true)) {
      Integer t = arrivals.byTransit().get(layer.stopId(w.stop()));
      if (t != null) {
        best = Math.min(best, t + w.seconds());
      }
    }
    return best;
  }

  static List<Stop> servedStopsOnStreets(Network net, TransitLayer layer) {
    List<Stop> out = new ArrayList<>();
    for (int s = 0; s < layer.stopCount(); s++) {
      var snap = net.stopSnap(layer.stopId(s));
      if (layer.patternsAt(s).length > 0 && snap != null && snap.ok()) {
        out.add(layer.stop(s));
      }
    }
    assertNotNull(out);
    return out;
  }

  static LatLon near(Stop s, Random rnd) {
    double r = rnd.nextDouble() * 120;
    double angle = rnd.nextDouble() * 2 * Math.PI;
    return new LatLon(s.lat() + r * Math.cos(angle) / 111_320.0,
        s.lon() + r * Math.sin(angle) / (111_320.0 * Math.cos(Math.toRadians(s.lat()))));
  }
}
