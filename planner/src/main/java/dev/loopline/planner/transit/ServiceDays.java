package dev.loopline.planner.transit;

import dev.loopline.gtfs.model.CalendarDate;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.ServiceCalendar;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which GTFS services run on which date: {@code calendar.txt} gives a weekly pattern over a date range and
 * {@code calendar_dates.txt} adds or removes single dates on top of it (a service may also be defined by
 * calendar_dates alone). Built once per feed; look-ups are cheap.
 */
public final class ServiceDays {
  private final Map<String, ServiceCalendar> calendars = new HashMap<>();
  private final Map<String, Map<LocalDate, Integer>> exceptions = new HashMap<>();
  private final LocalDate first;
  private final LocalDate last;

  private ServiceDays(Feed feed) {
    LocalDate lo = null;
    LocalDate hi = null;
    for (ServiceCalendar c : feed.calendars()) {
      calendars.putIfAbsent(c.serviceId(), c);
      if (c.days() != 0) {
        lo = min(lo, c.startDate());
        hi = max(hi, c.endDate());
      }
    }
    for (CalendarDate d : feed.calendarDates()) {
      exceptions.computeIfAbsent(d.serviceId(), k -> new HashMap<>()).put(d.date(), d.exceptionType());
      if (d.exceptionType() == CalendarDate.ADDED) {
        lo = min(lo, d.date());
        hi = max(hi, d.date());
      }
    }
    this.first = lo;
    this.last = hi;
  }

  public static ServiceDays of(Feed feed) {
    return new ServiceDays(feed);
  }

  /** Whether {@code serviceId} runs on {@code date}; a calendar_dates row always wins over calendar.txt. */
  public boolean runs(String serviceId, LocalDate date) {
    Map<LocalDate, Integer> ex = exceptions.get(serviceId);
    if (ex != null) {
      Integer type = ex.get(date);
      if (type != null) {
        return type == CalendarDate.ADDED;
      }
    }
    ServiceCalendar c = calendars.get(serviceId);
    return c != null && c.covers(date);
  }

  /** The ids of every service that runs on {@code date}. */
  public Set<String> activeOn(LocalDate date) {
    Set<String> ids = new HashSet<>();
    for (String id : calendars.keySet()) {
      if (runs(id, date)) {
        ids.add(id);
      }
    }
    for (String id : exceptions.keySet()) {
      if (runs(id, date)) {
        ids.add(id);
      }
    }
    return ids;
  }

  /** The first date any service may run, if the feed defines service at all. */
  public Optional<LocalDate> firstDate() {
    return Optional.ofNullable(first);
  }

  /** The last date any service may run, if the feed defines service at all. */
  public Optional<LocalDate> lastDate() {
    return Optional.ofNullable(last);
  }

  /** All service ids the feed mentions. */
  public List<String> serviceIds() {
    Set<String> ids = new HashSet<>(calendars.keySet());
    ids.addAll(exceptions.keySet());
    return ids.stream().sorted().toList();
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
