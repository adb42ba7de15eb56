package dev.loopline.planner.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a proposal from YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}) and checks everything that can
 * be checked without the network: required fields, types, unknown keys, times, headways, overlapping periods. The
 * first mistake is thrown as a {@link ProposalException} naming the file and the field. Stop ids and the operator
 * are checked later against the unified feed ({@link ProposalResolver}).
 */
public final class ProposalReader {
  /** Proposal ids prefix every GTFS id the line adds, so they are kept to characters safe in ids and file names. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");
  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})");
  private static final Map<String, DayOfWeek> DAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
      "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY, "sat", DayOfWeek.SATURDAY,
      "sun", DayOfWeek.SUNDAY);
  private static final Set<String> TOP_KEYS = Set.of("id", "name", "name_en", "operator", "circular", "stops",
      "service", "vehicle", "fare", "round_trip_minutes", "layover");

  private ProposalReader() {}

  /** Reads and checks a proposal file; {@code path} is named in errors as given. */
  public static Proposal read(Path path) {
    FieldReader.Document d = FieldReader.readDocument(path, "proposal");
    return parse(d.root(), path.toString(), d.lines());
  }

  /** Checks an already parsed document; {@code file} is the name used in errors. */
  public static Proposal parse(JsonNode root, String file) {
    return parse(root, file, FieldLines.NONE);
  }

  /**
   * Checks an already parsed document whose fields were written at {@code lines} (possibly nested in another
   * document, e.g. the new line of a change proposal).
   */
  public static Proposal parse(JsonNode root, String file, FieldLines lines) {
    FieldReader f = new FieldReader(file, lines);
    if (root == null || root.isMissingNode() || root.isNull()) {
      throw f.error(null, "the file is empty");
    }
    ObjectNode top = f.object(root, "");
    f.onlyKeys(top, "", TOP_KEYS);
    String id = f.text(top, "id", true);
    if (!ID.matcher(id).matches()) {
      throw f.error("id", "'" + id + "' must be 1-40 letters, digits, '_', '-' or '.', starting with a letter or digit");
    }
    String name = f.text(top, "name", true);
    String nameEn = f.text(top, "name_en", false);
    String operator = f.text(top, "operator", true);
    boolean circular = f.bool(top, "circular", false);
    List<ProposalStop> stops = stops(f, top, circular);
    ServicePlan service = service(f, top);
    Vehicle vehicle = vehicle(f, top);
    double fare = f.number(top, "fare", true, 0);
    if (fare < 0) {
      throw f.error("fare", "must not be negative, got " + fare);
    }
    OptionalDouble roundTrip = OptionalDouble.empty();
    if (top.has("round_trip_minutes")) {
      double m = f.number(top, "round_trip_minutes", true, 0);
      if (!(m > 0) || m > 24 * 60) {
        throw f.error("round_trip_minutes", "must be more than 0 and at most 1440, got " + m);
      }
      roundTrip = OptionalDouble.of(m);
    }
    Layover layover = layover(f, top);
    return new Proposal(id, name, nameEn, operator, circular, stops, service, vehicle, fare, roundTrip, layover,
        file, lines);
  }

  private static List<ProposalStop> stops(FieldReader f, ObjectNode top, boolean circular) {
    List<JsonNode> items = f.list(top, "stops", true);
    if (items.size() < 2) {
      throw f.error("stops", "a line needs at least 2 stops, got " + items.size());
    }
    List<ProposalStop> stops = stopList(f, items, "stops");
    if (circular && sameStop(stops.get(0), stops.get(stops.size() - 1))) {
      throw f.error("stops[" + (stops.size() - 1) + "]",
          "a circular line returns to its first stop by itself; do not repeat the first stop at the end");
    }
    return stops;
  }

