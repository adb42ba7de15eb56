package dev.loopline.gtfs.model;

import java.time.LocalDate;
import java.util.Map;

/** One row of {@code calendar_dates.txt}: service added (1) or removed (2) on one date. */
public record CalendarDate(String serviceId, LocalDate date, int exceptionType, Map<String, String> extras) {
  public static final int ADDED = 1;
  public static final int REMOVED = 2;

  public CalendarDate {
    extras = Extras.copy(extras);
  }
}
