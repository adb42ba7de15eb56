package dev.loopline.gtfs.read;

import static dev.loopline.gtfs.read.Table.NO_INT;

import dev.loopline.gtfs.geo.CoordinateSystem;
import dev.loopline.gtfs.model.Agency;
import dev.loopline.gtfs.model.CalendarDate;
import dev.loopline.gtfs.model.FareAttribute;
import dev.loopline.gtfs.model.FareRule;
import dev.loopline.gtfs.model.FeedInfo;
import dev.loopline.gtfs.model.Frequency;
import dev.loopline.gtfs.model.Network;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.RouteNetwork;
import dev.loopline.gtfs.model.ServiceCalendar;
import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.Transfer;
import dev.loopline.gtfs.model.Translation;
import dev.loopline.gtfs.model.Trip;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps the rows of each GTFS file (all but stop_times, see {@link StopTimesReader}) onto the model's records, one
 * method per file. Each keeps file order, records every kept row's source line in {@code lines}, drops rows whose
 * required values are missing or bad, and skips a repeated primary key (the first row wins). Coordinates are
 * range-checked as published, then converted to WGS-84.
 */
final class RecordReaders {
  private static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday"};

  private RecordReaders() {}

  static List<Agency> agencies(Table t, LineList lines) {
    int id = t.col("agency_id");
    int name = t.col("agency_name");
    int url = t.col("agency_url");
    int tz = t.col("agency_timezone");
    int lang = t.col("agency_lang");
    int phone = t.col("agency_phone");
    int fareUrl = t.col("agency_fare_url");
    int email = t.col("agency_email");
    DuplicateGuard keys = new DuplicateGuard(t, "agency_id", id);
    List<Agency> out = new ArrayList<>();
    while (t.next()) {
      String agencyId = t.text(id);
      String agencyName = t.required(name);
      String agencyUrl = t.required(url);
      String timezone = t.required(tz);
      if (agencyName == null || agencyUrl == null || timezone == null
          || agencyId != null && keys.isDuplicate(agencyId)) {
        continue;
      }
      out.add(new Agency(agencyId, agencyName, agencyUrl, timezone, t.text(lang), t.text(phone), t.text(fareUrl),
          t.text(email), t.extras()));
      lines.add(t.line());
    }
    return out;
  }

  static List<Stop> stops(Table t, LineList lines, CoordinateSystem crs) {
    int id = t.col("stop_id");
    int code = t.col("stop_code");
    int name = t.col("stop_name");
    int desc = t.col("stop_desc");
    int lat = t.col("stop_lat");
    int lon = t.col("stop_lon");
    int zone = t.col("zone_id");
    int url = t.col("stop_url");
    int type = t.col("location_type");
    int parent = t.col("parent_station");
    int tz = t.col("stop_timezone");
    int wheelchair = t.col("wheelchair_boarding");
    int level = t.col("level_id");
    int platform = t.col("platform_code");
    DuplicateGuard keys = new DuplicateGuard(t, "stop_id", id);
    List<Stop> out = new ArrayList<>();
    while (t.next()) {
      String stopId = t.required(id);
      if (stopId == null || keys.isDuplicate(stopId)) {
        continue;
      }
      Integer locationType = t.optionalInt(type, 0, 4);
      double y = t.coordinate(lat, true, false);
      double x = t.coordinate(lon, false, false);
      boolean needsPoint = locationType == null || locationType <= Stop.ENTRANCE;
      if (needsPoint && (t.isEmpty(lat) || t.isEmpty(lon))) {
        t.error("missing_required_field", t.isEmpty(lat) ? lat : lon,
            "a stop, station or entrance needs stop_lat and stop_lon; left empty");
      }
      double[] wgs = Double.isNaN(y) || Double.isNaN(x) ? new double[] {Double.NaN, Double.NaN}
          : crs.toWgs84(y, x);
      out.add(new Stop(stopId, t.text(code), t.text(name), t.text(desc), wgs[0], wgs[1], t.text(zone), t.text(url),
          locationType, t.text(parent), t.text(tz), t.optionalInt(wheelchair, 0, 2), t.text(level),
          t.text(platform), t.extras()));
      lines.add(t.line());
    }
    return out;
  }

