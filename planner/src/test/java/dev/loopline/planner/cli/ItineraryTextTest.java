package dev.loopline.planner.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.osm.LatLon;
import dev.loopline.planner.routing.Itinerary;
import dev.loopline.planner.routing.Leg;
import dev.loopline.planner.routing.LegMode;
import dev.loopline.planner.routing.PlanResult;
import dev.loopline.planner.routing.PlanStatus;
import dev.loopline.planner.routing.Place;
import dev.loopline.planner.routing.TripRequest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a rider reads: durations that agree with the clock times beside them, and the waits between legs. */
class ItineraryTextTest {
  private static final LocalDateTime T = LocalDateTime.of(2026, 12, 1, 7, 0);

  @Test
  void durationsAgreeWithTheClockAndWaitsAreShown() {
    Place origin = new Place("Origin", null, 29.59, 106.22, T.plusSeconds(59 * 60 + 40));
    Place a = new Place("科学城", "a", 29.591, 106.221, T.plusSeconds(60 * 60 + 10));
    Place aBoard = new Place("科学城", "a", 29.591, 106.221, T.plusMinutes(65));
    Place b = new Place("西永", "b", 29.60, 106.30, T.plusSeconds(80 * 60 + 30));
    Place dest = new Place("Destination", null, 29.601, 106.301, T.plusSeconds(85 * 60 + 50));
    Leg walk1 = new Leg(LegMode.WALK, origin, a, 40, null, null, null, null, null, List.of(), List.of(), false, false);
    Leg ride = new Leg(LegMode.BUS, aBoard, b, 9000, "L1", null, "Op", null, "t1", List.of(), List.of(), false, false);
    Leg walk2 = new Leg(LegMode.WALK, b, dest, 400, null, null, null, null, null, List.of(), List.of(), false, true);
    Itinerary it = new Itinerary(List.of(walk1, ride, walk2), 0, 440, Optional.empty(), List.of(), 0);
    TripRequest q = TripRequest.departAt(new LatLon(29.59, 106.22), new LatLon(29.601, 106.301), T.plusMinutes(59));
    StringWriter out = new StringWriter();
    ItineraryText.print(new PlanResult(PlanStatus.OK, null, List.of(it), q, ZoneId.of("Asia/Shanghai")),
        new PrintWriter(out, true));
    String text = out.toString();
    // 07:59:40 -> 08:25:50 is 26 min 10 s, but printed as 07:59 -> 08:25 it must read 26 min.
    assertTrue(text.contains("1. 07:59 -> 08:25  26 min, no transfer, walk 440 m, wait 5 min"), text);
    assertTrue(text.contains("07:59  walk 40 m (1 min) to 科学城"), text);
    assertTrue(text.contains("08:00  wait 5 min at 科学城"), text);
    assertTrue(text.contains("08:20  walk 400 m (5 min) to destination, partly off the mapped streets"), text);
  }
}
