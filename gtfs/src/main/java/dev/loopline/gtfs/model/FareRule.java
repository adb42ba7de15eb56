package dev.loopline.gtfs.model;

import java.util.Map;

/** One row of {@code fare_rules.txt}; every field but {@code fareId} may be {@code null}. */
public record FareRule(String fareId, String routeId, String originId, String destinationId, String containsId,
                       Map<String, String> extras) {
  public FareRule {
    extras = Extras.copy(extras);
  }
}
