package dev.loopline.gtfs.validate;

import static dev.loopline.gtfs.validate.ValidationContext.FARE_ATTRIBUTES;
import static dev.loopline.gtfs.validate.ValidationContext.FARE_RULES;
import static dev.loopline.gtfs.validate.ValidationContext.FREQUENCIES;
import static dev.loopline.gtfs.validate.ValidationContext.ROUTES;
import static dev.loopline.gtfs.validate.ValidationContext.ROUTE_NETWORKS;
import static dev.loopline.gtfs.validate.ValidationContext.STOPS;
import static dev.loopline.gtfs.validate.ValidationContext.STOP_TIMES;
import static dev.loopline.gtfs.validate.ValidationContext.TRANSFERS;
import static dev.loopline.gtfs.validate.ValidationContext.TRANSLATIONS;
import static dev.loopline.gtfs.validate.ValidationContext.TRIPS;
import static dev.loopline.gtfs.validate.ValidationContext.blank;

import dev.loopline.gtfs.model.FareAttribute;
import dev.loopline.gtfs.model.FareRule;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.Frequency;
import dev.loopline.gtfs.model.RawTable;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Transfer;
import dev.loopline.gtfs.model.Translation;
import dev.loopline.gtfs.model.Trip;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every reference points at something that exists and is of the right kind: a trip's route, service and shape;
 * a stop time's trip and stop; a route's agency; a stop's parent; the stops, routes and trips of transfers,
 * frequencies and fare rules; the records translations talk about. A dangling reference is an ERROR: consumers
 * either drop the row or crash.
 */
final class ReferenceCheck {
  private ReferenceCheck() {}

  static void run(ValidationContext ctx) {
    trips(ctx);
    stopTimes(ctx);
    routes(ctx);
    stops(ctx);
    frequencies(ctx);
    transfers(ctx);
    fares(ctx);
    networks(ctx);
    translations(ctx);
  }

  private static void missing(ValidationContext ctx, String file, long line, String field, String value,
                              String target) {
    ctx.error("foreign_key_violation", file, line, field,
        field + " '" + value + "' does not exist in " + target);
  }

  private static void trips(ValidationContext ctx) {
    List<Trip> trips = ctx.feed.trips();
    for (int i = 0; i < trips.size(); i++) {
      Trip t = trips.get(i);
      long line = ctx.line(TRIPS, i);
      if (!blank(t.routeId()) && !ctx.routeIds.contains(t.routeId())) {
        missing(ctx, TRIPS, line, "route_id", t.routeId(), ROUTES);
      }
      if (!blank(t.serviceId()) && !ctx.serviceIds.contains(t.serviceId())) {
        missing(ctx, TRIPS, line, "service_id", t.serviceId(), "calendar.txt or calendar_dates.txt");
      }
      if (!blank(t.shapeId()) && !ctx.shapeIds.contains(t.shapeId())) {
        missing(ctx, TRIPS, line, "shape_id", t.shapeId(), "shapes.txt");
      }
    }
  }

  /** One notice per missing trip or stop (at its first row, with the row count), not one per row. */
  private static void stopTimes(ValidationContext ctx) {
    StopTimes st = ctx.feed.stopTimes();
    for (int ti = 0; ti < st.tripIds().size(); ti++) {
      String tripId = st.tripIds().get(ti);
      if (!blank(tripId) && !ctx.tripIds.contains(tripId)) {
        int first = st.firstRowOfTrip(ti);
        ctx.error("foreign_key_violation", STOP_TIMES, st.line(first), "trip_id",
            "trip_id '" + tripId + "' (" + st.rowCountOfTrip(ti) + " rows) does not exist in trips.txt");
      }
    }
    int stopCount = st.stopIds().size();
    int[] firstRow = new int[stopCount];
    int[] rows = new int[stopCount];
    java.util.Arrays.fill(firstRow, -1);
    for (int row = 0; row < st.size(); row++) {
      int s = st.stopIndex(row);
      rows[s]++;
      if (firstRow[s] < 0 || st.line(row) < st.line(firstRow[s])) {
        firstRow[s] = row;
      }
    }
    for (int s = 0; s < stopCount; s++) {
      String stopId = st.stopIds().get(s);
      if (blank(stopId) || firstRow[s] < 0) {
        continue;
      }
      Stop stop = ctx.stops.get(stopId);
      long line = st.line(firstRow[s]);
      if (stop == null) {
        ctx.error("foreign_key_violation", STOP_TIMES, line, "stop_id",
            "stop_id '" + stopId + "' (" + rows[s] + " rows) does not exist in stops.txt");
      } else if (!stop.isBoardable()) {
        ctx.error("location_with_unexpected_stop_time", STOP_TIMES, line, "stop_id",
            "stop_id '" + stopId + "' has location_type " + stop.locationTypeOrDefault()
                + "; only stops and platforms (location_type 0) can have stop times");
      }
    }
  }

