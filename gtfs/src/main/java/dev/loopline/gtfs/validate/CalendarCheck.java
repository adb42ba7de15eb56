package dev.loopline.gtfs.validate;

import static dev.loopline.gtfs.validate.ValidationContext.CALENDAR;
import static dev.loopline.gtfs.validate.ValidationContext.FEED_INFO;

import dev.loopline.gtfs.model.CalendarDate;
import dev.loopline.gtfs.model.FeedInfo;
import dev.loopline.gtfs.model.ServiceCalendar;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Date ranges that make sense: a calendar and feed_info end on or after they start, and a weekly pattern that
 * actually lands on a day in its range (otherwise the service never runs unless calendar_dates adds days).
 */
final class CalendarCheck {
  private CalendarCheck() {}

  static void run(ValidationContext ctx) {
    Set<String> added = new HashSet<>();
    for (CalendarDate d : ctx.feed.calendarDates()) {
      if (d.exceptionType() == CalendarDate.ADDED) {
        added.add(d.serviceId());
      }
    }
    List<ServiceCalendar> calendars = ctx.feed.calendars();
    for (int i = 0; i < calendars.size(); i++) {
      ServiceCalendar c = calendars.get(i);
      long line = ctx.line(CALENDAR, i);
      if (c.startDate() == null || c.endDate() == null) {
        continue;
      }
      if (c.endDate().isBefore(c.startDate())) {
        ctx.error("start_and_end_range_out_of_order", CALENDAR, line, "end_date",
            "service '" + c.serviceId() + "' ends on " + c.endDate() + ", before it starts on " + c.startDate());
      } else if (!runsAtAll(c) && !added.contains(c.serviceId())) {
        ctx.warning("service_never_active", CALENDAR, line, "monday",
            "service '" + c.serviceId() + "' runs on no day between " + c.startDate() + " and " + c.endDate()
                + " and calendar_dates.txt adds none");
      }
    }
    FeedInfo info = ctx.feed.feedInfo();
    if (info != null && info.startDate() != null && info.endDate() != null
        && info.endDate().isBefore(info.startDate())) {
      ctx.error("start_and_end_range_out_of_order", FEED_INFO, ctx.line(FEED_INFO, 0), "feed_end_date",
          "feed_end_date " + info.endDate() + " is before feed_start_date " + info.startDate());
    }
  }

  /** Whether some date in the range falls on one of the calendar's weekdays (at most 7 dates to look at). */
  private static boolean runsAtAll(ServiceCalendar c) {
    LocalDate d = c.startDate();
    for (int i = 0; i < 7 && !d.isAfter(c.endDate()); i++, d = d.plusDays(1)) {
      if (c.runsOn(d.getDayOfWeek())) {
        return true;
      }
    }
    return false;
  }
}
