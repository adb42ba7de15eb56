package dev.loopline.gtfs.validate;

import static dev.loopline.gtfs.validate.ValidationContext.AGENCY;
import static dev.loopline.gtfs.validate.ValidationContext.CALENDAR;
import static dev.loopline.gtfs.validate.ValidationContext.CALENDAR_DATES;
import static dev.loopline.gtfs.validate.ValidationContext.FARE_ATTRIBUTES;
import static dev.loopline.gtfs.validate.ValidationContext.FARE_RULES;
import static dev.loopline.gtfs.validate.ValidationContext.FEED_INFO;
import static dev.loopline.gtfs.validate.ValidationContext.FREQUENCIES;
import static dev.loopline.gtfs.validate.ValidationContext.NETWORKS;
import static dev.loopline.gtfs.validate.ValidationContext.ROUTES;
import static dev.loopline.gtfs.validate.ValidationContext.ROUTE_NETWORKS;
import static dev.loopline.gtfs.validate.ValidationContext.SHAPES;
import static dev.loopline.gtfs.validate.ValidationContext.STOPS;
import static dev.loopline.gtfs.validate.ValidationContext.STOP_TIMES;
import static dev.loopline.gtfs.validate.ValidationContext.TRANSFERS;
import static dev.loopline.gtfs.validate.ValidationContext.TRANSLATIONS;
import static dev.loopline.gtfs.validate.ValidationContext.TRIPS;
import static dev.loopline.gtfs.validate.ValidationContext.blank;

import dev.loopline.gtfs.model.Agency;
import dev.loopline.gtfs.model.CalendarDate;
import dev.loopline.gtfs.model.FareAttribute;
import dev.loopline.gtfs.model.FareRule;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedInfo;
import dev.loopline.gtfs.model.Frequency;
import dev.loopline.gtfs.model.Network;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.RouteNetwork;
import dev.loopline.gtfs.model.ServiceCalendar;
import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Transfer;
import dev.loopline.gtfs.model.Translation;
import dev.loopline.gtfs.model.Trip;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Required files present and required fields filled, and values inside the ranges the spec allows. A missing
 * required value makes the row meaningless to every consumer, hence ERROR; an unknown enum value may be a newer
 * spec extension, hence WARNING (as the MobilityData validator does).
 */
final class RequiredContentCheck {
  private RequiredContentCheck() {}

  static void run(ValidationContext ctx) {
    Feed feed = ctx.feed;
    requireFile(ctx, AGENCY, feed.agencies());
    requireFile(ctx, STOPS, feed.stops());
    requireFile(ctx, ROUTES, feed.routes());
    requireFile(ctx, TRIPS, feed.trips());
    if (feed.stopTimes().size() == 0) {
      ctx.error("missing_required_file", STOP_TIMES, 0, null, "stop_times.txt is missing or has no rows");
    }
    if (feed.calendars().isEmpty() && feed.calendarDates().isEmpty()) {
      ctx.error("missing_calendar_and_calendar_date_files", CALENDAR, 0, null,
          "neither calendar.txt nor calendar_dates.txt has rows: no trip ever runs");
    }
    agencies(ctx);
    stops(ctx);
    routes(ctx);
    trips(ctx);
    stopTimes(ctx);
    calendars(ctx);
    shapes(ctx);
    frequencies(ctx);
    transfers(ctx);
    fares(ctx);
    feedInfo(ctx);
    translations(ctx);
    networks(ctx);
  }

  private static void requireFile(ValidationContext ctx, String file, List<?> rows) {
    if (rows.isEmpty()) {
      ctx.error("missing_required_file", file, 0, null, file + " is missing or has no rows");
    }
  }

  private static void required(ValidationContext ctx, String file, int index, String field, String value) {
    if (blank(value)) {
      ctx.error("missing_required_field", file, ctx.line(file, index), field, field + " is required");
    }
  }

  private static void agencies(ValidationContext ctx) {
    List<Agency> agencies = ctx.feed.agencies();
    for (int i = 0; i < agencies.size(); i++) {
      Agency a = agencies.get(i);
      if (agencies.size() > 1) {
        required(ctx, AGENCY, i, "agency_id", a.id());
      }
      required(ctx, AGENCY, i, "agency_name", a.name());
      required(ctx, AGENCY, i, "agency_url", a.url());
      required(ctx, AGENCY, i, "agency_timezone", a.timezone());
      if (!blank(a.timezone()) && !validZone(a.timezone())) {
        ctx.error("invalid_timezone", AGENCY, ctx.line(AGENCY, i), "agency_timezone",
            "'" + a.timezone() + "' is not an IANA time zone (such as Asia/Shanghai)");
      }
    }
  }