  private static void routes(ValidationContext ctx) {
    List<Route> routes = ctx.feed.routes();
    for (int i = 0; i < routes.size(); i++) {
      Route r = routes.get(i);
      if (!blank(r.agencyId()) && !ctx.agencyIds.contains(r.agencyId())) {
        missing(ctx, ROUTES, ctx.line(ROUTES, i), "agency_id", r.agencyId(), "agency.txt");
      }
    }
  }

  private static void stops(ValidationContext ctx) {
    List<Stop> stops = ctx.feed.stops();
    for (int i = 0; i < stops.size(); i++) {
      Stop s = stops.get(i);
      long line = ctx.line(STOPS, i);
      int type = s.locationTypeOrDefault();
      String parentId = s.parentStation();
      if (!blank(s.levelId()) && !ctx.levelIds.contains(s.levelId())) {
        missing(ctx, STOPS, line, "level_id", s.levelId(), "levels.txt");
      }
      if (type == Stop.STATION) {
        if (!blank(parentId)) {
          ctx.error("station_with_parent_station", STOPS, line, "parent_station",
              "station '" + s.id() + "' must not have a parent_station");
        }
        continue;
      }
      if (blank(parentId)) {
        if (type == Stop.ENTRANCE || type == Stop.GENERIC_NODE || type == Stop.BOARDING_AREA) {
          ctx.error("location_without_parent_station", STOPS, line, "parent_station",
              "location_type " + type + " requires a parent_station");
        }
        continue;
      }
      Stop parent = ctx.stops.get(parentId);
      if (parent == null) {
        missing(ctx, STOPS, line, "parent_station", parentId, STOPS);
        continue;
      }
      int expected = type == Stop.BOARDING_AREA ? Stop.STOP_OR_PLATFORM : Stop.STATION;
      if (parent.locationTypeOrDefault() != expected) {
        ctx.error("wrong_parent_location_type", STOPS, line, "parent_station",
            "parent_station '" + parentId + "' has location_type " + parent.locationTypeOrDefault()
                + " but a location of type " + type + " needs a parent of type " + expected);
      }
    }
  }

  private static void frequencies(ValidationContext ctx) {
    List<Frequency> frequencies = ctx.feed.frequencies();
    for (int i = 0; i < frequencies.size(); i++) {
      Frequency f = frequencies.get(i);
      if (!blank(f.tripId()) && !ctx.tripIds.contains(f.tripId())) {
        missing(ctx, FREQUENCIES, ctx.line(FREQUENCIES, i), "trip_id", f.tripId(), TRIPS);
      }
    }
  }

  private static void transfers(ValidationContext ctx) {
    List<Transfer> transfers = ctx.feed.transfers();
    Map<String, Trip> trips = new HashMap<>();
    ctx.feed.trips().forEach(t -> trips.putIfAbsent(t.id(), t));
    for (int i = 0; i < transfers.size(); i++) {
      Transfer t = transfers.get(i);
      long line = ctx.line(TRANSFERS, i);
      TransferTrips.Problem p = TransferTrips.check(t, trips, ctx.stops, ctx.feed.stopTimes());
      if (p != null) {
        ctx.error(p.code(), TRANSFERS, line, p.field(), p.message());
      }
      transferStop(ctx, line, "from_stop_id", t.fromStopId());
      transferStop(ctx, line, "to_stop_id", t.toStopId());
      if (!blank(t.fromRouteId()) && !ctx.routeIds.contains(t.fromRouteId())) {
        missing(ctx, TRANSFERS, line, "from_route_id", t.fromRouteId(), ROUTES);
      }
      if (!blank(t.toRouteId()) && !ctx.routeIds.contains(t.toRouteId())) {
        missing(ctx, TRANSFERS, line, "to_route_id", t.toRouteId(), ROUTES);
      }
      if (!blank(t.fromTripId()) && !ctx.tripIds.contains(t.fromTripId())) {
        missing(ctx, TRANSFERS, line, "from_trip_id", t.fromTripId(), TRIPS);
      }
      if (!blank(t.toTripId()) && !ctx.tripIds.contains(t.toTripId())) {
        missing(ctx, TRANSFERS, line, "to_trip_id", t.toTripId(), TRIPS);
      }
    }
  }

  private static void transferStop(ValidationContext ctx, long line, String field, String stopId) {
    if (blank(stopId)) {
      return;
    }
    Stop stop = ctx.stops.get(stopId);
    if (stop == null) {
      missing(ctx, TRANSFERS, line, field, stopId, STOPS);
    } else if (stop.locationTypeOrDefault() > Stop.STATION) {
      ctx.error("transfer_with_invalid_stop_location_type", TRANSFERS, line, field,
          field + " '" + stopId + "' has location_type " + stop.locationTypeOrDefault()
              + "; transfers connect stops (0) or stations (1)");
    }
  }

