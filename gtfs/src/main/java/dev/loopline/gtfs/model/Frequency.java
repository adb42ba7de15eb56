package dev.loopline.gtfs.model;

import java.util.Map;

/**
 * One row of {@code frequencies.txt}. Times are seconds after noon-minus-12h of the service day and may pass
 * 24:00:00. {@code exactTimes} is {@code null} when empty (frequency-based, not schedule-based).
 */
public record Frequency(String tripId, int startTime, int endTime, int headwaySecs, Integer exactTimes,
                        Map<String, String> extras) {
  public Frequency {
    extras = Extras.copy(extras);
  }
}
