package dev.loopline.planner.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.io.CsvFile;
import dev.loopline.gtfs.testing.Fixtures;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import dev.loopline.osm.StreetMode;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.TestNetworkDirs;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Trip answers against OpenTripPlanner 2.9's on 200 midday Porto Alegre trips (its stored answers, same GTFS and
 * OSM, OTP's defaults: walk 1.33 m/s, 45-minute access and egress walks). The bar: at least 97 % of OTP's
 * answers arrive no later than OTP + 1 minute, and no trip OTP plans fails for a point off the streets.
 *
 * <p>OTP differs from Loopline on two documented counts (docs/methods.md, "Comparing with OpenTripPlanner"): it fills
 * EPTC's empty stop times evenly per stop, and it does not count the walk between a point and its nearest street.
 * The bar is therefore checked like for like: on a network built with OTP's per-stop interpolation, with each
 * answer's two off-street legs (which OTP walks for free) credited. With Loopline's own defaults the share is lower,
 * for those reasons; a floor guards it against regressions.
 */
class OtpReferenceTest {
  private static final Path DIR = Fixtures.path("porto-alegre/otp-2.9-answers");
  /** OTP's default walking speed. */
  private static final double OTP_WALK_SPEED = 1.33;
  private static final int TOLERANCE_SECONDS = 60;

  /** One of OTP's answers: the arrival, or null when OTP found none. */
  private record Reference(String id, LocalDateTime arrival) {}

  @Test
  void likeForLikeAtLeast97PercentArriveNoLaterThanOtpPlusOneMinute() throws IOException {
    Network net = TestNetworkDirs.portoAlegreOtpInterpolation();
    Result r = compare(net, true);
    assertTrue(r.answered >= 195, "OTP answered 198 of 200: " + r.answered);
    assertEquals(List.of(), r.notOnStreet, "every trip OTP plans has its points on (or linked to) the streets");
    assertTrue(r.share() >= 0.97, String.format(Locale.ROOT,
        "%d of %d (%.1f %%) arrive no later than OTP + 1 min; later: %s", r.onTime, r.answered, 100 * r.share(),
        r.late));
  }

  @Test
  void withLooplinesOwnInterpolationNoTripIsLostAndTheShareHoldsItsFloor() throws IOException {
    Network net = TestNetworkDirs.portoAlegre();
    Result r = compare(net, false);
    assertEquals(List.of(), r.notOnStreet, "every trip OTP plans has its points on (or linked to) the streets");
    assertEquals(List.of(), r.noRoute, "every trip OTP plans has an itinerary");
    // Measured 2026-12-03: 132 of 198 (67 %); the rest ride EPTC's long stretches at speeds OTP's per-stop
    // interpolation makes up. A floor, not a goal: it fails when routing gets worse.
    assertTrue(r.share() >= 0.62, String.format(Locale.ROOT, "%d of %d (%.1f %%) arrive no later than OTP + 1 min",
        r.onTime, r.answered, 100 * r.share()));
  }

  private static final class Result {
    int answered;
    int onTime;
    final List<String> late = new ArrayList<>();
    final List<String> notOnStreet = new ArrayList<>();
    final List<String> noRoute = new ArrayList<>();

    double share() {
      return answered == 0 ? 0 : (double) onTime / answered;
    }
  }

  /**
   * Plans every query OTP answered (earliest arrival, as {@code plan --batch}) and counts the answers no later than
   * OTP's + 1 minute; with {@code creditOffStreet}, the walks between each end point and its street are taken off
   * Loopline's arrival, as OTP does not count them.
   */
  private static Result compare(Network net, boolean creditOffStreet) throws IOException {
    Map<String, Reference> refs = references();
    List<BatchPlanner.Query> queries = BatchPlanner.read(DIR.resolve("queries-midday.csv"));
    TripRequest template = TripRequest.departAt(new LatLon(0, 0), new LatLon(0, 0), LocalDateTime.now())
        .withWalkSpeed(OTP_WALK_SPEED);
    List<BatchPlanner.Answer> answers = BatchPlanner.run(new TripPlanner(net), queries, template, 2, n -> { });
    Result r = new Result();
    for (BatchPlanner.Answer a : answers) {
      Reference ref = refs.get(a.query().id());
      if (ref == null || ref.arrival() == null) {
        continue;
      }
      r.answered++;
      String id = a.query().id();
      if (a.status() == PlanStatus.ORIGIN_NOT_ON_STREET || a.status() == PlanStatus.DESTINATION_NOT_ON_STREET) {
        r.notOnStreet.add(id + " " + a.status());
        continue;
      }
      if (a.itinerary() == null) {
        r.noRoute.add(id + " " + a.status());
        continue;
      }
      double late = Duration.between(ref.arrival(), a.itinerary().arrival()).toSeconds();
      if (creditOffStreet) {
        late -= (offStreetMeters(net, a.query().from()) + offStreetMeters(net, a.query().to())) / OTP_WALK_SPEED;
      }
      if (late <= TOLERANCE_SECONDS) {
        r.onTime++;
      } else {
        r.late.add(id + " +" + Math.round(late) + " s");
      }
    }
    return r;
  }

  private static double offStreetMeters(Network net, LatLon p) {
    Snap s = net.streets().snap(p, StreetMode.WALK);
    return s.ok() ? s.offRoadMeters() : 0;
  }

  private static Map<String, Reference> references() throws IOException {
    CsvFile t = CsvFile.read(DIR.resolve("answers-midday.csv"));
    Map<String, Reference> out = new HashMap<>();
    for (CsvFile.Row row : t.rows()) {
      List<String> f = row.values();
      String id = f.get(t.column("id"));
      boolean ok = "OK".equals(f.get(t.column("status")));
      out.put(id, new Reference(id, ok ? LocalDateTime.parse(f.get(t.column("arrival"))) : null));
    }
    assertEquals(200, out.size(), "the reference holds 200 answers");
    return out;
  }
}