  static boolean validZone(String zone) {
    try {
      // Offsets such as "+08:00" or "GMT+8" parse but are not tz database names; Etc/GMT+8 is one.
      ZoneId z = ZoneId.of(zone);
      return !(z instanceof ZoneOffset) && (zone.startsWith("Etc/") || !zone.matches(".*[+-][0-9].*"));
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static void stops(ValidationContext ctx) {
    List<Stop> stops = ctx.feed.stops();
    for (int i = 0; i < stops.size(); i++) {
      Stop s = stops.get(i);
      long line = ctx.line(STOPS, i);
      required(ctx, STOPS, i, "stop_id", s.id());
      int type = s.locationTypeOrDefault();
      if (type < 0 || type > 4) {
        ctx.error("invalid_location_type", STOPS, line, "location_type",
            "location_type " + type + " is not one of 0 (stop), 1 (station), 2 (entrance), 3 (node), 4 (boarding area)");
        continue;
      }
      if (type <= Stop.ENTRANCE) {
        required(ctx, STOPS, i, "stop_name", s.name());
        if (!s.hasCoordinates()) {
          ctx.error("missing_required_field", STOPS, line, Double.isNaN(s.lat()) ? "stop_lat" : "stop_lon",
              "stop_lat and stop_lon are required for location_type " + type);
        }
      }
      if (!Double.isNaN(s.lat()) && (s.lat() < -90 || s.lat() > 90)) {
        ctx.error("number_out_of_range", STOPS, line, "stop_lat", "latitude " + s.lat() + " is outside [-90, 90]");
      }
      if (!Double.isNaN(s.lon()) && (s.lon() < -180 || s.lon() > 180)) {
        ctx.error("number_out_of_range", STOPS, line, "stop_lon",
            "longitude " + s.lon() + " is outside [-180, 180]");
      }
      if (s.hasCoordinates() && s.lat() == 0 && s.lon() == 0) {
        // MobilityData 6.0 rejects it (ERROR): a stop in the Gulf of Guinea is a missing coordinate, not a place.
        ctx.error("point_near_origin", STOPS, line, "stop_lat", "stop is at 0,0: its coordinates are missing");
      }
      if (!blank(s.timezone()) && !validZone(s.timezone())) {
        ctx.error("invalid_timezone", STOPS, line, "stop_timezone",
            "'" + s.timezone() + "' is not an IANA time zone");
      }
    }
  }

  private static void routes(ValidationContext ctx) {
    List<Route> routes = ctx.feed.routes();
    boolean severalAgencies = ctx.feed.agencies().size() > 1;
    for (int i = 0; i < routes.size(); i++) {
      Route r = routes.get(i);
      required(ctx, ROUTES, i, "route_id", r.id());
      if (severalAgencies) {
        required(ctx, ROUTES, i, "agency_id", r.agencyId());
      }
      if (blank(r.shortName()) && blank(r.longName())) {
        ctx.error("route_both_short_and_long_name_missing", ROUTES, ctx.line(ROUTES, i), "route_short_name",
            "route " + r.id() + " has neither route_short_name nor route_long_name");
      }
      if (!knownRouteType(r.type())) {
        ctx.warning("unexpected_enum_value", ROUTES, ctx.line(ROUTES, i), "route_type",
            "route_type " + r.type() + " is neither a basic GTFS type (0-7, 11, 12) nor an extended one (100-1702)");
      }
    }
  }

  static boolean knownRouteType(int type) {
    return (type >= 0 && type <= 7) || type == 11 || type == 12 || (type >= 100 && type <= 1702);
  }

  private static void trips(ValidationContext ctx) {
    List<Trip> trips = ctx.feed.trips();
    for (int i = 0; i < trips.size(); i++) {
      Trip t = trips.get(i);
      required(ctx, TRIPS, i, "trip_id", t.id());
      required(ctx, TRIPS, i, "route_id", t.routeId());
      required(ctx, TRIPS, i, "service_id", t.serviceId());
    }
  }

  private static void stopTimes(ValidationContext ctx) {
    StopTimes st = ctx.feed.stopTimes();
    for (int row = 0; row < st.size(); row++) {
      if (blank(st.tripId(row))) {
        ctx.error("missing_required_field", STOP_TIMES, st.line(row), "trip_id", "trip_id is required");
      }
      if (blank(st.stopId(row))) {
        ctx.error("missing_required_field", STOP_TIMES, st.line(row), "stop_id", "stop_id is required");
      }
      if (st.sequence(row) < 0) {
        ctx.error(st.sequence(row) == StopTimes.MISSING ? "missing_required_field" : "number_out_of_range",
            STOP_TIMES, st.line(row), "stop_sequence", "stop_sequence must be a non-negative integer");
      }
      int pickup = st.pickupType(row);
      int dropOff = st.dropOffType(row);
      if (pickup != StopTimes.MISSING && (pickup < 0 || pickup > 3)) {
        ctx.warning("unexpected_enum_value", STOP_TIMES, st.line(row), "pickup_type",
            "pickup_type " + pickup + " is not one of 0-3");
      }
      if (dropOff != StopTimes.MISSING && (dropOff < 0 || dropOff > 3)) {
        ctx.warning("unexpected_enum_value", STOP_TIMES, st.line(row), "drop_off_type",
            "drop_off_type " + dropOff + " is not one of 0-3");
      }
    }
  }

  private static void calendars(ValidationContext ctx) {
    List<ServiceCalendar> calendars = ctx.feed.calendars();
    for (int i = 0; i < calendars.size(); i++) {
      ServiceCalendar c = calendars.get(i);
      required(ctx, CALENDAR, i, "service_id", c.serviceId());
      if (c.startDate() == null) {
        ctx.error("missing_required_field", CALENDAR, ctx.line(CALENDAR, i), "start_date", "start_date is required");
      }
      if (c.endDate() == null) {
        ctx.error("missing_required_field", CALENDAR, ctx.line(CALENDAR, i), "end_date", "end_date is required");
      }
    }
    List<CalendarDate> dates = ctx.feed.calendarDates();
    for (int i = 0; i < dates.size(); i++) {
      CalendarDate d = dates.get(i);
      required(ctx, CALENDAR_DATES, i, "service_id", d.serviceId());
      if (d.date() == null) {
        ctx.error("missing_required_field", CALENDAR_DATES, ctx.line(CALENDAR_DATES, i), "date", "date is required");
      }
      if (d.exceptionType() != CalendarDate.ADDED && d.exceptionType() != CalendarDate.REMOVED) {
        ctx.error("unexpected_enum_value", CALENDAR_DATES, ctx.line(CALENDAR_DATES, i), "exception_type",
            "exception_type " + d.exceptionType() + " is not 1 (added) or 2 (removed)");
      }
    }
  }

  private static void shapes(ValidationContext ctx) {
    List<ShapePoint> points = ctx.feed.shapePoints();
    for (int i = 0; i < points.size(); i++) {
      ShapePoint p = points.get(i);
      required(ctx, SHAPES, i, "shape_id", p.shapeId());
      if (Double.isNaN(p.lat()) || p.lat() < -90 || p.lat() > 90) {
        ctx.error("number_out_of_range", SHAPES, ctx.line(SHAPES, i), "shape_pt_lat",
            "shape_pt_lat must be a latitude in [-90, 90]");
      }
      if (Double.isNaN(p.lon()) || p.lon() < -180 || p.lon() > 180) {
        ctx.error("number_out_of_range", SHAPES, ctx.line(SHAPES, i), "shape_pt_lon",
            "shape_pt_lon must be a longitude in [-180, 180]");
      }
      if (p.sequence() < 0) {
        ctx.error("number_out_of_range", SHAPES, ctx.line(SHAPES, i), "shape_pt_sequence",
            "shape_pt_sequence must be a non-negative integer");
      }
    }
  }

  private static void frequencies(ValidationContext ctx) {
    List<Frequency> frequencies = ctx.feed.frequencies();
    for (int i = 0; i < frequencies.size(); i++) {
      Frequency f = frequencies.get(i);
      long line = ctx.line(FREQUENCIES, i);
      required(ctx, FREQUENCIES, i, "trip_id", f.tripId());
      if (f.startTime() < 0 || f.endTime() < 0) {
        ctx.error("missing_required_field", FREQUENCIES, line, f.startTime() < 0 ? "start_time" : "end_time",
            "start_time and end_time are required");
      } else if (f.endTime() <= f.startTime()) {
        ctx.error("start_and_end_range_out_of_order", FREQUENCIES, line, "end_time",
            "end_time must be after start_time");
      }
      if (f.headwaySecs() <= 0) {
        ctx.error("number_out_of_range", FREQUENCIES, line, "headway_secs", "headway_secs must be positive");
      }
    }
  }

  private static void transfers(ValidationContext ctx) {
    List<Transfer> transfers = ctx.feed.transfers();
    for (int i = 0; i < transfers.size(); i++) {
      Transfer t = transfers.get(i);
      long line = ctx.line(TRANSFERS, i);
      if (t.transferType() < 0 || t.transferType() > 5) {
        ctx.error("unexpected_enum_value", TRANSFERS, line, "transfer_type",
            "transfer_type " + t.transferType() + " is not one of 0-5");
      }
      if (t.transferType() <= Transfer.NOT_POSSIBLE) {
        required(ctx, TRANSFERS, i, "from_stop_id", t.fromStopId());
        required(ctx, TRANSFERS, i, "to_stop_id", t.toStopId());
      } else {
        required(ctx, TRANSFERS, i, "from_trip_id", t.fromTripId());
        required(ctx, TRANSFERS, i, "to_trip_id", t.toTripId());
      }
      if (t.minTransferTime() != null && t.minTransferTime() < 0) {
        ctx.error("number_out_of_range", TRANSFERS, line, "min_transfer_time", "min_transfer_time must be >= 0");
      }
    }
  }

  private static void fares(ValidationContext ctx) {
    List<FareAttribute> fares = ctx.feed.fareAttributes();
    boolean severalAgencies = ctx.feed.agencies().size() > 1;
    for (int i = 0; i < fares.size(); i++) {
      FareAttribute f = fares.get(i);
      long line = ctx.line(FARE_ATTRIBUTES, i);
      required(ctx, FARE_ATTRIBUTES, i, "fare_id", f.fareId());
      required(ctx, FARE_ATTRIBUTES, i, "currency_type", f.currencyType());
      if (f.price() == null) {
        ctx.error("missing_required_field", FARE_ATTRIBUTES, line, "price", "price is required");
      } else if (f.price().compareTo(BigDecimal.ZERO) < 0) {
        ctx.error("number_out_of_range", FARE_ATTRIBUTES, line, "price", "price must not be negative");
      }
      if (f.paymentMethod() != 0 && f.paymentMethod() != 1) {
        ctx.error("unexpected_enum_value", FARE_ATTRIBUTES, line, "payment_method",
            "payment_method " + f.paymentMethod() + " is not 0 (on board) or 1 (before boarding)");
      }
      if (severalAgencies) {
        required(ctx, FARE_ATTRIBUTES, i, "agency_id", f.agencyId());
      }
    }
    List<FareRule> rules = ctx.feed.fareRules();
    for (int i = 0; i < rules.size(); i++) {
      required(ctx, FARE_RULES, i, "fare_id", rules.get(i).fareId());
    }
  }

  private static void feedInfo(ValidationContext ctx) {
    FeedInfo info = ctx.feed.feedInfo();
    if (info == null) {
      if (!ctx.feed.translations().isEmpty()) {
        ctx.error("missing_required_file", FEED_INFO, 0, null,
            "feed_info.txt is required when translations.txt is present (it names the feed language)");
      }
      return;
    }
    required(ctx, FEED_INFO, 0, "feed_publisher_name", info.publisherName());
    required(ctx, FEED_INFO, 0, "feed_publisher_url", info.publisherUrl());
    required(ctx, FEED_INFO, 0, "feed_lang", info.lang());
  }

  private static void translations(ValidationContext ctx) {
    List<Translation> translations = ctx.feed.translations();
    for (int i = 0; i < translations.size(); i++) {
      Translation t = translations.get(i);
      required(ctx, TRANSLATIONS, i, "table_name", t.tableName());
      required(ctx, TRANSLATIONS, i, "field_name", t.fieldName());
      required(ctx, TRANSLATIONS, i, "language", t.language());
      required(ctx, TRANSLATIONS, i, "translation", t.translation());
    }
  }

  private static void networks(ValidationContext ctx) {
    List<Network> networks = ctx.feed.networks();
    for (int i = 0; i < networks.size(); i++) {
      required(ctx, NETWORKS, i, "network_id", networks.get(i).id());
    }
    List<RouteNetwork> routeNetworks = ctx.feed.routeNetworks();
    for (int i = 0; i < routeNetworks.size(); i++) {
      required(ctx, ROUTE_NETWORKS, i, "network_id", routeNetworks.get(i).networkId());
      required(ctx, ROUTE_NETWORKS, i, "route_id", routeNetworks.get(i).routeId());
    }
  }
}
