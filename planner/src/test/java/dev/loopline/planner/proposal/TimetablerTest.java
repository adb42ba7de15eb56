package dev.loopline.planner.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimetablerTest {
  /** 65 minutes round trip, 32.5 each way; 10 % layover (6.5 min, 3.25 at each terminal). */
  static final double[] RUNNING = {32.5 * 60, 32.5 * 60};

  static LineSchedule build(List<ServicePeriod> periods, Timetabler.Returns returns) {
    return Timetabler.build(RUNNING, new Layover(0.10, 3), periods, t -> 1.0, returns);
  }

  @Test
  void sixtyFiveMinuteRoundTripAtFifteenMinutesNeedsFiveBusesOnlyWithAnOffsetReturn() {
    List<ServicePeriod> day = List.of(new ServicePeriod(6 * 3600, 22 * 3600, 900));
    // Cycle 65 + 6.5 = 71.5 min: the lower bound is ceil(71.5 / 15) = 5 buses.
    LineSchedule offset = build(day, Timetabler.Returns.OFFSET);
    assertEquals(71.5, offset.cycleMinutes(), 1e-9);
    assertEquals(5, LineSchedule.lowerBound(offset.cycleMinutes(), 15));
    assertEquals(5, offset.peakVehicles());
    // The return leaves (32.5 + 3.25) mod 15 = 5.75 min after each outbound slot, rounded up to 6 minutes.
    assertEquals(6 * 3600 + 360, offset.trips(1).get(0).departureSeconds());
    // Same times from both terminals: a bus reaches the far end at :32:30, is ready at :35:45 and waits for the
    // :45 slot, so a round takes 90 minutes: 6 buses.
    LineSchedule same = build(day, Timetabler.Returns.SAME_TIMES);
    assertEquals(6, same.peakVehicles());
    assertEquals(offset.trips().size(), same.trips().size());
    assertBlocksAreFeasible(offset, 3.25 * 60);
    assertBlocksAreFeasible(same, 3.25 * 60);
  }

  @Test
  void platformHoursCoverTheLastTripsAfterThePeriodEnds() {
    // One hour at 15 minutes: out 06:00, 06:15, 06:30, 06:45 and back 06:06, 06:21, 06:36, 06:51 (8 trips).
    LineSchedule s = build(List.of(new ServicePeriod(6 * 3600, 7 * 3600, 900)), Timetabler.Returns.OFFSET);
    assertEquals(8, s.trips().size());
    // Blocks by hand (ready = arrival + 3 min 15 s):
    //   bus 1: out 06:00-06:32:30, back 06:36-07:08:30          68.5 min
    //   bus 2: back 06:06-06:38:30, out 06:45-07:17:30          71.5 min
    //   bus 3: out 06:15-06:47:30, back 06:51-07:23:30          68.5 min
    //   bus 4: back 06:21-06:53:30                              32.5 min
    //   bus 5: out 06:30-07:02:30                               32.5 min
    // 273.5 minutes in all, running until 07:23:30, past the period's end.
    assertEquals(5, s.peakVehicles());
    assertEquals(273.5 * 60, s.platformSeconds(), 1e-9);
    assertEquals(5, s.periods().get(0).vehicles());
    int lastArrival = s.trips().stream().mapToInt(LineTrip::arrivalSeconds).max().orElseThrow();
    assertEquals(7 * 3600 + 23 * 60 + 30, lastArrival);
  }

  @Test
  void peakOnlyBusesAreLaidUpBetweenThePeaks() {
    // 20 min running each way (40 round, 4 min layover: 44-minute cycle): every 8 minutes 07:00-09:00 needs
    // ceil(44/8) = 6 buses, every 30 minutes 09:00-17:00 needs ceil(44/30) = 2, and 6 again from 17:00 to 19:00.
    double[] running = {1200, 1200};
    LineSchedule s = Timetabler.build(running, new Layover(0.10, 3), List.of(
        new ServicePeriod(7 * 3600, 9 * 3600, 480), new ServicePeriod(9 * 3600, 17 * 3600, 1800),
        new ServicePeriod(17 * 3600, 19 * 3600, 480)), t -> 1.0, Timetabler.Returns.OFFSET);
    assertEquals(6, s.peakVehicles());
    assertEquals(List.of(6, 2, 6), s.periods().stream().map(LineSchedule.PeriodFleet::vehicles).toList());
    // The 4 peak-only buses stand idle for hours between the peaks: laid up, not platform time. Platform time is
    // therefore well under 6 buses x 12 h.
    assertTrue(s.platformSeconds() < 6 * 12 * 3600 * 0.75, s.platformSeconds() / 3600 + " h");
    assertTrue(s.platformSeconds() >= s.trips().stream().mapToInt(LineTrip::runningSeconds).sum());
    assertBlocksAreFeasible(s, 120);
  }

  @Test
  void aDayOfChangingHeadwaysNeedsOnlyTheBusiestPeriodsLowerBound() {
    // The sample proposals' day: every 8 min 06:30-09:00, 15 to 17:00, 8 to 19:30, 20 to 22:00. The 8-minute
    // periods bind: ceil(cycle / 8) with cycle = 1.1 x round trip. 65 min: 71.5 / 8 = 8.94 -> 9; 100 min:
    // 110 / 8 = 13.75 -> 14; 150 min: 165 / 8 = 20.63 -> 21; 173 min: 190.3 / 8 = 23.79 -> 24.
    List<ServicePeriod> day = List.of(new ServicePeriod(6 * 3600 + 1800, 9 * 3600, 480),
        new ServicePeriod(9 * 3600, 17 * 3600, 900), new ServicePeriod(17 * 3600, 19 * 3600 + 1800, 480),
        new ServicePeriod(19 * 3600 + 1800, 22 * 3600, 1200));
    double[][] cases = {{65, 9}, {100, 14}, {150, 21}, {173, 24}};
    for (double[] c : cases) {
      double half = c[0] * 60 / 2;
      LineSchedule s = Timetabler.build(new double[] {half, half}, new Layover(0.10, 3), day, t -> 1.0,
          Timetabler.Returns.OFFSET);
      assertEquals((int) c[1], s.peakVehicles(), c[0] + "-minute round trip");
      assertEquals((int) c[1], LineSchedule.lowerBound(s.cycleMinutes(), 8));
      assertBlocksAreFeasible(s, s.layoverMinutes() * 60 / 2);
    }
  }

  @Test
  void aCircularLineTakesItsWholeLayoverAtItsOneTerminal() {
    // 40 min around, 4 min layover: at 10 minutes ceil(44/10) = 5 buses.
    LineSchedule s = Timetabler.build(new double[] {2400}, new Layover(0.10, 3),
        List.of(new ServicePeriod(7 * 3600, 10 * 3600, 600)), t -> 1.0, Timetabler.Returns.OFFSET);
    assertEquals(5, s.peakVehicles());
    assertEquals(18, s.trips().size());
    assertBlocksAreFeasible(s, 240);
  }

  @Test
  void slowerTripsAtSomeHoursLengthenTheirRunningTime() {
    // Trips leaving 07:00-09:00 run 25 % slower.
    LineSchedule s = Timetabler.build(RUNNING, new Layover(0.10, 3),
        List.of(new ServicePeriod(6 * 3600, 10 * 3600, 900)),
        t -> t >= 7 * 3600 && t < 9 * 3600 ? 1.25 : 1.0, Timetabler.Returns.OFFSET);
    LineTrip peak = s.trips(0).stream().filter(t -> t.departureSeconds() == 7 * 3600).findFirst().orElseThrow();
    assertEquals(1.25 * 1950, peak.runningSeconds(), 0.5);
    assertEquals(1950, s.trips(0).get(0).runningSeconds());
    assertBlocksAreFeasible(s, 3.25 * 60);
  }

  /**
   * Every block's trips leave only after the previous trip's arrival plus layover, and alternate terminals unless
   * the bus was laid up in between (then it may pull out at either end).
   */
  static void assertBlocksAreFeasible(LineSchedule s, double layover) {
    List<LineTrip> trips = new ArrayList<>(s.trips());
    trips.sort(Comparator.comparingInt(LineTrip::block).thenComparingInt(LineTrip::departureSeconds));
    for (int i = 1; i < trips.size(); i++) {
      LineTrip a = trips.get(i - 1);
      LineTrip b = trips.get(i);
      if (a.block() == b.block()) {
        assertTrue(b.departureSeconds() >= a.arrivalSeconds() + layover - 1e-9, a + " then " + b);
        boolean laidUp = b.departureSeconds() - a.arrivalSeconds() > Timetabler.LAY_UP_SECONDS;
        if (s.trips(1).size() > 0 && !laidUp) {
          assertTrue(a.directionId() != b.directionId(), "a bus turns round: " + a + " then " + b);
        }
      }
    }
  }
}