  /**
   * Stops in running order, each an existing stop ({@code stop: ID}) or a new one ({@code new: {name, lat, lon}}),
   * none repeating the one before it; {@code at} is the list's field ({@code stops}, {@code changes[1].via}).
   */
  static List<ProposalStop> stopList(FieldReader f, List<JsonNode> items, String at) {
    List<ProposalStop> stops = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String here = at + "[" + i + "]";
      ObjectNode item = f.object(items.get(i), here);
      f.onlyKeys(item, here, Set.of("stop", "new"));
      boolean hasStop = item.has("stop");
      boolean hasNew = item.has("new");
      if (hasStop == hasNew) {
        throw f.error(here, "give exactly one of 'stop' (an existing stop id) or 'new' (name, lat, lon)");
      }
      if (hasStop) {
        stops.add(new ProposalStop.Existing(f.text(item, "stop", true, here), here));
      } else {
        String nat = here + ".new";
        ObjectNode n = f.object(item.get("new"), nat);
        f.onlyKeys(n, nat, Set.of("name", "name_en", "lat", "lon"));
        String stopName = f.text(n, "name", true, nat);
        String stopNameEn = f.text(n, "name_en", false, nat);
        double lat = f.number(n, "lat", true, 0, nat);
        double lon = f.number(n, "lon", true, 0, nat);
        if (lat < -90 || lat > 90) {
          throw f.error(nat + ".lat", "latitude " + lat + " is out of range [-90, 90]");
        }
        if (lon < -180 || lon > 180) {
          throw f.error(nat + ".lon", "longitude " + lon + " is out of range [-180, 180]");
        }
        stops.add(new ProposalStop.New(stopName, stopNameEn, lat, lon, here));
      }
    }
    for (int i = 1; i < stops.size(); i++) {
      if (sameStop(stops.get(i - 1), stops.get(i))) {
        throw f.error(at + "[" + i + "]", "repeats the stop before it");
      }
    }
    return stops;
  }

  static boolean sameStop(ProposalStop a, ProposalStop b) {
    if (a instanceof ProposalStop.Existing x && b instanceof ProposalStop.Existing y) {
      return x.stopId().equals(y.stopId());
    }
    if (a instanceof ProposalStop.New x && b instanceof ProposalStop.New y) {
      return x.lat() == y.lat() && x.lon() == y.lon();
    }
    return false;
  }

  /** A service plan {@code days, periods} at {@code at} ({@code service}, {@code changes[2].service}). */
  static ServicePlan service(FieldReader f, JsonNode node, String at) {
    ObjectNode s = f.object(node, at);
    f.onlyKeys(s, at, Set.of("days", "periods"));
    List<JsonNode> dayItems = f.list(s, "days", true, at);
    if (dayItems.isEmpty()) {
      throw f.error(at + ".days", "list at least one day (mon, tue, wed, thu, fri, sat, sun)");
    }
    return new ServicePlan(days(f, dayItems, at + ".days"), periods(f, f.list(s, "periods", true, at),
        at + ".periods"));
  }

  private static ServicePlan service(FieldReader f, ObjectNode top) {
    return service(f, f.required(top, "service", ""), "service");
  }

  /** Day names ({@code mon ... sun}), none twice; {@code at} is the list's field. */
  static Set<DayOfWeek> days(FieldReader f, List<JsonNode> dayItems, String at) {
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (int i = 0; i < dayItems.size(); i++) {
      String here = at + "[" + i + "]";
      JsonNode d = dayItems.get(i);
      if (!d.isTextual()) {
        throw f.error(here, "must be a day name (mon ... sun), got " + FieldReader.describe(d));
      }
      DayOfWeek day = DAYS.get(d.asText().toLowerCase(Locale.ROOT));
      if (day == null) {
        throw f.error(here, "unknown day '" + d.asText() + "' (use mon, tue, wed, thu, fri, sat, sun)");
      }
      if (!days.add(day)) {
        throw f.error(here, "day '" + d.asText() + "' is listed twice");
      }
    }
    return days;
  }

  /** Periods {@code from, to, headway_min} in time order without overlap; {@code at} is the list's field. */
  static List<ServicePeriod> periods(FieldReader f, List<JsonNode> periodItems, String at) {
    if (periodItems.isEmpty()) {
      throw f.error(at, "list at least one period {from, to, headway_min}");
    }
    List<ServicePeriod> periods = new ArrayList<>();
    for (int i = 0; i < periodItems.size(); i++) {
      String here = at + "[" + i + "]";
      ObjectNode p = f.object(periodItems.get(i), here);
      f.onlyKeys(p, here, Set.of("from", "to", "headway_min"));
      int from = clock(f, p, "from", here);
      int to = clock(f, p, "to", here);
      if (to <= from) {
        throw f.error(here + ".to", "'" + ServicePeriod.clock(to) + "' must be after from '"
            + ServicePeriod.clock(from) + "'");
      }
      periods.add(new ServicePeriod(from, to, headwaySeconds(f, p, "headway_min", here)));
    }
    for (int i = 1; i < periods.size(); i++) {
      ServicePeriod prev = periods.get(i - 1);
      ServicePeriod cur = periods.get(i);
      if (cur.fromSeconds() < prev.toSeconds()) {
        throw f.error(at + "[" + i + "]", "overlaps period " + (i - 1) + " ("
            + ServicePeriod.clock(prev.fromSeconds()) + "-" + ServicePeriod.clock(prev.toSeconds())
            + "); list periods in time order without overlap");
      }
    }
    return periods;
  }

  /** A headway in minutes (whole seconds, at least one minute), as seconds. */
  static int headwaySeconds(FieldReader f, ObjectNode p, String key, String at) {
    double headway = f.number(p, key, true, 0, at);
    String field = FieldReader.path(at, key);
    if (!(headway > 0)) {
      throw f.error(field, "must be more than 0 minutes, got " + FieldReader.plain(headway));
    }
    int seconds = (int) Math.round(headway * 60);
    if (seconds < 60 || Math.abs(headway * 60 - seconds) > 1e-6) {
      throw f.error(field, "must be at least 1 minute in whole seconds, got " + FieldReader.plain(headway));
    }
    return seconds;
  }

  static int clock(FieldReader f, ObjectNode p, String key, String at) {
    JsonNode v = f.required(p, key, at);
    String field = at + "." + key;
    if (!v.isTextual()) {
      throw f.error(field, "must be a time \"HH:MM\" in quotes, got " + FieldReader.describe(v));
    }
    var m = CLOCK.matcher(v.asText());
    if (!m.matches()) {
      throw f.error(field, "bad time '" + v.asText() + "' (use HH:MM, e.g. \"06:30\")");
    }
    int h = Integer.parseInt(m.group(1));
    int min = Integer.parseInt(m.group(2));
    if (h > 47 || min > 59) {
      throw f.error(field, "bad time '" + v.asText() + "' (hours 0-47, minutes 0-59)");
    }
    return h * 3600 + min * 60;
  }

  private static Vehicle vehicle(FieldReader f, ObjectNode top) {
    ObjectNode v = f.object(f.required(top, "vehicle", ""), "vehicle");
    f.onlyKeys(v, "vehicle", Set.of("type", "capacity"));
    String type = f.text(v, "type", true, "vehicle");
    int capacity = f.integer(v, "capacity", "vehicle");
    if (capacity <= 0) {
      throw f.error("vehicle.capacity", "must be more than 0, got " + capacity);
    }
    return new Vehicle(type, capacity);
  }

  private static Layover layover(FieldReader f, ObjectNode top) {
    if (!top.has("layover")) {
      return Layover.DEFAULT;
    }
    ObjectNode l = f.object(top.get("layover"), "layover");
    f.onlyKeys(l, "layover", Set.of("share", "min_minutes"));
    double share = f.number(l, "share", false, Layover.DEFAULT.share(), "layover");
    double min = f.number(l, "min_minutes", false, Layover.DEFAULT.minMinutes(), "layover");
    if (share < 0 || share > 1) {
      throw f.error("layover.share", "must be between 0 and 1 (a share of the running time), got "
          + FieldReader.plain(share));
    }
    if (min < 0) {
      throw f.error("layover.min_minutes", "must not be negative, got " + FieldReader.plain(min));
    }
    return new Layover(share, min);
  }
}
