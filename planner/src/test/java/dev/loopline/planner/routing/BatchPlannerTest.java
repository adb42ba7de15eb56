package dev.loopline.planner.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.model.Stop;
import dev.loopline.osm.LatLon;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.TestNetworkDirs;
import dev.loopline.planner.transit.ReferenceRouter;
import dev.loopline.planner.transit.TransitLayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchPlannerTest {
  private static final LocalDate MONDAY = LocalDate.of(2019, 5, 6);

  @TempDir
  Path tmp;

  /**
   * A thousand random door-to-door queries in Porto Alegre on both cores: every answer, in input order, equals the
   * earliest arrival of an independent connection scan over the same walks (or the walk alone, when shorter).
   */
  @Test
  void aThousandQueriesOnARealFeedAreAnsweredCorrectly() throws IOException {
    Network poa = TestNetworkDirs.portoAlegre();
    TransitLayer layer = poa.transitLayer(MONDAY);
    List<Stop> stops = TripPlannerTest.servedStopsOnStreets(poa, layer);
    Random rnd = new Random(5);
    StringBuilder csv = new StringBuilder("id,from_lat,from_lon,to_lat,to_lon,departure\n");
    for (int i = 0; i < 1000; i++) {
      LatLon a = TripPlannerTest.near(stops.get(rnd.nextInt(stops.size())), rnd);
      LatLon b = TripPlannerTest.near(stops.get(rnd.nextInt(stops.size())), rnd);
      LocalDateTime t = MONDAY.atTime(10, 30).plusMinutes(rnd.nextInt(360));
      csv.append(String.format(Locale.ROOT, "q%04d,%.6f,%.6f,%.6f,%.6f,%s%n", i, a.lat(), a.lon(), b.lat(), b.lon(), t));
    }
    csv.append("sea,-30.3,-51.0,-30.03,-51.22,2019-05-06T12:00\n");
    csv.append("past,-30.027565,-51.227811,-29.997721,-51.197618,2010-01-05T12:00\n");
    Path in = Files.writeString(tmp.resolve("queries.csv"), csv);
    Path out = tmp.resolve("results.csv");

    TripRequest template = TripRequest.departAt(new LatLon(0, 0), new LatLon(0, 0), LocalDateTime.now())
        .withMaxTransfers(10);
    List<BatchPlanner.Query> queries = BatchPlanner.read(in);
    TripPlanner planner = new TripPlanner(poa);
    List<BatchPlanner.Answer> answers = BatchPlanner.run(planner, queries, template, 2, n -> { });
    BatchPlanner.write(answers, out);

    List<String> lines = Files.readAllLines(out);
    assertEquals(BatchPlanner.OUTPUT_HEADER, lines.get(0));
    assertEquals(1003, lines.size());
    assertTrue(lines.get(1001).startsWith("sea,2019-05-06T12:00:00,,,,,ORIGIN_NOT_ON_STREET"), lines.get(1001));
    assertTrue(lines.get(1002).endsWith(",DATE_OUT_OF_SERVICE"), lines.get(1002));

    ReferenceRouter reference = TripPlannerTest.reference(poa, layer);
    List<String> mismatches = new ArrayList<>();
    int ok = 0;
    for (int i = 0; i < 1000; i++) {
      BatchPlanner.Answer a = answers.get(i);
      assertEquals(String.format(Locale.ROOT, "q%04d", i), a.query().id(), "input order");
      assertTrue(lines.get(i + 1).startsWith(a.query().id() + ","));
      TripRequest req = template.withOptimize(TripRequest.Optimize.EARLIEST_ARRIVAL).withGeometry(false);
      req = new TripRequest(a.query().from(), a.query().to(), a.query().departure(), false, req.window(),
          req.maxWalkMeters(), req.maxAccessWalk(), req.walkSpeedMps(), req.maxTransfers(), 1, req.optimize(), false,
          req.cost());
      int transit = TripPlannerTest.referenceArrival(poa, layer, reference, req);
      int want = Math.min(transit, TripPlannerTest.walkOnlyArrival(poa, req, transit));
      int got = a.itinerary() == null ? ReferenceRouter.INF
          : (int) Duration.between(MONDAY.atStartOfDay(), a.itinerary().arrival()).toSeconds();
      if (want != got) {
        mismatches.add(a.query().id() + ": reference " + want + ", batch " + got + " " + a.status());
      }
      ok += a.status() == PlanStatus.OK ? 1 : 0;
    }
    assertEquals(List.of(), mismatches);
    assertTrue(ok > 900, "nearly all random pairs are connected: " + ok);
  }

  @Test
  void badRowsNameTheLineAndField() throws IOException {
    assertBad("id,from_lat,from_lon,to_lat,to_lon,departure\nA,abc,-51,-30,-51,2019-05-06T12:00\n",
        ":2: field 'from_lat': not a number: 'abc'");
    assertBad("id,from_lat,from_lon,to_lat,to_lon,departure\nA,-30,-51,-30,-51,2019-05-06T12:00\n"
        + "B,-30,-51,-30,-51,tomorrow\n", ":3: field 'departure': not an ISO local date-time: 'tomorrow'");
    assertBad("id,from_lat,from_lon,to_lat,to_lon\n", ":1: missing column 'departure'");
    assertBad("id,from_lat,from_lon,to_lat,to_lon,departure\nA,-30,-51,-30,-181,2019-05-06T12:00\n",
        ":2: field 'to_lon': longitude out of range: -181.0");
    assertBad("id,from_lat,from_lon,to_lat,to_lon,departure\nA,-30,-51,-30,-51,2019-05-06T12:00\n"
        + "A,-30,-51,-30,-51,2019-05-06T12:00\n", ":3: field 'id': duplicate id 'A'");
    assertBad("id,from_lat,from_lon,to_lat,to_lon,departure\nA,-30,-51\n", ":2: field 'to_lat': missing");
  }

  private void assertBad(String content, String expected) throws IOException {
    Path f = Files.writeString(tmp.resolve("bad.csv"), content);
    var e = assertThrows(BatchPlanner.BatchInputException.class, () -> BatchPlanner.read(f));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().startsWith(f.toString()), e.getMessage());
  }
}
