package dev.loopline.planner.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.osm.BusLeg;
import dev.loopline.osm.BusRoute;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.district.Districts;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.TestNetworkDirs;
import dev.loopline.planner.proposal.LineSimulator;
import dev.loopline.planner.proposal.Proposal;
import dev.loopline.planner.proposal.ProposalReader;
import dev.loopline.planner.proposal.ProposalResolver;
import dev.loopline.planner.proposal.RunningTimeModel;
import dev.loopline.planner.proposal.RunningTimes;
import dev.loopline.planner.proposal.SimulatedLine;
import dev.loopline.planner.proposal.SimulationSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RunningTimeCalibrationTest {

  /**
   * Thirty trips timed exactly by primary roads at 150 s/km (24 km/h), residential at 225 s/km (16 km/h) and 25 s
   * per intermediate stop; the ten leaving at 07:00 take 1.2 times as long (peak), the twenty at 10:00 the base.
   */
  static List<RunningTimeCalibration.Row> exactRows() {
    List<RunningTimeCalibration.Row> rows = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      double primary = 1 + (i % 5) * 0.5;
      double residential = 0.5 + (i % 3) * 0.7;
      int stops = 2 + i % 4;
      boolean peak = i >= 20;
      double seconds = (150 * primary + 225 * residential + 25 * stops) * (peak ? 1.2 : 1.0);
      rows.add(new RunningTimeCalibration.Row(i % 2 == 0 ? "r1" : "r2",
          Map.of("primary", primary, "residential", residential), stops, seconds, (peak ? 7 : 10) * 3600,
          primary + residential));
    }
    return rows;
  }

  @Test
  void exactTimetablesGiveBackTheirPacesStopTimeAndPeakFactor() {
    RunningTimeModel m = RunningTimeCalibration.fit(exactRows(), 5, 0);
    // The factors are scaled so that the trips' mean is 1: (20 x 1 + 10 x 1.2) / 30 = 16/15. So the base is 16/15
    // of the off-peak figures: 150 x 16/15 = 160 s/km, 225 x 16/15 = 240 s/km, 25 x 16/15 = 26.667 s; the factors
    // are 15/16 = 0.9375 at 10:00 and 1.2 x 15/16 = 1.125 at 07:00.
    assertEquals(160, m.secondsPerKm().get("primary"), 1e-6);
    assertEquals(240, m.secondsPerKm().get("residential"), 1e-6);
    assertEquals(80.0 / 3, m.stopSeconds(), 1e-6);
    assertEquals(0.9375, m.timeFactor(10 * 3600 + 59), 1e-9);
    assertEquals(1.125, m.timeFactor(7 * 3600), 1e-9);
    assertEquals(1.0, m.timeFactor(3 * 3600), "an hour without trips keeps the base");
    assertEquals(0, m.fit().meanAbsolutePercentError(), 1e-6);
    assertEquals(30, m.fit().trips());
    assertEquals(2, m.fit().routes());
    // A leg of 2 km primary and 1 km residential: 2 x 160 + 1 x 240 = 560 s at the base.
    assertEquals(560, m.legSeconds(new BusLeg(3000, 100, Map.of("primary", 2000.0, "residential", 1000.0))), 1e-6);
  }

  @Test
  void anImplausiblePaceIsPooled() {
    // Residential timed at 20 s/km (180 km/h): not a bus speed, so residential joins the pooled class.
    List<RunningTimeCalibration.Row> rows = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      double primary = 1 + (i % 5) * 0.5;
      double residential = 0.5 + (i % 3) * 0.7;
      int stops = 2 + i % 4;
      rows.add(new RunningTimeCalibration.Row("r", Map.of("primary", primary, "residential", residential), stops,
          150 * primary + 20 * residential + 25 * stops, 10 * 3600, primary + residential));
    }
    RunningTimeModel m = RunningTimeCalibration.fit(rows, 5, 0);
    assertTrue(!m.secondsPerKm().containsKey("residential"), m.secondsPerKm().toString());
    assertTrue(m.secondsPerKm().get(RunningTimeModel.OTHER) >= RunningTimeCalibration.FASTEST_SECONDS_PER_KM);
  }

  /**
   * The synthetic sample's timetables were generated at 24 km/h on primary roads, 22 on secondary, 20 on tertiary
   * (off-peak, 25 s per stop; 1.2 times as long at the peaks, 0.9 early and late): the calibration on GraphHopper's
   * routes of the same stop sequences must find those speeds again.
   */
  @Test
  void theSampleTimetablesGiveBackTheGeneratorsRoadSpeeds() {
    Network net = TestNetworkDirs.sample();
    LocalDate date = NetworkScoring.defaultDate(net);
    RunningTimeModel m = RunningTimeCalibration.fit(net.feed(), date, net.streets()::busRoute).orElseThrow();
    double offPeak = m.timeFactor(10 * 3600);
    assertEquals(24, 3600 / (m.secondsPerKm().get("primary") * offPeak), 24 * 0.03);
    assertEquals(22, 3600 / (m.secondsPerKm().get("secondary") * offPeak), 22 * 0.03);
    assertEquals(20, 3600 / (m.secondsPerKm().get("tertiary") * offPeak), 20 * 0.03);
    assertEquals(1.2, m.timeFactor(8 * 3600) / offPeak, 0.01);
    assertTrue(m.fit().meanAbsolutePercentError() < 3, m.fit().toString());
    assertEquals(0, m.fit().unroutable());
  }

  /**
   * Verification on the network itself: fitted without the cross-border routes, the model predicts their scheduled
   * trip times, and a proposal simulated with it runs at their speeds, not at twice them.
   */
  @Test
  void heldOutCrossBorderRoutesAreTimedLikeTheirTimetables() throws Exception {
    Network net = TestNetworkDirs.sample();
    LocalDate date = NetworkScoring.defaultDate(net);
    Districts districts = net.districts().orElseThrow();
    FeedIndex index = net.index();
    Set<String> crossBorder = crossBorderRoutes(net.feed(), index, districts);
    assertTrue(crossBorder.size() >= 5, crossBorder.toString());
    RunningTimeModel m = RunningTimeCalibration.fit(net.feed(), date, net.streets()::busRoute,
        id -> !crossBorder.contains(id)).orElseThrow();
    // Predict every held-out trip on the service date.
    StopTimes st = net.feed().stopTimes();
    var days = dev.loopline.planner.transit.ServiceDays.of(net.feed());
    double error = 0;
    double scheduledHours = 0;
    double predictedHours = 0;
    double km = 0;
    int n = 0;
    for (int t = 0; t < st.tripIds().size(); t++) {
      Trip trip = index.trip(st.tripIds().get(t));
      if (!crossBorder.contains(trip.routeId()) || !days.runs(trip.serviceId(), date)) {
        continue;
      }
      int first = st.firstRowOfTrip(t);
      int last = first + st.rowCountOfTrip(t) - 1;
      List<LatLon> points = new ArrayList<>();
      for (int r = first; r <= last; r++) {
        Stop s = index.stop(st.stopId(r));
        points.add(new LatLon(s.lat(), s.lon()));
      }
      BusRoute route = net.streets().busRoute(points);
      double predicted = m.stopSeconds() * (points.size() - 2);
      for (BusLeg leg : route.legs()) {
        predicted += m.legSeconds(leg);
      }
      predicted *= m.timeFactor(st.departure(first));
      double scheduled = st.arrival(last) - st.departure(first);
      error += Math.abs(predicted - scheduled) / scheduled;
      scheduledHours += scheduled / 3600;
      predictedHours += predicted / 3600;
      km += route.meters() / 1000;
      n++;
    }
    assertTrue(n > 100, n + " trips");
    // The sample generator drew its lines on its own road graph; GraphHopper routes the same stops slightly
    // differently, so single trips differ by a few per cent (5.6 % on average when this test was written).
    assertTrue(error / n < 0.08, "mean error " + 100 * error / n + " %");
    // Their scheduled speed (18.0 km/h over all their trips when written) is predicted within 5 % (17.4 km/h).
    double scheduledKmh = km / scheduledHours;
    assertEquals(scheduledKmh, km / predictedHours, scheduledKmh * 0.05);
    assertTrue(scheduledKmh > 15 && scheduledKmh < 22, scheduledKmh + " km/h");
    // SC-L1 without its round_trip_minutes: the sample's planner wrote 173 minutes (a flat 18 km/h plus 25 s a
    // stop over its drawn path); the old uncalibrated simulation gave 82 (37 km/h). Calibrated, it runs at the
    // network's own speeds.
    Proposal file = ProposalReader.read(TestNetworkDirs.root().resolve("sample/proposals/SC-L1.yaml"));
    assertEquals(173, file.roundTripMinutes().getAsDouble());
    Proposal p = new Proposal(file.id(), file.name(), file.nameEn(), file.operator(), file.circular(), file.stops(),
        file.service(), file.vehicle(), file.fare(), OptionalDouble.empty(), file.layover(), file.source());
    RunningTimeModel all = RunningTimeCalibration.fit(net.feed(), date, net.streets()::busRoute).orElseThrow();
    SimulatedLine line = LineSimulator.simulate(ProposalResolver.resolve(p, index, net.streets()),
        net.streets()::busRoute, SimulationSettings.DEFAULTS, all);
    assertEquals(RunningTimes.CALIBRATED, line.runningTimes());
    double minutes = line.schedule().runningMinutes();
    assertTrue(minutes > 173 * 0.8 && minutes < 173 * 1.1, minutes + " min");
    assertTrue(line.scheduledKmh() > 15 && line.scheduledKmh() < 22, line.scheduledKmh() + " km/h");
  }

  /** Bus routes with stops in two or more districts. */
  static Set<String> crossBorderRoutes(Feed feed, FeedIndex index, Districts districts) {
    java.util.Map<String, Set<String>> byRoute = new java.util.TreeMap<>();
    StopTimes st = feed.stopTimes();
    for (int t = 0; t < st.tripIds().size(); t++) {
      Trip trip = index.trip(st.tripIds().get(t));
      Route route = index.route(trip.routeId());
      if (route.isRail()) {
        continue;
      }
      Set<String> ds = byRoute.computeIfAbsent(route.id(), k -> new HashSet<>());
      int first = st.firstRowOfTrip(t);
      for (int r = first; r < first + st.rowCountOfTrip(t); r++) {
        Stop s = index.stop(st.stopId(r));
        districts.locate(s.lat(), s.lon()).ifPresent(d -> ds.add(d.id()));
      }
    }
    Set<String> out = new java.util.TreeSet<>();
    byRoute.forEach((r, ds) -> {
      if (ds.size() >= 2) {
        out.add(r);
      }
    });
    return out;
  }
}
