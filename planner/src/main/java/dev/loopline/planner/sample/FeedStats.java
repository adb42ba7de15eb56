package dev.loopline.planner.sample;

import dev.loopline.gtfs.model.CalendarDate;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.ServiceCalendar;
import dev.loopline.gtfs.model.Trip;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Counts of one feed, including what runs on a representative weekday (Wednesday 2026-11-18, a date every
 * district's calendar covers and no holiday touches).
 */
public record FeedStats(String feedId, int stops, int routes, int trips, int stopTimes, int weekdayTrips,
                        int weekdayStopTimes) {
  public static final LocalDate SAMPLE_WEEKDAY = LocalDate.of(2026, 11, 18);

  public static FeedStats of(String id, Feed feed) {
    Set<String> active = activeServices(feed, SAMPLE_WEEKDAY);
    int wdTrips = 0;
    int wdRows = 0;
    for (Trip t : feed.trips()) {
      if (active.contains(t.serviceId())) {
        wdTrips++;
        int ti = feed.stopTimes().indexOfTrip(t.id());
        wdRows += ti < 0 ? 0 : feed.stopTimes().rowCountOfTrip(ti);
      }
    }
    return new FeedStats(id, feed.stops().size(), feed.routes().size(), feed.trips().size(),
        feed.stopTimes().size(), wdTrips, wdRows);
  }

  /** Services running on a date: calendar.txt's weekly pattern and range, then calendar_dates exceptions. */
  public static Set<String> activeServices(Feed feed, LocalDate date) {
    Set<String> out = new HashSet<>();
    for (ServiceCalendar c : feed.calendars()) {
      if (c.covers(date)) {
        out.add(c.serviceId());
      }
    }
    for (CalendarDate cd : feed.calendarDates()) {
      if (cd.date().equals(date)) {
        if (cd.exceptionType() == CalendarDate.ADDED) {
          out.add(cd.serviceId());
        } else {
          out.remove(cd.serviceId());
        }
      }
    }
    return out;
  }
}
