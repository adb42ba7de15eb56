package dev.loopline.planner.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.planner.transit.TestGtfs;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** GTFS fares v1 on a small fare table whose answers can be worked out by hand. */
class FareCalculatorTest {
  private static final Feed FEED = TestGtfs.mini()
      .fare("local", "2.00", 0, null).fareRule("local", "R1", null, null, null)
      .fare("r2", "3.00", 0, null).fareRule("r2", "R2", null, null, null)
      .fare("pass", "4.00", 1, 3600).fareRule("pass", "R1", null, null, null).fareRule("pass", "R2", null, null, null)
      .fare("zonal", "1.50", 0, null).fareRule("zonal", "R3", "Z1", "Z1", null)
      .fare("cross", "2.50", 0, null).fareRule("cross", "R3", "Z1", "Z2", null)
      .fare("through", "6.00", 0, null).fareRule("through", "R4", null, null, "Z1").fareRule("through", "R4", null,
          null, "Z2").fareRule("through", "R4", null, null, "Z3")
      .build();
  private static final FareCalculator FARES = new FareCalculator(FEED);

  private static FareCalculator.Ride ride(String route, long at, String... zones) {
    return new FareCalculator.Ride(route, "A", List.of(zones), at);
  }

  private static String price(FareCalculator.Ride... rides) {
    return FARES.price(List.of(rides)).map(f -> f.amount().toPlainString()).orElse("none");
  }

  @Test
  void singleRidesPayTheirRouteFare() {
    assertEquals("2.00", price(ride("R1", 0)));
    assertEquals("3.00", price(ride("R2", 0)));
  }

  @Test
  void aPassWithOneTransferBeatsTwoTickets() {
    assertEquals("4.00", price(ride("R1", 0), ride("R2", 1800)), "pass: 4.00 < 2.00 + 3.00");
    assertEquals("5.00", price(ride("R1", 0), ride("R2", 4000)), "transfer after an hour: two tickets");
    assertEquals("4.00", price(ride("R1", 0), ride("R1", 600)), "pass 4.00 = two locals 4.00");
    assertEquals("7.00", price(ride("R2", 0), ride("R1", 600), ride("R2", 1200)),
        "two transfers: pass + ticket or ticket + pass (4 + 3), not three tickets (8)");
  }

  @Test
  void zonesMatchOriginDestinationAndContains() {
    assertEquals("1.50", price(ride("R3", 0, "Z1", "Z1")));
    assertEquals("2.50", price(ride("R3", 0, "Z1", "Z2")));
    assertEquals("none", price(ride("R3", 0, "Z2", "Z1")), "no fare for Z2 -> Z1");
    assertEquals("6.00", price(ride("R4", 0, "Z1", "Z2", "Z3")));
    assertEquals("none", price(ride("R4", 0, "Z1", "Z2")), "contains must match exactly");
  }

  @Test
  void unknownRoutesAndFeedsWithoutFaresHaveNoPrice() {
    assertEquals("none", price(ride("R9", 0)));
    assertEquals(Optional.empty(), new FareCalculator(TestGtfs.mini().build()).price(List.of(ride("R1", 0))));
    assertTrue(FARES.hasFares());
    assertEquals(BigDecimal.ZERO, FARES.price(List.of()).orElseThrow().amount());
  }

  @Test
  void aFareWithoutRulesCoversEveryRoute() {
    FareCalculator flat = new FareCalculator(TestGtfs.mini().fare("flat", "4.70", 0, null).build());
    assertEquals("4.70", flat.price(List.of(ride("ANY", 0))).orElseThrow().amount().toPlainString());
    assertEquals("9.40", flat.price(List.of(ride("ANY", 0), ride("OTHER", 60))).orElseThrow().amount().toPlainString(),
        "no transfers allowed: two fares (Porto Alegre's EPTC)");
    FareCalculator twoOperators = new FareCalculator(TestGtfs.mini().agency("B", "Metro")
        .fare("flat", "4.70", 0, null).build());
    assertEquals(Optional.empty(), twoOperators.price(List.of(ride("ANY", 0))),
        "with two agencies, a fare naming neither is not guessed to cover the other's rides");
  }
}
