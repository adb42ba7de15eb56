package dev.loopline.planner.proposal;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedBuilder;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.RouteNetwork;
import dev.loopline.gtfs.model.ServiceCalendar;
import dev.loopline.gtfs.model.FareAttribute;
import dev.loopline.gtfs.model.FareRule;
import dev.loopline.gtfs.model.FeedInfo;
import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Translation;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.osm.LatLon;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes simulated lines into a copy of the unified feed: new stops, one bus route per line under the operator's
 * agency and the unified network (route_networks.txt), a calendar for its service days, one trip per departure and
 * direction with stop_times and its vehicle block (block_id, from the line's {@link LineSchedule}), and a shape per
 * direction. Every id the line adds is namespaced by the proposal id
 * ({@code SC-L1:line}, {@code SC-L1:stop-1}, {@code SC-L1:0-063000}), so proposals never clash with each other or
 * with the feed. The baseline feed object is not modified (feeds are immutable); the scenario is a new feed.
 */
public final class ScenarioBuilder {
  private ScenarioBuilder() {}

  /** Ids a line adds to the feed. */
  public static String routeId(String proposalId) {
    return proposalId + ":line";
  }

  public static String serviceId(String proposalId) {
    return proposalId + ":service";
  }

  public static String shapeId(String proposalId, int direction) {
    return proposalId + ":shape-" + direction;
  }

  /** The vehicle block (GTFS block_id) of the line's {@code block}-th bus (0-based), numbered from 1. */
  public static String blockId(String proposalId, int block) {
    return String.format(java.util.Locale.ROOT, "%s:block-%02d", proposalId, block + 1);
  }

  public static String tripId(String proposalId, int direction, int departureSeconds) {
    return String.format(java.util.Locale.ROOT, "%s:%d-%02d%02d%02d", proposalId, direction,
        departureSeconds / 3600, (departureSeconds / 60) % 60, departureSeconds % 60);
  }

  /**
   * The baseline plus the lines.
   *
   * @param serviceDate a date the calendar must cover even when the feed's own calendars do not (the evaluation
   *     date)
   */
  public static Feed build(Feed baseline, List<SimulatedLine> lines, LocalDate serviceDate) {
    return build(baseline, lines, List.of(), Set.of(), List.of(), serviceDate);
  }

  /**
   * The baseline with existing routes changed or withdrawn, plus the lines. A withdrawn route leaves with its trips,
   * stop_times, shapes no other trip uses, frequencies, and the rows that name it (route_networks, fare_rules,
   * translations, transfers); its stops stay (they are places, and other routes may serve them). A rewritten route
   * keeps its routes.txt row and gets the rewrite's trips instead of its own; transfers and translations naming its
   * old trips leave with them.
   *
   * @param rewrites existing routes with new trips
   * @param withdrawn route ids that no longer run
   * @param addedStops new stops the rewrites serve
   */
  public static Feed build(Feed baseline, List<SimulatedLine> lines, List<RouteRewrite> rewrites,
                           Set<String> withdrawnRoutes, List<PlacedStop> addedStops, LocalDate serviceDate) {
    Set<String> withdrawn = new java.util.HashSet<>(withdrawnRoutes); // null-tolerant look-ups
    FeedBuilder b = baseline.toBuilder();
    LocalDate[] range = calendarRange(baseline, serviceDate);
    String networkId = unifiedNetwork(baseline);
    boolean translate = baseline.feedInfo() != null;
    String currency = baseline.fareAttributes().stream().map(FareAttribute::currencyType).findFirst().orElse("CNY");
    boolean severalAgencies = baseline.agencies().size() > 1;
    // New stop_times rows by trip id, merged into the baseline's (sorted) rows in trip-id order below, so the
    // builder receives sorted input and need not sort the whole table again.
    java.util.TreeMap<String, List<Row>> newRows = new java.util.TreeMap<>();
    Set<String> removedRoutes = new java.util.HashSet<>(withdrawn);
    rewrites.forEach(r -> removedRoutes.add(r.routeId()));
    Set<String> removedTrips = new java.util.HashSet<>();
    Set<String> freedShapes = new java.util.HashSet<>();
    for (Trip t : baseline.trips()) {
      if (removedRoutes.contains(t.routeId())) {
        removedTrips.add(t.id());
        if (t.shapeId() != null) {
          freedShapes.add(t.shapeId());
        }
      }
    }
    if (!removedRoutes.isEmpty()) {
      b.trips.removeIf(t -> removedTrips.contains(t.id()));
      b.frequencies.removeIf(f -> removedTrips.contains(f.tripId()));
      b.transfers.removeIf(t -> removedTrips.contains(t.fromTripId()) || removedTrips.contains(t.toTripId())
          || withdrawn.contains(t.fromRouteId()) || withdrawn.contains(t.toRouteId()));
      b.translations.removeIf(t -> ("trips".equals(t.tableName()) && removedTrips.contains(t.recordId()))
          || ("routes".equals(t.tableName()) && withdrawn.contains(t.recordId())));
      b.fareRules.removeIf(f -> withdrawn.contains(f.routeId()));
      b.routes.removeIf(r -> withdrawn.contains(r.id()));
      b.routeNetworks.removeIf(rn -> withdrawn.contains(rn.routeId()));
    }
    for (PlacedStop s : addedStops) {
      b.stops.add(new Stop(s.stopId(), null, s.name(), null, s.lat(), s.lon(), null, null, 0, null, null, null,
          null, null, Map.of()));
      if (translate && s.nameEn() != null) {
        b.translations.add(new Translation("stops", "stop_name", "en", s.nameEn(), s.stopId(), null, null, Map.of()));
      }
    }
    for (RouteRewrite r : rewrites) {
      Map<String, Double> shapeEnds = new HashMap<>();
      r.shapes().forEach((id, points) -> shapeEnds.put(id, addShape(b, id, points)));
      for (RouteRewrite.TripTimes t : r.trips()) {
        b.trips.add(t.trip());
        List<Row> rows = new java.util.ArrayList<>(t.stopIds().size());
        Double end = shapeEnds.get(t.trip().shapeId());
        for (int i = 0; i < t.stopIds().size(); i++) {
          rows.add(new Row(t.arrivals()[i], t.departures()[i], t.stopIds().get(i), i + 1,
              t.distances() == null || end == null ? Double.NaN : alongShape(t.distances(), i, end)));
        }
        newRows.put(t.trip().id(), rows);
      }
    }
    if (!freedShapes.isEmpty()) {
      Set<String> used = new java.util.HashSet<>();
      b.trips.forEach(t -> used.add(t.shapeId()));
      b.shapePoints.removeIf(p -> freedShapes.contains(p.shapeId()) && !used.contains(p.shapeId()));
    }
    Map<String, Boolean> added = new HashMap<>();
    for (SimulatedLine line : lines) {
      Proposal p = line.proposal();
      String id = p.id();
      for (PlacedStop s : line.resolved().newStops()) {
        if (added.putIfAbsent(s.stopId(), true) == null) {
          b.stops.add(new Stop(s.stopId(), null, s.name(), null, s.lat(), s.lon(), null, null, 0, null, null, null,
              null, null, Map.of()));
          if (translate && s.nameEn() != null) {
            b.translations.add(new Translation("stops", "stop_name", "en", s.nameEn(), s.stopId(), null, null,
                Map.of()));
          }
        }
      }
      String routeId = routeId(id);
      String[] colours = RouteColours.of(id);
      b.routes.add(new Route(routeId, line.resolved().agencyId(), id, p.name(), null, Route.BUS, null, colours[0],
          colours[1], null, null, null, null, Map.of()));
      if (p.fare() > 0) {
        // The proposal's flat fare, as the fare tables of the feed express one: an attribute and a rule for the route.
        String fareId = id + ":fare";
        b.fareAttributes.add(new FareAttribute(fareId, java.math.BigDecimal.valueOf(p.fare()), currency, 0, null,
            severalAgencies ? line.resolved().agencyId() : null, null, Map.of()));
        b.fareRules.add(new FareRule(fareId, routeId, null, null, null, Map.of()));
      }
      if (networkId != null) {
        b.routeNetworks.add(new RouteNetwork(networkId, routeId, Map.of()));
      }
      if (translate && p.nameEn() != null) {
        b.translations.add(new Translation("routes", "route_long_name", "en", p.nameEn(), routeId, null, null,
            Map.of()));
      }
      b.calendars.add(new ServiceCalendar(serviceId(id), p.service().dayMask(), range[0], range[1], Map.of()));
      double[] shapeEnds = new double[line.directions().size()];
      for (LineDirection d : line.directions()) {
        shapeEnds[d.directionId()] = addShape(b, shapeId(id, d.directionId()), d.geometry());
      }
      for (LineTrip t : line.schedule().trips()) {
        LineDirection d = line.directions().get(t.directionId());
        int[][] offsets = d.offsets(t.timeFactor());
        double[] dist = d.distances();
        int dep = t.departureSeconds();
        String tripId = tripId(id, d.directionId(), dep);
        b.trips.add(new Trip(routeId, serviceId(id), tripId, d.stops().get(d.stops().size() - 1).name(), null,
            d.directionId(), blockId(id, t.block()), shapeId(id, d.directionId()), null, null, Map.of()));
        List<Row> rows = new java.util.ArrayList<>(d.stops().size());
        for (int i = 0; i < d.stops().size(); i++) {
          rows.add(new Row(dep + offsets[i][0], dep + offsets[i][1], d.stops().get(i).stopId(), i + 1,
              alongShape(dist, i, shapeEnds[d.directionId()])));
        }
        newRows.put(tripId, rows);
      }
    }
    b.stopTimes = mergeStopTimes(baseline.stopTimes(), removedTrips, newRows);
    b.stops.sort(Comparator.comparing(Stop::id));
    b.routes.sort(Comparator.comparing(Route::id));
    b.trips.sort(Comparator.comparing(Trip::id));
    b.calendars.sort(Comparator.comparing(ServiceCalendar::serviceId));
    b.fareAttributes.sort(Comparator.comparing(FareAttribute::fareId));
    if (!freedShapes.isEmpty() || !rewrites.isEmpty()) {
      b.shapePoints.sort(Comparator.comparing(ShapePoint::shapeId).thenComparingInt(ShapePoint::sequence));
    }
    if (baseline.feedInfo() != null && (!lines.isEmpty() || !rewrites.isEmpty() || !withdrawn.isEmpty())) {
      List<String> ids = new java.util.ArrayList<>(lines.stream().map(l -> l.proposal().id()).toList());
      rewrites.forEach(r -> ids.add("changed:" + r.routeId()));
      withdrawn.forEach(r -> ids.add("withdrawn:" + r));
      b.feedInfo = withVersion(baseline.feedInfo(), ids);
    }
    return b.build();
  }

  /**
   * The scenario's own feed_version: the baseline's, plus the lines it adds and the routes it changes or withdraws,
   * so that a scenario feed can never
   * be taken for the baseline (or for another scenario) by a consumer that keys on the version.
   */
  private static FeedInfo withVersion(FeedInfo f, List<String> changes) {
    String ids = String.join("+", changes.stream().sorted().toList());
    String version = (f.version() == null || f.version().isBlank() ? "" : f.version() + "+") + "scenario:" + ids;
    return new FeedInfo(f.publisherName(), f.publisherUrl(), f.lang(), f.defaultLang(), f.startDate(), f.endDate(),
        version, f.contactEmail(), f.contactUrl(), f.extras());
  }

  /**
   * The distance of stop {@code i} along the shape: the stops' distances come from the routed legs, the shape's from
   * its vertices, and the two sums differ by rounding (or, on a coarse geometry, by more), so the stops' are scaled to
   * end exactly at the shape's end. Order is kept, and no stop lies past the shape's end, which the validator
   * rejects (trip_distance_exceeds_shape_distance).
   */
  private static double alongShape(double[] dist, int i, double shapeEnd) {
    double last = dist[dist.length - 1];
    if (i == dist.length - 1) {
      return shapeEnd;
    }
    return Math.round((last > 0 ? dist[i] * shapeEnd / last : dist[i]) * 10) / 10.0;
  }

  /** Adds the shape's points with their distances (metres, rounded to 0.1) and returns the last distance. */
  private static double addShape(FeedBuilder b, String shapeId, List<LatLon> geometry) {
    double along = 0;
    LatLon prev = null;
    int seq = 1;
    for (LatLon p : geometry) {
      if (prev != null) {
        double step = prev.distanceTo(p);
        if (step < 0.01) {
          continue; // repeated vertex: the validator rejects equal consecutive shape points with equal distance
        }
        along += step;
      }
      b.shapePoints.add(new ShapePoint(shapeId, round6(p.lat()), round6(p.lon()), seq++,
          Math.round(along * 10) / 10.0, Map.of()));
      prev = p;
    }
    return Math.round(along * 10) / 10.0;
  }

  private static double round6(double v) {
    return Math.round(v * 1e6) / 1e6;
  }

  /**
   * The feed's stop_times without the removed trips' rows and with the new trips' rows inserted in trip-id order
   * (both are sorted by trip id).
   */
  private static StopTimes mergeStopTimes(StopTimes src, Set<String> removed,
                                          java.util.TreeMap<String, List<Row>> added) {
    int extra = added.values().stream().mapToInt(List::size).sum();
    StopTimes.Builder st = new StopTimes.Builder().ensureCapacity(src.size() + extra);
    List<String> extraColumns = src.extraColumns();
    java.util.Iterator<Map.Entry<String, List<Row>>> next = added.entrySet().iterator();
    Map.Entry<String, List<Row>> pending = next.hasNext() ? next.next() : null;
    String current = null;
    for (int r = 0; r < src.size(); r++) {
      String trip = src.tripId(r);
      if (removed.contains(trip)) {
        continue;
      }
      if (!trip.equals(current)) {
        current = trip;
        while (pending != null && pending.getKey().compareTo(trip) < 0) {
          addRows(st, pending);
          pending = next.hasNext() ? next.next() : null;
        }
      }
      int row = st.add(trip, src.arrival(r), src.departure(r), src.stopId(r), src.sequence(r), src.headsign(r),
          src.pickupType(r), src.dropOffType(r), src.continuousPickup(r), src.continuousDropOff(r),
          src.shapeDistTraveled(r), src.timepoint(r));
      st.setLine(row, src.line(r));
      for (String c : extraColumns) {
        String v = src.extra(c, r);
        if (v != null) {
          st.setExtra(row, c, v);
        }
      }
    }
    while (pending != null) {
      addRows(st, pending);
      pending = next.hasNext() ? next.next() : null;
    }
    return st.build();
  }

  private static void addRows(StopTimes.Builder st, Map.Entry<String, List<Row>> trip) {
    for (Row r : trip.getValue()) {
      st.add(trip.getKey(), r.arrival(), r.departure(), r.stopId(), r.sequence(), null, StopTimes.MISSING,
          StopTimes.MISSING, StopTimes.MISSING, StopTimes.MISSING, r.distance(), 0);
    }
  }

  /** One stop_times row of a new trip. */
  private record Row(int arrival, int departure, String stopId, int sequence, double distance) {}

  /** The network most of the feed's routes belong to (the brand the merger created), or null when none. */
  static String unifiedNetwork(Feed feed) {
    Map<String, Integer> counts = new HashMap<>();
    for (RouteNetwork rn : feed.routeNetworks()) {
      counts.merge(rn.networkId(), 1, Integer::sum);
    }
    if (counts.isEmpty()) {
      return feed.networks().isEmpty() ? null : feed.networks().get(0).id();
    }
    // Most routes wins; on a tie the smallest id, so the choice does not depend on map order.
    String best = null;
    for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(counts).entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best;
  }

  /** A calendar range covering the feed's service period and the evaluation date. */
  static LocalDate[] calendarRange(Feed feed, LocalDate serviceDate) {
    LocalDate start = serviceDate;
    LocalDate end = serviceDate;
    for (ServiceCalendar c : feed.calendars()) {
      start = c.startDate().isBefore(start) ? c.startDate() : start;
      end = c.endDate().isAfter(end) ? c.endDate() : end;
    }
    for (var cd : feed.calendarDates()) {
      start = cd.date().isBefore(start) ? cd.date() : start;
      end = cd.date().isAfter(end) ? cd.date() : end;
    }
    if (feed.calendars().isEmpty() && feed.calendarDates().isEmpty()) {
      end = serviceDate.plusYears(1);
    }
    return new LocalDate[] {start, end};
  }
}