  static List<Route> routes(Table t, LineList lines) {
    int id = t.col("route_id");
    int agency = t.col("agency_id");
    int shortName = t.col("route_short_name");
    int longName = t.col("route_long_name");
    int desc = t.col("route_desc");
    int type = t.col("route_type");
    int url = t.col("route_url");
    int color = t.col("route_color");
    int textColor = t.col("route_text_color");
    int sort = t.col("route_sort_order");
    int pickup = t.col("continuous_pickup");
    int dropOff = t.col("continuous_drop_off");
    int network = t.col("network_id");
    DuplicateGuard keys = new DuplicateGuard(t, "route_id", id);
    List<Route> out = new ArrayList<>();
    while (t.next()) {
      String routeId = t.required(id);
      int routeType = t.requiredInt(type, 0, 1799);
      if (routeId == null || routeType == NO_INT || keys.isDuplicate(routeId)) {
        continue;
      }
      out.add(new Route(routeId, t.text(agency), t.text(shortName), t.text(longName), t.text(desc), routeType,
          t.text(url), t.color(color), t.color(textColor), t.optionalInt(sort, 0, Integer.MAX_VALUE),
          t.optionalInt(pickup, 0, 3), t.optionalInt(dropOff, 0, 3), t.text(network), t.extras()));
      lines.add(t.line());
    }
    return out;
  }

  static List<Trip> trips(Table t, LineList lines) {
    int route = t.col("route_id");
    int service = t.col("service_id");
    int id = t.col("trip_id");
    int headsign = t.col("trip_headsign");
    int shortName = t.col("trip_short_name");
    int direction = t.col("direction_id");
    int block = t.col("block_id");
    int shape = t.col("shape_id");
    int wheelchair = t.col("wheelchair_accessible");
    int bikes = t.col("bikes_allowed");
    DuplicateGuard keys = new DuplicateGuard(t, "trip_id", id);
    IdPool routes = new IdPool(t.csv.charset());
    IdPool services = new IdPool(t.csv.charset());
    IdPool shapes = new IdPool(t.csv.charset());
    List<Trip> out = new ArrayList<>();
    while (t.next()) {
      String tripId = t.required(id);
      String routeId = t.requiredPooled(route, routes);
      String serviceId = t.requiredPooled(service, services);
      if (tripId == null || routeId == null || serviceId == null || keys.isDuplicate(tripId)) {
        continue;
      }
      out.add(new Trip(routeId, serviceId, tripId, t.text(headsign), t.text(shortName),
          t.optionalInt(direction, 0, 1), t.text(block), t.pooled(shape, shapes), t.optionalInt(wheelchair, 0, 2),
          t.optionalInt(bikes, 0, 2), t.extras()));
      lines.add(t.line());
    }
    return out;
  }

  static List<ServiceCalendar> calendars(Table t, LineList lines) {
    int id = t.col("service_id");
    int[] days = new int[7];
    for (int d = 0; d < 7; d++) {
      days[d] = t.col(WEEKDAYS[d]);
    }
    int start = t.col("start_date");
    int end = t.col("end_date");
    DuplicateGuard keys = new DuplicateGuard(t, "service_id", id);
    List<ServiceCalendar> out = new ArrayList<>();
    while (t.next()) {
      String serviceId = t.required(id);
      int mask = 0;
      boolean ok = serviceId != null;
      for (int d = 0; d < 7; d++) {
        int v = t.requiredInt(days[d], 0, 1);
        ok &= v != NO_INT;
        if (v == 1) {
          mask |= 1 << d;
        }
      }
      LocalDate from = t.requiredDate(start);
      LocalDate to = t.requiredDate(end);
      if (!ok || from == null || to == null || keys.isDuplicate(serviceId)) {
        continue;
      }
      out.add(new ServiceCalendar(serviceId, mask, from, to, t.extras()));
      lines.add(t.line());
    }
    return out;
  }

