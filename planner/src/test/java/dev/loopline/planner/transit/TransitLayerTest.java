package dev.loopline.planner.transit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.model.CalendarDate;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.GtfsTime;
import dev.loopline.gtfs.model.Route;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentripplanner.raptor.api.path.RaptorPath;

/** The transit layer's rules on small hand-made feeds whose answers are known. */
class TransitLayerTest {
  private static final LocalDate TUESDAY = LocalDate.of(2026, 12, 1);

  /** Three stops on a meridian, 1 km and 2 km apart (A - B - C). */
  private static TestGtfs.Mini line() {
    return TestGtfs.mini()
        .stop("A", 29.0, 106.0).stop("B", 29.009, 106.0).stop("C", 29.027, 106.0)
        .route("R", Route.BUS);
  }

  private static TransitLayer layer(Feed feed, LocalDate date) {
    return TransitLayer.build(feed, date, StopTransfers.builder(List.of(), 0).build());
  }

  private static int arrive(TransitLayer layer, String from, String to, String at) {
    return TransitRouter.stopToStop(layer, TransitSearchSettings.DEFAULTS, layer.stopIndex(from),
        layer.stopIndex(to), GtfsTime.parse(at), 5).map(RaptorPath::endTime).orElse(-1);
  }

  @Test
  void missingTimesAreInterpolatedByDistance() {
    Feed feed = line().trip("T", "R", "WD")
        .at("T", 1, "A", "08:00:00", "08:00:00").at("T", 2, "B", "", "").at("T", 3, "C", "08:30:00", "08:30:00")
        .build();
    TransitLayer layer = layer(feed, TUESDAY);
    ScheduledTrip run = layer.trips().get(0);
    assertEquals(GtfsTime.parse("08:10:00"), run.arrivals()[1], "B is a third of the way");
    assertTrue(run.estimated()[1]);
    assertFalse(run.estimated()[0]);
    assertEquals(GtfsTime.parse("08:10:00"), arrive(layer, "A", "B", "07:55:00"));
    assertEquals(1, layer.summary().interpolatedTimes());
  }

  @Test
  void overtakingTripsGetTheirOwnPatternSoTimetablesStaySorted() {
    Feed feed = line().trip("SLOW", "R", "WD").trip("FAST", "R", "WD")
        .at("SLOW", 1, "A", "08:00:00", "08:00:00").at("SLOW", 2, "B", "08:20:00", "08:20:00")
        .at("SLOW", 3, "C", "08:40:00", "08:40:00")
        .at("FAST", 1, "A", "08:05:00", "08:05:00").at("FAST", 2, "B", "08:15:00", "08:15:00")
        .at("FAST", 3, "C", "08:25:00", "08:25:00")
        .build();
    TransitLayer layer = layer(feed, TUESDAY);
    assertEquals(2, layer.patternCount());
    assertEquals(1, layer.summary().overtakingSplits());
    for (TripPattern p : layer.patterns()) {
      PatternTimetable tt = p.timetable();
      for (int pos = 0; pos < p.numberOfStopsInPattern(); pos++) {
        for (int t = 1; t < tt.numberOfTripSchedules(); t++) {
          assertTrue(tt.departure(t, pos) >= tt.departure(t - 1, pos));
          assertTrue(tt.arrival(t, pos) >= tt.arrival(t - 1, pos));
        }
      }
    }
    assertEquals(GtfsTime.parse("08:25:00"), arrive(layer, "A", "C", "08:00:00"), "the express wins");
    assertEquals(GtfsTime.parse("08:25:00"), arrive(layer, "B", "C", "08:10:00"));
  }

  @Test
  void tripsPastMidnightBelongToThePreviousServiceDay() {
    Feed feed = line().trip("NIGHT", "R", "WD")
        .at("NIGHT", 1, "A", "23:50:00", "23:50:00").at("NIGHT", 2, "B", "24:20:00", "24:20:00")
        .at("NIGHT", 3, "C", "25:10:00", "25:10:00")
        .build();
    // Tuesday 00:05: Monday's night run is still on its way (shifted by -24 h).
    TransitLayer tuesday = layer(feed, TUESDAY);
    assertEquals(GtfsTime.parse("01:10:00"), arrive(tuesday, "B", "C", "00:05:00"));
    assertEquals(GtfsTime.parse("25:10:00"), arrive(tuesday, "A", "C", "23:00:00"), "Tuesday's own run");
    // Saturday 00:05: Friday's run. Sunday 00:05: Saturday has no weekday service, nothing runs.
    assertEquals(GtfsTime.parse("01:10:00"), arrive(layer(feed, TUESDAY.plusDays(4)), "B", "C", "00:05:00"));
    TransitLayer sunday = layer(feed, TUESDAY.plusDays(5));
    assertEquals(-1, arrive(sunday, "B", "C", "00:05:00"));
    assertFalse(sunday.hasService());
  }

  @Test
  void earlyTripsOfTheNextDayContinueALateSearch() {
    Feed feed = line().trip("EARLY", "R", "WD")
        .at("EARLY", 1, "A", "05:30:00", "05:30:00").at("EARLY", 2, "C", "05:50:00", "05:50:00")
        .build();
    assertEquals(GtfsTime.parse("29:50:00"), arrive(layer(feed, TUESDAY), "A", "C", "23:00:00"));
  }

