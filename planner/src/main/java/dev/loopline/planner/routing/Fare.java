package dev.loopline.planner.routing;

import java.math.BigDecimal;

/**
 * The price of an itinerary's rides under the feed's fares (GTFS fares v1).
 *
 * @param amount   total price
 * @param currency ISO 4217 code
 */
public record Fare(BigDecimal amount, String currency) {
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
