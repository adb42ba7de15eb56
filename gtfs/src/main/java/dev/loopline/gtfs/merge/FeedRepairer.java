package dev.loopline.gtfs.merge;

import dev.loopline.gtfs.merge.MergeReport.Repair;
import dev.loopline.gtfs.model.Agency;
import dev.loopline.gtfs.model.BlockOverlaps;
import dev.loopline.gtfs.model.CalendarDate;
import dev.loopline.gtfs.model.FareAttribute;
import dev.loopline.gtfs.model.FareRule;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedBuilder;
import dev.loopline.gtfs.model.FeedInfo;
import dev.loopline.gtfs.model.Frequency;
import dev.loopline.gtfs.model.GtfsTime;
import dev.loopline.gtfs.model.Network;
import dev.loopline.gtfs.model.RawTable;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.RouteNetwork;
import dev.loopline.gtfs.model.ServiceCalendar;
import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Transfer;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.gtfs.read.SourceLines;
import dev.loopline.gtfs.validate.FieldFormats;
import dev.loopline.gtfs.validate.TransferTrips;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code --repair}: drops or mends, in one input feed, what would make the unified feed invalid, and records each
 * change with the file and line it came from. It mends when the intent is clear (a stop time with only an arrival
 * gets the same departure; a dangling optional reference such as a shape or parent station is cleared; a route of
 * a single-agency feed naming a missing agency gets that agency) and drops otherwise: duplicate ids (the first
 * wins), trips whose route or service is missing, trips without stop times, trips whose times go backwards or
 * whose first or last stop has no time, stop times at unknown stops, and transfers, frequencies, fare rules,
 * route networks and translations pointing at something missing. Distances along shapes that decrease, or stay
 * the same between points apart, are measured again from the points ({@link ShapeDistances}); a trip whose stop
 * distances do not increase or run past its shape's end has them cleared (they are optional: readers measure along
 * the shape instead). A fare without agency_id in a feed of several agencies gets the agency of the routes its
 * rules name, when they are one. A timepoint=1 on a stop without times becomes 0. A trip that overlaps an earlier
 * trip of its vehicle block on a common date loses its block_id. A transfer naming a trip with another route, or a
 * stop the trip does not call at, is dropped. An optional URL or email address MobilityData rejects (agency_fare_url,
 * agency_email, stop_url, route_url, feed_contact_url, feed_contact_email) is cleared. It never invents data.
 *
 * <p>Files are repaired in dependency order (stops and services before trips, trips before what refers to them),
 * so one pass leaves no dangling reference behind.
 */
public final class FeedRepairer {
  /** The repaired feed and where its rows came from in the original files. */
  public record Repaired(Feed feed, SourceLines lines, List<Repair> repairs) {}

  private final String feedId;
  private final Feed feed;
  private final SourceLines lines;
  private final List<Repair> repairs = new ArrayList<>();
  private final Map<String, int[]> keptIndexes = new HashMap<>();

  private FeedRepairer(String feedId, Feed feed, SourceLines lines) {
    this.feedId = feedId;
    this.feed = feed;
    this.lines = lines == null ? SourceLines.NONE : lines;
  }

  /**
   * Repairs one feed.
   *
   * @param feedId names the feed in each {@link Repair}
   * @param lines  where the feed's rows came from, or {@code SourceLines.NONE} (line 0 in every repair)
   */
  public static Repaired repair(String feedId, Feed feed, SourceLines lines) {
    FeedRepairer r = new FeedRepairer(feedId, feed, lines);
    Feed repaired = r.run();
    Map<String, int[]> kept = Map.copyOf(r.keptIndexes);
    SourceLines original = r.lines;
    SourceLines remapped = (file, index) -> {
      int[] k = kept.get(file);
      return original.line(file, k == null ? index : (index < k.length ? k[index] : -1));
    };
    return new Repaired(repaired, remapped, List.copyOf(r.repairs));
  }

  /** Per-row verdict: the row to keep (maybe mended) or {@code null} to drop it. */
  private interface Fix<T> {
    T apply(T row, int index);
  }