  static List<CalendarDate> calendarDates(Table t, LineList lines) {
    int id = t.col("service_id");
    int date = t.col("date");
    int type = t.col("exception_type");
    DuplicateGuard keys = new DuplicateGuard(t, "(service_id, date)", id);
    List<CalendarDate> out = new ArrayList<>();
    while (t.next()) {
      String serviceId = t.required(id);
      LocalDate day = t.requiredDate(date);
      int exception = t.requiredInt(type, 1, 2);
      if (serviceId == null || day == null || exception == NO_INT
          || keys.isDuplicate(serviceId + '\u0000' + day, "(" + serviceId + ", " + t.text(date) + ")")) {
        continue;
      }
      out.add(new CalendarDate(serviceId, day, exception, t.extras()));
      lines.add(t.line());
    }
    return out;
  }

  /**
   * Shapes are the second-largest file, and their points nearly always come shape by shape in rising sequence:
   * while they do, a repeated (shape_id, shape_pt_sequence) is impossible and no key set is kept. The first point
   * that goes backwards switches to a full key set, built from the points kept so far.
   */
  static List<ShapePoint> shapePoints(Table t, LineList lines, CoordinateSystem crs) {
    int id = t.col("shape_id");
    int lat = t.col("shape_pt_lat");
    int lon = t.col("shape_pt_lon");
    int seq = t.col("shape_pt_sequence");
    int dist = t.col("shape_dist_traveled");
    IdPool ids = new IdPool(t.csv.charset());
    Map<String, Integer> lastSequence = new HashMap<>();
    String lastShape = null;
    int lastSeq = 0;
    DuplicateGuard keys = null;
    List<ShapePoint> out = new ArrayList<>();
    while (t.next()) {
      String shapeId = t.pooled(id, ids);
      if (shapeId == null) {
        t.error("missing_required_field", id, "required value is empty; row skipped");
      }
      double y = t.coordinate(lat, true, true);
      double x = t.coordinate(lon, false, true);
      int sequence = t.requiredInt(seq, 0, Integer.MAX_VALUE);
      if (shapeId == null || Double.isNaN(y) || Double.isNaN(x) || sequence == NO_INT) {
        continue;
      }
      if (keys == null) {
        boolean rising;
        if (shapeId.equals(lastShape)) {
          rising = sequence > lastSeq;
        } else {
          Integer previous = lastSequence.get(shapeId);
          rising = previous == null || sequence > previous;
          if (lastShape != null) {
            lastSequence.put(lastShape, lastSeq);
          }
        }
        if (rising) {
          lastShape = shapeId;
          lastSeq = sequence;
        } else {
          keys = new DuplicateGuard(t, "(shape_id, shape_pt_sequence)", seq);
          int[] kept = lines.toArray();
          for (int k = 0; k < out.size(); k++) {
            keys.remember(shapeKey(out.get(k).shapeId(), out.get(k).sequence()), kept[k]);
          }
        }
      }
      if (keys != null
          && keys.isDuplicate(shapeKey(shapeId, sequence), "(" + shapeId + ", " + sequence + ")")) {
        continue;
      }
      if (crs != CoordinateSystem.WGS84) {
        double[] wgs = crs.toWgs84(y, x);
        y = wgs[0];
        x = wgs[1];
      }
      out.add(new ShapePoint(shapeId, y, x, sequence, t.optionalDistance(dist), t.extras()));
      lines.add(t.line());
    }
    return out;
  }

  private static String shapeKey(String shapeId, int sequence) {
    return shapeId + '\u0000' + sequence;
  }

