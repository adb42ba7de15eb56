package dev.loopline.gtfs.model;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;

/**
 * One row of {@code calendar.txt}. {@code days} is a bit mask: bit 0 Monday ... bit 6 Sunday
 * ({@code 1 << (DayOfWeek.getValue() - 1)}).
 */
public record ServiceCalendar(String serviceId, int days, LocalDate startDate, LocalDate endDate,
                              Map<String, String> extras) {
  public ServiceCalendar {
    extras = Extras.copy(extras);
  }

  public boolean runsOn(DayOfWeek day) {
    return (days & (1 << (day.getValue() - 1))) != 0;
  }

  /** Whether the weekly pattern and date range include {@code date} (calendar_dates not considered). */
  public boolean covers(LocalDate date) {
    return !date.isBefore(startDate) && !date.isAfter(endDate) && runsOn(date.getDayOfWeek());
  }
}
