package dev.loopline.gtfs.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dates each service runs, as calendar.txt's weekly pattern and range plus calendar_dates.txt's additions
 * minus its removals. Two services of different feeds are the same service exactly when their date sets are
 * equal, whatever their ids and however they were encoded.
 */
public final class ServiceDays {
  /** A set of dates as sorted epoch days, comparable by value. */
  public record Days(int[] epochDays) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Days d && Arrays.equals(epochDays, d.epochDays);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(epochDays);
    }

    @Override
    public String toString() {
      return epochDays.length + " days";
    }

    /** How many dates the two sets share. */
    public int shared(Days other) {
      int n = 0;
      for (int i = 0, j = 0; i < epochDays.length && j < other.epochDays.length; ) {
        int c = Integer.compare(epochDays[i], other.epochDays[j]);
        if (c == 0) {
          n++;
        }
        i += c <= 0 ? 1 : 0;
        j += c >= 0 ? 1 : 0;
      }
      return n;
    }
  }

  private static final Days NONE = new Days(new int[0]);

  private final Map<String, Days> byService;

  private ServiceDays(Map<String, Days> byService) {
    this.byService = byService;
  }

  public static ServiceDays of(List<ServiceCalendar> calendars, List<CalendarDate> dates) {
    Map<String, int[]> raw = new HashMap<>();
    for (ServiceCalendar c : calendars) {
      if (c.startDate() == null || c.endDate() == null || c.endDate().isBefore(c.startDate())) {
        raw.putIfAbsent(c.serviceId(), new int[0]);
        continue;
      }
      long from = c.startDate().toEpochDay();
      long to = c.endDate().toEpochDay();
      int[] days = new int[(int) Math.min(Integer.MAX_VALUE - 8, to - from + 1)];
      int n = 0;
      LocalDate d = c.startDate();
      for (long e = from; e <= to && n < days.length; e++, d = d.plusDays(1)) {
        if (c.runsOn(d.getDayOfWeek())) {
          days[n++] = (int) e;
        }
      }
      raw.merge(c.serviceId(), Arrays.copyOf(days, n), ServiceDays::concat);
    }
    Map<String, int[]> removed = new HashMap<>();
    for (CalendarDate cd : dates) {
      if (cd.date() == null) {
        continue;
      }
      int[] one = {(int) cd.date().toEpochDay()};
      if (cd.exceptionType() == CalendarDate.ADDED) {
        raw.merge(cd.serviceId(), one, ServiceDays::concat);
      } else {
        raw.putIfAbsent(cd.serviceId(), new int[0]);
        removed.merge(cd.serviceId(), one, ServiceDays::concat);
      }
    }
    Map<String, Days> out = new HashMap<>();
    Map<Days, Days> interned = new HashMap<>();
    raw.forEach((id, days) -> {
      int[] minus = removed.getOrDefault(id, new int[0]);
      Arrays.sort(minus);
      int[] sorted = Arrays.stream(days).sorted().distinct()
          .filter(e -> Arrays.binarySearch(minus, e) < 0).toArray();
      Days d = new Days(sorted);
      out.put(id, interned.computeIfAbsent(d, k -> k));
    });
    return new ServiceDays(out);
  }

  private static int[] concat(int[] a, int[] b) {
    int[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /** The dates of a service; empty for an unknown service. */
  public Days days(String serviceId) {
    return byService.getOrDefault(serviceId, NONE);
  }
}