  static List<Frequency> frequencies(Table t, LineList lines) {
    int trip = t.col("trip_id");
    int start = t.col("start_time");
    int end = t.col("end_time");
    int headway = t.col("headway_secs");
    int exact = t.col("exact_times");
    DuplicateGuard keys = new DuplicateGuard(t, "(trip_id, start_time)", start);
    List<Frequency> out = new ArrayList<>();
    while (t.next()) {
      String tripId = t.required(trip);
      int from = t.requiredTime(start);
      int to = t.requiredTime(end);
      int secs = t.requiredInt(headway, 1, Integer.MAX_VALUE);
      if (tripId == null || from == NO_INT || to == NO_INT || secs == NO_INT
          || keys.isDuplicate(tripId + '\u0000' + from, "(" + tripId + ", " + t.text(start) + ")")) {
        continue;
      }
      out.add(new Frequency(tripId, from, to, secs, t.optionalInt(exact, 0, 1), t.extras()));
      lines.add(t.line());
    }
    return out;
  }

  static List<Transfer> transfers(Table t, LineList lines) {
    int fromStop = t.col("from_stop_id");
    int toStop = t.col("to_stop_id");
    int fromRoute = t.col("from_route_id");
    int toRoute = t.col("to_route_id");
    int fromTrip = t.col("from_trip_id");
    int toTrip = t.col("to_trip_id");
    int type = t.col("transfer_type");
    int minTime = t.col("min_transfer_time");
    DuplicateGuard keys = new DuplicateGuard(t, "transfer", fromStop);
    List<Transfer> out = new ArrayList<>();
    while (t.next()) {
      // An empty transfer_type means 0, "recommended", in the reference.
      int transferType = t.isEmpty(type) ? Transfer.RECOMMENDED : t.requiredInt(type, 0, 5);
      if (transferType == NO_INT) {
        continue;
      }
      String a = t.text(fromStop);
      String b = t.text(toStop);
      String ra = t.text(fromRoute);
      String rb = t.text(toRoute);
      String ta = t.text(fromTrip);
      String tb = t.text(toTrip);
      String key = String.join("\u0000", String.valueOf(a), String.valueOf(b), String.valueOf(ra),
          String.valueOf(rb), String.valueOf(ta), String.valueOf(tb));
      if (keys.isDuplicate(key, "from " + a + " to " + b)) {
        continue;
      }
      out.add(new Transfer(a, b, ra, rb, ta, tb, transferType, t.optionalInt(minTime, 0, Integer.MAX_VALUE),
          t.extras()));
      lines.add(t.line());
    }
    return out;
  }

  static List<FareAttribute> fareAttributes(Table t, LineList lines) {
    int id = t.col("fare_id");
    int price = t.col("price");
    int currency = t.col("currency_type");
    int payment = t.col("payment_method");
    int transfers = t.col("transfers");
    int agency = t.col("agency_id");
    int duration = t.col("transfer_duration");
    DuplicateGuard keys = new DuplicateGuard(t, "fare_id", id);
    List<FareAttribute> out = new ArrayList<>();
    while (t.next()) {
      String fareId = t.required(id);
      BigDecimal amount = t.requiredPrice(price);
      String currencyType = t.required(currency);
      int method = t.requiredInt(payment, 0, 1);
      if (fareId == null || amount == null || currencyType == null || method == NO_INT || keys.isDuplicate(fareId)) {
        continue;
      }
      out.add(new FareAttribute(fareId, amount, currencyType, method, t.optionalInt(transfers, 0, 2),
          t.text(agency), t.optionalInt(duration, 0, Integer.MAX_VALUE), t.extras()));
      lines.add(t.line());
    }
    return out;
  }

  static List<FareRule> fareRules(Table t, LineList lines) {
    int id = t.col("fare_id");
    int route = t.col("route_id");
    int origin = t.col("origin_id");
    int destination = t.col("destination_id");
    int contains = t.col("contains_id");
    DuplicateGuard keys = new DuplicateGuard(t, "fare rule", id);
    List<FareRule> out = new ArrayList<>();
    while (t.next()) {
      String fareId = t.required(id);
      if (fareId == null) {
        continue;
      }
      String r = t.text(route);
      String o = t.text(origin);
      String d = t.text(destination);
      String c = t.text(contains);
      if (keys.isDuplicate(String.join("\u0000", fareId, String.valueOf(r), String.valueOf(o), String.valueOf(d),
          String.valueOf(c)), "for fare_id '" + fareId + "'")) {
        continue;
      }
      out.add(new FareRule(fareId, r, o, d, c, t.extras()));
      lines.add(t.line());
    }
    return out;
  }

