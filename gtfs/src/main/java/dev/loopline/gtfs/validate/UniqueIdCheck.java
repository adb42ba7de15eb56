package dev.loopline.gtfs.validate;

import static dev.loopline.gtfs.validate.ValidationContext.AGENCY;
import static dev.loopline.gtfs.validate.ValidationContext.CALENDAR;
import static dev.loopline.gtfs.validate.ValidationContext.CALENDAR_DATES;
import static dev.loopline.gtfs.validate.ValidationContext.FARE_ATTRIBUTES;
import static dev.loopline.gtfs.validate.ValidationContext.FREQUENCIES;
import static dev.loopline.gtfs.validate.ValidationContext.NETWORKS;
import static dev.loopline.gtfs.validate.ValidationContext.ROUTES;
import static dev.loopline.gtfs.validate.ValidationContext.ROUTE_NETWORKS;
import static dev.loopline.gtfs.validate.ValidationContext.SHAPES;
import static dev.loopline.gtfs.validate.ValidationContext.STOPS;
import static dev.loopline.gtfs.validate.ValidationContext.STOP_TIMES;
import static dev.loopline.gtfs.validate.ValidationContext.TRANSFERS;
import static dev.loopline.gtfs.validate.ValidationContext.TRIPS;

import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Transfer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every primary key appears once. A duplicated id makes references ambiguous (which stop does a stop time mean?),
 * so each repeat is an ERROR pointing at the repeated row and naming the line of the first one.
 */
final class UniqueIdCheck {
  private UniqueIdCheck() {}

  static void run(ValidationContext ctx) {
    var feed = ctx.feed;
    unique(ctx, AGENCY, "agency_id", feed.agencies(), a -> a.id());
    unique(ctx, STOPS, "stop_id", feed.stops(), s -> s.id());
    unique(ctx, ROUTES, "route_id", feed.routes(), r -> r.id());
    unique(ctx, TRIPS, "trip_id", feed.trips(), t -> t.id());
    unique(ctx, CALENDAR, "service_id", feed.calendars(), c -> c.serviceId());
    unique(ctx, CALENDAR_DATES, "date", feed.calendarDates(),
        d -> d.serviceId() == null || d.date() == null ? null : d.serviceId() + " on " + d.date());
    unique(ctx, SHAPES, "shape_pt_sequence", feed.shapePoints(),
        p -> p.shapeId() == null ? null : p.shapeId() + " point " + p.sequence());
    unique(ctx, FREQUENCIES, "start_time", feed.frequencies(),
        f -> f.tripId() == null ? null : f.tripId() + " from " + f.startTime());
    unique(ctx, TRANSFERS, "from_stop_id", feed.transfers(), UniqueIdCheck::transferKey);
    unique(ctx, FARE_ATTRIBUTES, "fare_id", feed.fareAttributes(), f -> f.fareId());
    unique(ctx, NETWORKS, "network_id", feed.networks(), n -> n.id());
    unique(ctx, ROUTE_NETWORKS, "route_id", feed.routeNetworks(), r -> r.routeId());
    stopTimes(ctx);
  }

  /** The key MobilityData and consumers use for transfers: the stop pair plus the optional route and trip scope. */
  static String transferKey(Transfer t) {
    return String.join("|", Arrays.asList(t.fromStopId(), t.toStopId(), t.fromRouteId(), t.toRouteId(),
        t.fromTripId(), t.toTripId()).stream().map(s -> s == null ? "" : s).toList());
  }

  private static <T> void unique(ValidationContext ctx, String file, String field, List<T> rows,
                                 Function<T, String> key) {
    Map<String, Integer> first = new HashMap<>(rows.size() * 2);
    for (int i = 0; i < rows.size(); i++) {
      String k = key.apply(rows.get(i));
      if (k == null || k.isEmpty()) {
        continue;
      }
      Integer prev = first.putIfAbsent(k, i);
      if (prev != null) {
        long firstLine = ctx.line(file, prev);
        ctx.error("duplicate_key", file, ctx.line(file, i), field,
            "duplicate " + field + " '" + k + "'" + (firstLine > 0 ? " (first on line " + firstLine + ")" : ""));
      }
    }
  }

  private static void stopTimes(ValidationContext ctx) {
    StopTimes st = ctx.feed.stopTimes();
    for (int row = 1; row < st.size(); row++) {
      if (st.tripIndex(row) == st.tripIndex(row - 1) && st.sequence(row) == st.sequence(row - 1)) {
        ctx.error("duplicate_key", STOP_TIMES, st.line(row), "stop_sequence",
            "trip '" + st.tripId(row) + "' has stop_sequence " + st.sequence(row) + " twice"
                + (st.line(row - 1) > 0 ? " (also on line " + st.line(row - 1) + ")" : ""));
      }
    }
  }
}
