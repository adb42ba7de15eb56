package dev.loopline.gtfs.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One row of {@code fare_attributes.txt} (GTFS fares v1). {@code transfers} is {@code null} when empty, which the
 * spec reads as unlimited transfers; {@code transferDuration} is {@code null} when empty.
 */
public record FareAttribute(String fareId, BigDecimal price, String currencyType, int paymentMethod,
                            Integer transfers, String agencyId, Integer transferDuration,
                            Map<String, String> extras) {
  public FareAttribute {
    extras = Extras.copy(extras);
  }
}
