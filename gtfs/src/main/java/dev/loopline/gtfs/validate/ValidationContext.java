package dev.loopline.gtfs.validate;

import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.Severity;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.RawTable;
import dev.loopline.gtfs.model.ServiceCalendar;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.read.SourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every check needs: the feed, where its rows came from, the id sets built once, and the list the
 * findings go to. Checks never throw on bad data; they add a notice and carry on so that one run shows everything.
 */
final class ValidationContext {
  static final String AGENCY = "agency.txt";
  static final String STOPS = "stops.txt";
  static final String ROUTES = "routes.txt";
  static final String TRIPS = "trips.txt";
  static final String STOP_TIMES = "stop_times.txt";
  static final String CALENDAR = "calendar.txt";
  static final String CALENDAR_DATES = "calendar_dates.txt";
  static final String SHAPES = "shapes.txt";
  static final String FREQUENCIES = "frequencies.txt";
  static final String TRANSFERS = "transfers.txt";
  static final String FARE_ATTRIBUTES = "fare_attributes.txt";
  static final String FARE_RULES = "fare_rules.txt";
  static final String FEED_INFO = "feed_info.txt";
  static final String TRANSLATIONS = "translations.txt";
  static final String NETWORKS = "networks.txt";
  static final String ROUTE_NETWORKS = "route_networks.txt";

  final Feed feed;
  private final SourceLines lines;
  private final List<Notice> notices = new ArrayList<>();

  final Map<String, Stop> stops = new HashMap<>();
  final Set<String> agencyIds = new HashSet<>();
  final Set<String> routeIds = new HashSet<>();
  final Set<String> tripIds = new HashSet<>();
  final Set<String> serviceIds = new HashSet<>();
  final Set<String> shapeIds = new HashSet<>();
  final Set<String> zoneIds = new HashSet<>();
  final Set<String> fareIds = new HashSet<>();
  final Set<String> networkIds = new HashSet<>();
  final Set<String> levelIds = new HashSet<>();

  ValidationContext(Feed feed, SourceLines lines) {
    this.feed = feed;
    this.lines = lines;
    feed.agencies().forEach(a -> {
      if (a.id() != null) {
        agencyIds.add(a.id());
      }
    });
    feed.stops().forEach(s -> {
      stops.putIfAbsent(s.id(), s);
      if (!blank(s.zoneId())) {
        zoneIds.add(s.zoneId());
      }
    });
    feed.routes().forEach(r -> routeIds.add(r.id()));
    feed.trips().forEach(t -> tripIds.add(t.id()));
    feed.calendars().forEach(c -> serviceIds.add(c.serviceId()));
    feed.calendarDates().forEach(c -> serviceIds.add(c.serviceId()));
    feed.shapePoints().forEach(p -> shapeIds.add(p.shapeId()));
    feed.fareAttributes().forEach(f -> fareIds.add(f.fareId()));
    feed.networks().forEach(n -> networkIds.add(n.id()));
    for (RawTable t : feed.otherFiles()) {
      if (t.fileName().equals("levels.txt")) {
        int col = t.header().indexOf("level_id");
        if (col >= 0) {
          t.rows().forEach(r -> levelIds.add(col < r.size() ? r.get(col) : ""));
        }
      }
    }
  }

  /** The 1-based source line of the {@code index}-th entity of {@code file}, or 0 when unknown. */
  long line(String file, int index) {
    if (lines == null) {
      return 0;
    }
    try {
      return lines.line(file, index);
    } catch (RuntimeException e) {
      return 0;
    }
  }

  /** The source line of a stop_times row. */
  long stopTimeLine(int row) {
    return feed.stopTimes().line(row);
  }

  void error(String code, String file, long line, String field, String message) {
    notices.add(new Notice(Severity.ERROR, code, file, line, field, message));
  }

  void warning(String code, String file, long line, String field, String message) {
    notices.add(new Notice(Severity.WARNING, code, file, line, field, message));
  }

  void info(String code, String file, long line, String field, String message) {
    notices.add(new Notice(Severity.INFO, code, file, line, field, message));
  }

  List<Notice> notices() {
    return notices;
  }

  boolean hasStation(String id) {
    Stop s = stops.get(id);
    return s != null && s.locationTypeOrDefault() == Stop.STATION;
  }

  Set<String> calendarServiceIds() {
    Set<String> ids = new HashSet<>();
    for (ServiceCalendar c : feed.calendars()) {
      ids.add(c.serviceId());
    }
    return ids;
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static String quote(String s) {
    return "'" + s + "'";
  }
}