  /** The first row of feed_info.txt; later rows are reported and ignored. */
  static FeedInfo feedInfo(Table t, LineList lines) {
    int name = t.col("feed_publisher_name");
    int url = t.col("feed_publisher_url");
    int lang = t.col("feed_lang");
    int defaultLang = t.col("default_lang");
    int start = t.col("feed_start_date");
    int end = t.col("feed_end_date");
    int version = t.col("feed_version");
    int email = t.col("feed_contact_email");
    int contactUrl = t.col("feed_contact_url");
    FeedInfo info = null;
    while (t.next()) {
      if (info != null) {
        t.error("more_than_one_entity", -1, "feed_info.txt must have one row; row skipped");
        continue;
      }
      String publisher = t.required(name);
      String publisherUrl = t.required(url);
      String language = t.required(lang);
      if (publisher == null || publisherUrl == null || language == null) {
        continue;
      }
      info = new FeedInfo(publisher, publisherUrl, language, t.text(defaultLang), t.optionalDate(start),
          t.optionalDate(end), t.text(version), t.text(email), t.text(contactUrl), t.extras());
      lines.add(t.line());
    }
    return info;
  }

  static List<Translation> translations(Table t, LineList lines) {
    int table = t.col("table_name");
    int field = t.col("field_name");
    int language = t.col("language");
    int translation = t.col("translation");
    int record = t.col("record_id");
    int subRecord = t.col("record_sub_id");
    int value = t.col("field_value");
    DuplicateGuard keys = new DuplicateGuard(t, "translation", field);
    List<Translation> out = new ArrayList<>();
    while (t.next()) {
      String tableName = t.required(table);
      String fieldName = t.required(field);
      String lang = t.required(language);
      String text = t.required(translation);
      if (tableName == null || fieldName == null || lang == null || text == null) {
        continue;
      }
      String r = t.text(record);
      String s = t.text(subRecord);
      String v = t.text(value);
      if (keys.isDuplicate(String.join("\u0000", tableName, fieldName, lang, String.valueOf(r), String.valueOf(s),
          String.valueOf(v)), "of " + tableName + "." + fieldName + " into " + lang)) {
        continue;
      }
      out.add(new Translation(tableName, fieldName, lang, text, r, s, v, t.extras()));
      lines.add(t.line());
    }
    return out;
  }

  static List<Network> networks(Table t, LineList lines) {
    int id = t.col("network_id");
    int name = t.col("network_name");
    DuplicateGuard keys = new DuplicateGuard(t, "network_id", id);
    List<Network> out = new ArrayList<>();
    while (t.next()) {
      String networkId = t.required(id);
      if (networkId == null || keys.isDuplicate(networkId)) {
        continue;
      }
      out.add(new Network(networkId, t.text(name), t.extras()));
      lines.add(t.line());
    }
    return out;
  }

  static List<RouteNetwork> routeNetworks(Table t, LineList lines) {
    int network = t.col("network_id");
    int route = t.col("route_id");
    DuplicateGuard keys = new DuplicateGuard(t, "route_id", route);
    List<RouteNetwork> out = new ArrayList<>();
    while (t.next()) {
      String networkId = t.required(network);
      String routeId = t.required(route);
      if (networkId == null || routeId == null || keys.isDuplicate(routeId)) {
        continue;
      }
      out.add(new RouteNetwork(networkId, routeId, t.extras()));
      lines.add(t.line());
    }
    return out;
  }

  /** Rows of a file the model does not interpret, padded or cut to the header's width. */
  static List<List<String>> rawRows(Table t) {
    int width = t.header().size();
    List<List<String>> rows = new ArrayList<>();
    while (t.next()) {
      List<String> row = new ArrayList<>(width);
      for (int f = 0; f < width; f++) {
        String v = t.text(f);
        row.add(v == null ? "" : v);
      }
      rows.add(row);
    }
    return rows;
  }
}