  private static void fares(ValidationContext ctx) {
    Feed feed = ctx.feed;
    List<FareAttribute> fares = feed.fareAttributes();
    for (int i = 0; i < fares.size(); i++) {
      FareAttribute f = fares.get(i);
      if (!blank(f.agencyId()) && !ctx.agencyIds.contains(f.agencyId())) {
        missing(ctx, FARE_ATTRIBUTES, ctx.line(FARE_ATTRIBUTES, i), "agency_id", f.agencyId(), "agency.txt");
      }
    }
    List<FareRule> rules = feed.fareRules();
    for (int i = 0; i < rules.size(); i++) {
      FareRule r = rules.get(i);
      long line = ctx.line(FARE_RULES, i);
      if (!blank(r.fareId()) && !ctx.fareIds.contains(r.fareId())) {
        missing(ctx, FARE_RULES, line, "fare_id", r.fareId(), FARE_ATTRIBUTES);
      }
      if (!blank(r.routeId()) && !ctx.routeIds.contains(r.routeId())) {
        missing(ctx, FARE_RULES, line, "route_id", r.routeId(), ROUTES);
      }
      zone(ctx, line, "origin_id", r.originId());
      zone(ctx, line, "destination_id", r.destinationId());
      zone(ctx, line, "contains_id", r.containsId());
    }
  }

  private static void zone(ValidationContext ctx, long line, String field, String zoneId) {
    if (!blank(zoneId) && !ctx.zoneIds.contains(zoneId)) {
      ctx.error("foreign_key_violation", FARE_RULES, line, field,
          field + " '" + zoneId + "' is not the zone_id of any stop in stops.txt");
    }
  }

  private static void networks(ValidationContext ctx) {
    Feed feed = ctx.feed;
    var routeNetworks = feed.routeNetworks();
    for (int i = 0; i < routeNetworks.size(); i++) {
      var rn = routeNetworks.get(i);
      long line = ctx.line(ROUTE_NETWORKS, i);
      if (!blank(rn.networkId()) && !ctx.networkIds.contains(rn.networkId())) {
        missing(ctx, ROUTE_NETWORKS, line, "network_id", rn.networkId(), "networks.txt");
      }
      if (!blank(rn.routeId()) && !ctx.routeIds.contains(rn.routeId())) {
        missing(ctx, ROUTE_NETWORKS, line, "route_id", rn.routeId(), ROUTES);
      }
    }
    if (!routeNetworks.isEmpty()) {
      List<Route> routes = feed.routes();
      for (int i = 0; i < routes.size(); i++) {
        if (!blank(routes.get(i).networkId())) {
          ctx.error("route_networks_specified_in_more_than_one_file", ROUTES, ctx.line(ROUTES, i), "network_id",
              "routes.txt network_id and route_networks.txt must not both be used");
          break;
        }
      }
    }
  }

  private static final Map<String, String> TRANSLATABLE_TABLES = Map.of(
      "agency", "agency_id", "stops", "stop_id", "routes", "route_id", "trips", "trip_id",
      "stop_times", "trip_id", "feed_info", "", "pathways", "pathway_id", "levels", "level_id",
      "attributions", "attribution_id", "networks", "network_id");

  private static void translations(ValidationContext ctx) {
    List<Translation> translations = ctx.feed.translations();
    Set<String> pathwayIds = rawIds(ctx.feed, "pathways.txt", "pathway_id");
    Set<String> attributionIds = rawIds(ctx.feed, "attributions.txt", "attribution_id");
    for (int i = 0; i < translations.size(); i++) {
      Translation t = translations.get(i);
      long line = ctx.line(TRANSLATIONS, i);
      if (blank(t.tableName())) {
        continue;
      }
      if (!TRANSLATABLE_TABLES.containsKey(t.tableName())) {
        ctx.warning("translation_unknown_table_name", TRANSLATIONS, line, "table_name",
            "table_name '" + t.tableName() + "' is not a table translations can refer to");
        continue;
      }
      if (blank(t.recordId())) {
        continue;
      }
      Set<String> ids = switch (t.tableName()) {
        case "agency" -> ctx.agencyIds;
        case "stops" -> ctx.stops.keySet();
        case "routes" -> ctx.routeIds;
        case "trips", "stop_times" -> ctx.tripIds;
        case "levels" -> ctx.levelIds;
        case "networks" -> ctx.networkIds;
        case "pathways" -> pathwayIds;
        case "attributions" -> attributionIds;
        default -> null;
      };
      if (ids != null && !ids.contains(t.recordId())) {
        ctx.error("translation_foreign_key_violation", TRANSLATIONS, line, "record_id",
            "record_id '" + t.recordId() + "' does not exist in " + t.tableName() + ".txt");
      }
    }
  }

  private static Set<String> rawIds(Feed feed, String file, String column) {
    Set<String> ids = new HashSet<>();
    for (RawTable t : feed.otherFiles()) {
      if (t.fileName().equals(file)) {
        int col = t.header().indexOf(column);
        if (col >= 0) {
          for (List<String> row : t.rows()) {
            if (col < row.size()) {
              ids.add(row.get(col));
            }
          }
        }
      }
    }
    return ids;
  }
}