  @Test
  void frequenciesBecomeRunsEveryHeadwayEndExclusive() {
    Feed feed = line().trip("F", "R", "WD")
        .at("F", 1, "A", "00:00:00", "00:00:00").at("F", 2, "B", "00:10:00", "00:10:00")
        .frequency("F", "06:00:00", "07:00:00", 1200)
        .build();
    TransitLayer layer = layer(feed, TUESDAY);
    assertEquals(List.of(GtfsTime.parse("06:00:00"), GtfsTime.parse("06:20:00"), GtfsTime.parse("06:40:00")),
        layer.trips().stream().map(ScheduledTrip::firstDeparture).sorted().toList());
    assertEquals(GtfsTime.parse("06:30:00"), arrive(layer, "A", "B", "06:01:00"));
    assertEquals(-1, arrive(layer, "A", "B", "06:41:00"), "no run at 07:00");
  }

  @Test
  void calendarDatesAddAndRemoveService() {
    Feed feed = line().trip("T", "R", "WD")
        .at("T", 1, "A", "08:00:00", "08:00:00").at("T", 2, "B", "08:10:00", "08:10:00")
        .calendarDate("WD", TUESDAY, CalendarDate.REMOVED)
        .calendarDate("WD", TUESDAY.plusDays(5), CalendarDate.ADDED)
        .build();
    assertFalse(layer(feed, TUESDAY).hasService());
    assertTrue(layer(feed, TUESDAY.plusDays(1)).hasService());
    assertTrue(layer(feed, TUESDAY.plusDays(5)).hasService(), "added on a Sunday");
    assertFalse(layer(feed, TUESDAY.plusDays(4)).hasService(), "Saturday");
    assertFalse(layer(feed, LocalDate.of(2027, 3, 2)).hasService(), "after the calendar ends");
  }

  @Test
  void noPickupMeansNoBoarding() {
    Feed feed = line().trip("T", "R", "WD")
        .at("T", 1, "A", "08:00:00", "08:00:00").at("T", 2, "B", "08:10:00", "08:10:00", 1, 0)
        .at("T", 3, "C", "08:20:00", "08:20:00")
        .build();
    TransitLayer layer = layer(feed, TUESDAY);
    assertEquals(-1, arrive(layer, "B", "C", "08:00:00"), "pickup_type 1 at B");
    assertEquals(GtfsTime.parse("08:10:00"), arrive(layer, "A", "B", "08:00:00"), "drop-off still allowed");
  }

  @Test
  void transferRulesRemoveOrLengthenWalks() {
    Feed feed = TestGtfs.mini()
        .stop("A", 29.0, 106.0).stop("B", 29.001, 106.0).stop("C", 29.002, 106.0)
        .transfer("A", "B", 3, null).transfer("A", "C", 2, 600)
        .build();
    TransitLayer layer = TransitLayer.build(feed, TUESDAY, StopTransfers.straightLine(feed, 500, 1.3, 1.0));
    List<String> fromA = layer.transfersFrom(layer.stopIndex("A")).stream()
        .map(t -> layer.stopId(t.toStop()) + ":" + t.seconds()).toList();
    assertEquals(List.of("C:600"), fromA, "A-B forbidden; A-C takes at least 10 min");
    assertEquals(1, layer.transfersTo(layer.stopIndex("B")).stream()
        .filter(t -> layer.stopId(t.toStop()).equals("C")).count(), "C-B untouched");
  }

  @Test
  void walksBetweenRidesAreUsedWithTransferSlack() {
    // R1: A -> B; R2 leaves from D (300 m from B). 300 m at 1.3 m/s = 231 s, plus 60 s slack.
    Feed feed = TestGtfs.mini()
        .stop("A", 29.0, 106.0).stop("B", 29.01, 106.0).stop("D", 29.0127, 106.0).stop("E", 29.03, 106.0)
        .route("R1", Route.BUS).route("R2", Route.BUS)
        .trip("T1", "R1", "WD").trip("T2", "R2", "WD").trip("T3", "R2", "WD")
        .at("T1", 1, "A", "08:00:00", "08:00:00").at("T1", 2, "B", "08:10:00", "08:10:00")
        .at("T2", 1, "D", "08:14:00", "08:14:00").at("T2", 2, "E", "08:30:00", "08:30:00")
        .at("T3", 1, "D", "08:15:00", "08:15:00").at("T3", 2, "E", "08:32:00", "08:32:00")
        .build();
    TransitLayer layer = TransitLayer.build(feed, TUESDAY, StopTransfers.straightLine(feed, 500, 1.3, 1.0));
    int walk = layer.transfersFrom(layer.stopIndex("B")).get(0).seconds();
    assertEquals(231, walk, 2);
    // 08:10 + 231 s + 60 s = 08:14:51: the 08:14 departure is missed, the 08:15 caught.
    assertEquals(GtfsTime.parse("08:32:00"), arrive(layer, "A", "E", "07:59:00"));
  }
}