  private <T> List<T> filter(String file, List<T> rows, Function<T, String> key, String keyName, Fix<T> fix) {
    List<T> out = new ArrayList<>(rows.size());
    int[] kept = new int[rows.size()];
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      T row = rows.get(i);
      if (key != null) {
        String k = key.apply(row);
        Integer first = k == null ? null : seen.putIfAbsent(k, i);
        if (first != null) {
          dropped(file, i, keyName, "duplicate " + keyName + " '" + k + "' (first on line " + line(file, first)
              + ")");
          continue;
        }
      }
      T fixed = fix == null ? row : fix.apply(row, i);
      if (fixed != null) {
        kept[out.size()] = i;
        out.add(fixed);
      }
    }
    if (out.size() != rows.size()) {
      keptIndexes.put(file, java.util.Arrays.copyOf(kept, out.size()));
    }
    return out;
  }

  private long line(String file, int index) {
    try {
      return lines.line(file, index);
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private void dropped(String file, int index, String field, String reason) {
    repairs.add(new Repair(feedId, file, line(file, index), field, "dropped", reason));
  }

  private void mended(String file, int index, String field, String reason) {
    repairs.add(new Repair(feedId, file, line(file, index), field, "mended", reason));
  }

  /**
   * An optional URL or email that MobilityData's validator rejects ({@code invalid_url} / {@code invalid_email})
   * is cleared and reported; the row stays. Required ones (agency_url, feed_publisher_url) are left for the
   * validator to refuse: there is nothing sound to put in their place.
   */
  private String validOrCleared(String file, int index, String field, String value, boolean email) {
    if (blank(value) || (email ? FieldFormats.validEmail(value) : FieldFormats.validUrl(value))) {
      return value;
    }
    mended(file, index, field, "'" + value + "' is not " + (email ? "an email address" : "an http(s) URL")
        + "; cleared");
    return null;
  }

  private FeedInfo repairFeedInfo(FeedInfo info) {
    if (info == null) {
      return null;
    }
    String url = validOrCleared("feed_info.txt", 0, "feed_contact_url", info.contactUrl(), false);
    String email = validOrCleared("feed_info.txt", 0, "feed_contact_email", info.contactEmail(), true);
    return url == info.contactUrl() && email == info.contactEmail() ? info
        : new FeedInfo(info.publisherName(), info.publisherUrl(), info.lang(), info.defaultLang(), info.startDate(),
            info.endDate(), info.version(), email, url, info.extras());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private Feed run() {
    FeedBuilder b = Feed.builder();
    b.feedInfo = repairFeedInfo(feed.feedInfo());
    b.agencies.addAll(filter("agency.txt", feed.agencies(), a -> a.id() == null ? "" : a.id(), "agency_id",
        (a, i) -> {
          String fareUrl = validOrCleared("agency.txt", i, "agency_fare_url", a.fareUrl(), false);
          String email = validOrCleared("agency.txt", i, "agency_email", a.email(), true);
          return fareUrl == a.fareUrl() && email == a.email() ? a
              : new Agency(a.id(), a.name(), a.url(), a.timezone(), a.lang(), a.phone(), fareUrl, email, a.extras());
        }));
    Set<String> agencyIds = new HashSet<>();
    b.agencies.forEach(a -> agencyIds.add(a.id()));
    String onlyAgency = b.agencies.size() == 1 ? b.agencies.get(0).id() : null;

    List<Stop> uniqueStops = filter("stops.txt", feed.stops(), Stop::id, "stop_id", null);
    b.stops.addAll(repairStops(uniqueStops));
    Map<String, Stop> stops = new HashMap<>();
    b.stops.forEach(s -> stops.put(s.id(), s));
    Set<String> zones = new HashSet<>();
    b.stops.forEach(s -> {
      if (!blank(s.zoneId())) {
        zones.add(s.zoneId());
      }
    });

    b.calendars.addAll(filter("calendar.txt", feed.calendars(), ServiceCalendar::serviceId, "service_id",
        (c, i) -> {
          if (c.endDate() != null && c.startDate() != null && c.endDate().isBefore(c.startDate())) {
            dropped("calendar.txt", i, "end_date", "service '" + c.serviceId() + "' ends before it starts");
            return null;
          }
          return c;
        }));
    b.calendarDates.addAll(filter("calendar_dates.txt", feed.calendarDates(),
        d -> d.serviceId() + " " + d.date(), "(service_id, date)", (d, i) -> {
          if (d.exceptionType() != CalendarDate.ADDED && d.exceptionType() != CalendarDate.REMOVED) {
            dropped("calendar_dates.txt", i, "exception_type", "exception_type " + d.exceptionType() + " is not 1 or 2");
            return null;
          }
          return d;
        }));
    Set<String> services = new HashSet<>();
    b.calendars.forEach(c -> services.add(c.serviceId()));
    b.calendarDates.forEach(d -> services.add(d.serviceId()));

    List<ShapePoint> uniquePoints = filter("shapes.txt", feed.shapePoints(), p -> p.shapeId() + " " + p.sequence(),
        "(shape_id, shape_pt_sequence)", null);
    ShapeDistances.Repaired shapeRepair = ShapeDistances.repair(uniquePoints);
    b.shapePoints.addAll(shapeRepair.points());
    int[] keptPoints = keptIndexes.get("shapes.txt");
    shapeRepair.fixes().forEach(fix -> mended("shapes.txt", keptPoints == null ? fix.index() : keptPoints[fix.index()],
        "shape_dist_traveled", fix.reason()));
    Set<String> shapes = new HashSet<>();
    b.shapePoints.forEach(p -> shapes.add(p.shapeId()));

    b.routes.addAll(filter("routes.txt", feed.routes(), Route::id, "route_id", (original, i) -> {
      String url = validOrCleared("routes.txt", i, "route_url", original.url(), false);
      Route r = url == original.url() ? original : new Route(original.id(), original.agencyId(), original.shortName(),
          original.longName(), original.desc(), original.type(), url, original.color(), original.textColor(),
          original.sortOrder(), original.continuousPickup(), original.continuousDropOff(), original.networkId(),
          original.extras());
      if ((r.agencyId() == null && agencyIds.size() <= 1) || agencyIds.contains(r.agencyId())) {
        return r;
      }
      if (onlyAgency != null) {
        mended("routes.txt", i, "agency_id", "agency_id '" + r.agencyId() + "' does not exist; set to the feed's"
            + " only agency '" + onlyAgency + "'");
        return new Route(r.id(), onlyAgency, r.shortName(), r.longName(), r.desc(), r.type(), r.url(), r.color(),
            r.textColor(), r.sortOrder(), r.continuousPickup(), r.continuousDropOff(), r.networkId(), r.extras());
      }
      dropped("routes.txt", i, "agency_id", r.agencyId() == null ? "agency_id is required with several agencies"
          : "agency_id '" + r.agencyId() + "' does not exist");
      return null;
    }));
    Set<String> routes = new HashSet<>();
    b.routes.forEach(r -> routes.add(r.id()));

    StopTimes st = feed.stopTimes();
    Map<String, String> brokenTrips = inspectStopTimes(st, stops);
    Set<String> trips = new HashSet<>();
    b.trips.addAll(filter("trips.txt", feed.trips(), Trip::id, "trip_id", (t, i) -> {
      if (!routes.contains(t.routeId())) {
        dropped("trips.txt", i, "route_id", "route_id '" + t.routeId() + "' does not exist");
        return null;
      }
      if (!services.contains(t.serviceId())) {
        dropped("trips.txt", i, "service_id", "service_id '" + t.serviceId() + "' is in neither calendar.txt nor"
            + " calendar_dates.txt");
        return null;
      }
      if (st.indexOfTrip(t.id()) < 0) {
        dropped("trips.txt", i, "trip_id", "trip '" + t.id() + "' has no stop times");
        return null;
      }
      String broken = brokenTrips.get(t.id());
      if (broken != null) {
        dropped("trips.txt", i, "trip_id", "trip '" + t.id() + "': " + broken);
        return null;
      }
      if (!blank(t.shapeId()) && !shapes.contains(t.shapeId())) {
        mended("trips.txt", i, "shape_id", "shape_id '" + t.shapeId() + "' does not exist; cleared");
        return new Trip(t.routeId(), t.serviceId(), t.id(), t.headsign(), t.shortName(), t.directionId(),
            t.blockId(), null, t.wheelchairAccessible(), t.bikesAllowed(), t.extras());
      }
      return t;
    }));
    b.trips.forEach(t -> trips.add(t.id()));
    Map<String, ShapeDistances.End> ends = ShapeDistances.ends(b.shapePoints);
    Map<String, ShapeDistances.End> endOfTrip = new HashMap<>();
    for (Trip t : b.trips) {
      ShapeDistances.End end = t.shapeId() == null ? null : ends.get(t.shapeId());
      if (end != null) {
        endOfTrip.put(t.id(), shapeRepair.unitUnknown().contains(t.shapeId()) ? ShapeDistances.End.UNKNOWN : end);
      }
    }
    b.stopTimes = rebuildStopTimes(st, stops, trips, endOfTrip);
    clearOverlappingBlocks(b);

    b.frequencies.addAll(repairFrequencies(trips));
    Map<String, Trip> tripsById = new HashMap<>();
    b.trips.forEach(t -> tripsById.put(t.id(), t));
    StopTimes keptTimes = b.stopTimes;
    b.transfers.addAll(filter("transfers.txt", feed.transfers(), FeedRepairer::transferKey,
        "(from_stop_id, to_stop_id, from/to route and trip)", (t, i) -> {
          String why = missingTransferReference(t, stops, routes, trips);
          if (why != null) {
            dropped("transfers.txt", i, null, why);
            return null;
          }
          TransferTrips.Problem p = TransferTrips.check(t, tripsById, stops, keptTimes);
          if (p != null) {
            dropped("transfers.txt", i, p.field(), p.message());
            return null;
          }
          return t;
        }));
    b.fareAttributes.addAll(filter("fare_attributes.txt", feed.fareAttributes(), FareAttribute::fareId, "fare_id",
        (f, i) -> {
          if (!blank(f.agencyId()) && !agencyIds.contains(f.agencyId())) {
            dropped("fare_attributes.txt", i, "agency_id", "agency_id '" + f.agencyId() + "' does not exist");
            return null;
          }
          if (blank(f.agencyId()) && agencyIds.size() > 1) {
            return fareWithAgency(f, i, b.routes);
          }
          return f;
        }));
    Set<String> fares = new HashSet<>();
    b.fareAttributes.forEach(f -> fares.add(f.fareId()));
    b.fareRules.addAll(filter("fare_rules.txt", feed.fareRules(), null, null, (r, i) -> {
      String why = !fares.contains(r.fareId()) ? "fare_id '" + r.fareId() + "' does not exist"
          : !blank(r.routeId()) && !routes.contains(r.routeId()) ? "route_id '" + r.routeId() + "' does not exist"
          : missingZone(r, zones);
      if (why != null) {
        dropped("fare_rules.txt", i, null, why);
        return null;
      }
      return r;
    }));
    b.networks.addAll(filter("networks.txt", feed.networks(), Network::id, "network_id", null));
    Set<String> networks = new HashSet<>();
    b.networks.forEach(n -> networks.add(n.id()));
    b.routeNetworks.addAll(filter("route_networks.txt", feed.routeNetworks(), RouteNetwork::routeId, "route_id",
        (rn, i) -> {
          if (!networks.contains(rn.networkId()) || !routes.contains(rn.routeId())) {
            dropped("route_networks.txt", i, null, !networks.contains(rn.networkId())
                ? "network_id '" + rn.networkId() + "' does not exist" : "route_id '" + rn.routeId()
                + "' does not exist");
            return null;
          }
          return rn;
        }));
    Map<String, Set<String>> ids = Map.of("agency", agencyIds, "stops", stops.keySet(), "routes", routes,
        "trips", trips, "stop_times", trips, "networks", networks);
    b.translations.addAll(filter("translations.txt", feed.translations(), null, null, (t, i) -> {
      Set<String> known = ids.get(t.tableName());
      if (known != null && !blank(t.recordId()) && !known.contains(t.recordId())) {
        dropped("translations.txt", i, "record_id", "record_id '" + t.recordId() + "' does not exist in "
            + t.tableName() + ".txt");
        return null;
      }
      return t;
    }));
    for (RawTable t : feed.otherFiles()) {
      b.otherFiles.add(t.fileName().equals("pathways.txt") ? repairPathways(t, stops.keySet()) : t);
    }
    return b.build();
  }

  /**
   * A fare without agency_id in a feed of several agencies: the agency of the routes its fare rules name, when they
   * all belong to one; otherwise it cannot be told whose fare it is, and it is dropped.
   */
  private FareAttribute fareWithAgency(FareAttribute f, int index, List<Route> routes) {
    Map<String, String> agencyOfRoute = new HashMap<>();
    routes.forEach(r -> agencyOfRoute.put(r.id(), r.agencyId()));
    Set<String> agencies = new java.util.TreeSet<>();
    for (FareRule r : feed.fareRules()) {
      if (f.fareId() != null && f.fareId().equals(r.fareId()) && !blank(r.routeId())
          && agencyOfRoute.get(r.routeId()) != null) {
        agencies.add(agencyOfRoute.get(r.routeId()));
      }
    }
    if (agencies.size() != 1) {
      dropped("fare_attributes.txt", index, "agency_id", "fare '" + f.fareId() + "': agency_id is required with"
          + " several agencies, and "
          + (agencies.isEmpty() ? "no fare rule names a route that would tell whose fare it is"
          : "its fare rules name routes of several agencies (" + String.join(", ", agencies) + ")"));
      return null;
    }
    String agency = agencies.iterator().next();
    mended("fare_attributes.txt", index, "agency_id", "fare '" + f.fareId() + "': agency_id was empty in a feed of"
        + " several agencies; set to '" + agency + "', the agency of every route its fare rules name");
    return new FareAttribute(f.fareId(), f.price(), f.currencyType(), f.paymentMethod(), f.transfers(), agency,
        f.transferDuration(), f.extras());
  }

  private List<Stop> repairStops(List<Stop> unique) {
    Map<String, Stop> byId = new HashMap<>();
    unique.forEach(s -> byId.put(s.id(), s));
    Set<String> levels = new HashSet<>();
    for (RawTable t : feed.otherFiles()) {
      int col = t.fileName().equals("levels.txt") ? t.header().indexOf("level_id") : -1;
      if (col >= 0) {
        t.rows().forEach(r -> levels.add(col < r.size() ? r.get(col) : ""));
      }
    }
    // Indexes here are into the de-duplicated list; map them back through the kept indexes for lines.
    int[] kept = keptIndexes.get("stops.txt");
    List<Stop> out = new ArrayList<>();
    List<Integer> keptAgain = new ArrayList<>();
    for (int i = 0; i < unique.size(); i++) {
      Stop s = unique.get(i);
      int original = kept == null ? i : kept[i];
      int type = s.locationTypeOrDefault();
      Stop parent = blank(s.parentStation()) ? null : byId.get(s.parentStation());
      int wanted = type == Stop.BOARDING_AREA ? Stop.STOP_OR_PLATFORM : Stop.STATION;
      boolean parentOk = parent != null && parent.locationTypeOrDefault() == wanted;
      String parentId = s.parentStation();
      if (type == Stop.STATION && !blank(parentId)) {
        mended("stops.txt", original, "parent_station", "a station cannot have a parent station; cleared");
        parentId = null;
      } else if (type != Stop.STATION && !blank(parentId) && !parentOk) {
        String why = parent == null ? "parent_station '" + parentId + "' does not exist"
            : "parent_station '" + parentId + "' has location_type " + parent.locationTypeOrDefault();
        if (type == Stop.STOP_OR_PLATFORM) {
          mended("stops.txt", original, "parent_station", why + "; cleared");
          parentId = null;
        } else {
          dropped("stops.txt", original, "parent_station", why);
          continue;
        }
      } else if (type > Stop.STATION && type <= Stop.BOARDING_AREA && blank(parentId)) {
        dropped("stops.txt", original, "parent_station", "location_type " + type + " needs a parent_station");
        continue;
      }
      String level = s.levelId();
      if (!blank(level) && !levels.contains(level)) {
        mended("stops.txt", original, "level_id", "level_id '" + level + "' does not exist in levels.txt; cleared");
        level = null;
      }
      String url = validOrCleared("stops.txt", original, "stop_url", s.url(), false);
      if (!java.util.Objects.equals(parentId, s.parentStation()) || !java.util.Objects.equals(level, s.levelId())
          || url != s.url()) {
        s = new Stop(s.id(), s.code(), s.name(), s.desc(), s.lat(), s.lon(), s.zoneId(), url, s.locationType(),
            parentId, s.timezone(), s.wheelchairBoarding(), level, s.platformCode(), s.extras());
      }
      out.add(s);
      keptAgain.add(original);
    }
    if (out.size() != feed.stops().size()) {
      keptIndexes.put("stops.txt", keptAgain.stream().mapToInt(Integer::intValue).toArray());
    }
    return out;
  }

  /**
   * Finds trips whose stop times cannot be used even after dropping rows at unknown stops: too few stops left,
   * repeated sequence numbers, untimed ends, times going backwards. Also records dropped rows.
   */
  private Map<String, String> inspectStopTimes(StopTimes st, Map<String, Stop> stops) {
    Map<String, String> broken = new HashMap<>();
    Set<String> knownTrips = new HashSet<>();
    feed.trips().forEach(t -> knownTrips.add(t.id()));
    Map<String, int[]> unknownStops = new TreeMap<>();
    for (int ti = 0; ti < st.tripIds().size(); ti++) {
      String tripId = st.tripIds().get(ti);
      int first = st.firstRowOfTrip(ti);
      int n = st.rowCountOfTrip(ti);
      if (!knownTrips.contains(tripId)) {
        repairs.add(new Repair(feedId, "stop_times.txt", st.line(first), "trip_id", "dropped",
            n + " rows of trip '" + tripId + "', which is not in trips.txt"));
        continue;
      }
      List<Integer> rows = new ArrayList<>();
      for (int r = first; r < first + n; r++) {
        Stop s = stops.get(st.stopId(r));
        if (s == null || !s.isBoardable()) {
          int line = st.line(r);
          int[] c = unknownStops.computeIfAbsent(st.stopId(r), k -> new int[] {0, line});
          c[0]++;
          continue;
        }
        rows.add(r);
      }
      String why = null;
      if (rows.size() < 2) {
        why = rows.isEmpty() ? "none of its stops exist" : "fewer than two usable stops";
      }
      int prevTime = -1;
      for (int k = 0; k < rows.size() && why == null; k++) {
        int r = rows.get(k);
        int arr = st.arrival(r);
        int dep = st.departure(r);
        if (k > 0 && st.sequence(r) == st.sequence(rows.get(k - 1))) {
          why = "stop_sequence " + st.sequence(r) + " is used twice (line " + st.line(r) + ")";
        } else if ((k == 0 || k == rows.size() - 1) && arr == StopTimes.MISSING && dep == StopTimes.MISSING) {
          why = (k == 0 ? "first" : "last") + " stop has no time (line " + st.line(r) + ")";
        } else if (arr != StopTimes.MISSING && dep != StopTimes.MISSING && dep < arr) {
          why = "departs before it arrives (line " + st.line(r) + ")";
        } else {
          int here = arr != StopTimes.MISSING ? arr : dep;
          if (here != StopTimes.MISSING) {
            if (here < prevTime) {
              why = "times go backwards: " + GtfsTime.format(here) + " after " + GtfsTime.format(prevTime)
                  + " (line " + st.line(r) + ")";
            }
            prevTime = dep != StopTimes.MISSING ? dep : arr;
          }
        }
      }
      if (why != null) {
        broken.put(tripId, why);
      }
    }
    unknownStops.forEach((stopId, c) -> repairs.add(new Repair(feedId, "stop_times.txt", c[1], "stop_id", "dropped",
        c[0] + " stop times at stop '" + stopId + "', which " + (stops.containsKey(stopId)
            ? "is not a boardable stop (location_type " + stops.get(stopId).locationTypeOrDefault() + ")"
            : "is not in stops.txt"))));
    return broken;
  }

  private StopTimes rebuildStopTimes(StopTimes st, Map<String, Stop> stops, Set<String> trips,
                                     Map<String, ShapeDistances.End> endOfTrip) {
    StopTimes.Builder out = new StopTimes.Builder().ensureCapacity(st.size());
    StopTimesCopy copier = new StopTimesCopy(st);
    for (int ti = 0; ti < st.tripIds().size(); ti++) {
      String tripId = st.tripIds().get(ti);
      if (!trips.contains(tripId)) {
        continue;
      }
      int first = st.firstRowOfTrip(ti);
      int n = st.rowCountOfTrip(ti);
      boolean clearDistances = false;
      double prev = Double.NaN;
      for (int r = first; r < first + n; r++) {
        double d = st.shapeDistTraveled(r);
        Stop s = stops.get(st.stopId(r));
        if (s == null || !s.isBoardable() || Double.isNaN(d)) {
          continue;
        }
        if (!Double.isNaN(prev) && d <= prev) {
          clearDistances = true;
          repairs.add(new Repair(feedId, "stop_times.txt", st.line(r), "shape_dist_traveled", "mended",
              "shape_dist_traveled " + (d == prev ? "stays the same" : "decreases") + " along trip '" + tripId
                  + "'; cleared for the whole trip (readers measure along the shape instead)"));
          break;
        }
        prev = d;
      }
      ShapeDistances.End end = endOfTrip.get(tripId);
      int lastRow = lastBoardableRow(st, first, n, stops);
      if (!clearDistances && end != null && lastRow >= 0 && !Double.isNaN(st.shapeDistTraveled(lastRow))) {
        String why = end.excess(st.shapeDistTraveled(lastRow), stops.get(st.stopId(lastRow)));
        if (why != null) {
          clearDistances = true;
          repairs.add(new Repair(feedId, "stop_times.txt", st.line(first), "shape_dist_traveled", "mended",
              "trip '" + tripId + "' " + why + "; its shape_dist_traveled cleared for the whole trip"));
        }
      }
      for (int r = first; r < first + n; r++) {
        Stop s = stops.get(st.stopId(r));
        if (s == null || !s.isBoardable()) {
          continue;
        }
        int arr = st.arrival(r);
        int dep = st.departure(r);
        if ((arr == StopTimes.MISSING) != (dep == StopTimes.MISSING)) {
          repairs.add(new Repair(feedId, "stop_times.txt", st.line(r),
              arr == StopTimes.MISSING ? "arrival_time" : "departure_time", "mended",
              "only one of arrival_time and departure_time was set; the other now equals it"));
          arr = arr == StopTimes.MISSING ? dep : arr;
          dep = dep == StopTimes.MISSING ? arr : dep;
        }
        int timepoint = st.timepoint(r);
        if (timepoint == 1 && arr == StopTimes.MISSING) {
          repairs.add(new Repair(feedId, "stop_times.txt", st.line(r), "timepoint", "mended",
              "timepoint=1 at a stop of trip '" + tripId + "' without times; set to 0 (its time is interpolated)"));
          timepoint = 0;
        }
        int row = copier.copy(r, out, tripId, st.stopId(r), arr, dep,
            clearDistances ? Double.NaN : st.shapeDistTraveled(r), timepoint);
        out.setLine(row, st.line(r));
      }
    }
    return out.build();
  }

  /**
   * A trip that starts before an earlier trip of its vehicle block ends, on a common date, cannot be run by that
   * vehicle: its block_id is cleared (the block's other trips keep theirs).
   */
  private void clearOverlappingBlocks(FeedBuilder b) {
    Feed sofar = b.build();
    int[] kept = keptIndexes.get("trips.txt");
    for (BlockOverlaps.Overlap o : BlockOverlaps.find(sofar)) {
      Trip t = b.trips.get(o.trip());
      mended("trips.txt", kept == null ? o.trip() : kept[o.trip()], "block_id",
          BlockOverlaps.describe(sofar, o) + "; block_id cleared");
      b.trips.set(o.trip(), new Trip(t.routeId(), t.serviceId(), t.id(), t.headsign(), t.shortName(),
          t.directionId(), null, t.shapeId(), t.wheelchairAccessible(), t.bikesAllowed(), t.extras()));
    }
  }

  /** The last row of a trip that survives the repair (its stop exists and is boardable), or -1. */
  private static int lastBoardableRow(StopTimes st, int first, int n, Map<String, Stop> stops) {
    for (int r = first + n - 1; r >= first; r--) {
      Stop s = stops.get(st.stopId(r));
      if (s != null && s.isBoardable()) {
        return r;
      }
    }
    return -1;
  }

  private List<Frequency> repairFrequencies(Set<String> trips) {
    Map<String, Integer> lastEnd = new HashMap<>();
    List<Integer> order = new ArrayList<>();
    List<Frequency> all = feed.frequencies();
    for (int i = 0; i < all.size(); i++) {
      order.add(i);
    }
    // Overlaps are judged in start-time order per trip; output keeps file order.
    order.sort(java.util.Comparator.comparing((Integer i) -> all.get(i).tripId(),
        java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
        .thenComparingInt(i -> all.get(i).startTime()).thenComparingInt(i -> i));
    Set<Integer> drop = new HashSet<>();
    for (int i : order) {
      Frequency f = all.get(i);
      if (!trips.contains(f.tripId())) {
        dropped("frequencies.txt", i, "trip_id", "trip '" + f.tripId() + "' does not exist or was dropped");
        drop.add(i);
      } else if (f.startTime() < 0 || f.endTime() <= f.startTime() || f.headwaySecs() <= 0) {
        dropped("frequencies.txt", i, "end_time", "the window is empty or its headway is not positive");
        drop.add(i);
      } else {
        Integer end = lastEnd.get(f.tripId());
        if (end != null && f.startTime() < end) {
          dropped("frequencies.txt", i, "start_time", "overlaps an earlier window of trip '" + f.tripId() + "'");
          drop.add(i);
        } else {
          lastEnd.put(f.tripId(), f.endTime());
        }
      }
    }
    return filter("frequencies.txt", all, null, null, (f, i) -> drop.contains(i) ? null : f);
  }

  private static String transferKey(Transfer t) {
    return t.fromStopId() + "|" + t.toStopId() + "|" + t.fromRouteId() + "|" + t.toRouteId() + "|"
        + t.fromTripId() + "|" + t.toTripId();
  }

  private static String missingTransferReference(Transfer t, Map<String, Stop> stops, Set<String> routes,
                                                 Set<String> trips) {
    for (String stop : new String[] {t.fromStopId(), t.toStopId()}) {
      if (!blank(stop)) {
        Stop s = stops.get(stop);
        if (s == null) {
          return "stop '" + stop + "' does not exist";
        }
        if (s.locationTypeOrDefault() > Stop.STATION) {
          return "stop '" + stop + "' is neither a stop nor a station";
        }
      }
    }
    for (String route : new String[] {t.fromRouteId(), t.toRouteId()}) {
      if (!blank(route) && !routes.contains(route)) {
        return "route '" + route + "' does not exist";
      }
    }
    for (String trip : new String[] {t.fromTripId(), t.toTripId()}) {
      if (!blank(trip) && !trips.contains(trip)) {
        return "trip '" + trip + "' does not exist or was dropped";
      }
    }
    if (t.transferType() <= Transfer.NOT_POSSIBLE && (blank(t.fromStopId()) || blank(t.toStopId()))) {
      return "transfer_type " + t.transferType() + " needs from_stop_id and to_stop_id";
    }
    return null;
  }

  private static String missingZone(FareRule r, Set<String> zones) {
    for (String z : new String[] {r.originId(), r.destinationId(), r.containsId()}) {
      if (!blank(z) && !zones.contains(z)) {
        return "zone '" + z + "' is the zone_id of no stop";
      }
    }
    return null;
  }

  private RawTable repairPathways(RawTable t, Set<String> stops) {
    int from = t.header().indexOf("from_stop_id");
    int to = t.header().indexOf("to_stop_id");
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < t.rows().size(); i++) {
      List<String> row = t.rows().get(i);
      String a = from >= 0 && from < row.size() ? row.get(from) : "";
      String b = to >= 0 && to < row.size() ? row.get(to) : "";
      if (!stops.contains(a) || !stops.contains(b)) {
        dropped("pathways.txt", i, null, "pathway between '" + a + "' and '" + b + "' names a missing stop");
        continue;
      }
      rows.add(row);
    }
    return new RawTable(t.fileName(), t.header(), rows);
  }
}
