package dev.loopline.gtfs.merge;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.Severity;
import dev.loopline.gtfs.merge.MergeReport.Adjustment;
import dev.loopline.gtfs.merge.MergeReport.DuplicateTrip;
import dev.loopline.gtfs.merge.MergeReport.InputSummary;
import dev.loopline.gtfs.merge.MergeReport.Repair;
import dev.loopline.gtfs.merge.MergeReport.RouteRename;
import dev.loopline.gtfs.merge.MergeReport.StopDecision;
import dev.loopline.gtfs.model.Agency;
import dev.loopline.gtfs.model.CalendarDate;
import dev.loopline.gtfs.model.FareAttribute;
import dev.loopline.gtfs.model.FareRule;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedBuilder;
import dev.loopline.gtfs.model.FeedInfo;
import dev.loopline.gtfs.model.Frequency;
import dev.loopline.gtfs.model.Network;
import dev.loopline.gtfs.model.RawTable;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.RouteNetwork;
import dev.loopline.gtfs.model.ServiceCalendar;
import dev.loopline.gtfs.model.ServiceDays;
import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Transfer;
import dev.loopline.gtfs.model.Translation;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.gtfs.read.SourceLines;
import dev.loopline.gtfs.validate.FeedValidator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Merges the district feeds into one unified feed, in this order:
 *
 * <ol>
 *   <li>check the inputs: one time zone for all agencies; no ERROR from {@link FeedValidator}, or with
 *       {@link MergeOptions#repair()} the {@link FeedRepairer}'s fixes (errors it cannot fix still stop the merge);
 *   <li>namespace every id and reference by feed id ({@link Namespace});
 *   <li>merge twin stops and link near stops by transfers ({@link TwinStops});
 *   <li>keep trips published by several feeds once ({@link DuplicateTrips});
 *   <li>drop routes no trip runs on, with what refers to them ({@link RoutesWithoutTrips});
 *   <li>resolve route short-name clashes between operators ({@link RouteNameClashes});
 *   <li>put every route in the brand network, with its English name as a translation, and write one feed_info;
 *   <li>validate the result: an ERROR there is a bug in the merge and stops it rather than publish a broken feed.
 * </ol>
 *
 * Inputs are sorted by feed id first and every list is sorted by namespaced id, so the order in which feeds are
 * given never changes the output.
 */
public final class FeedMerger {
  /** The network_id of the brand network. It has no colon, so it cannot clash with a namespaced id. */
  public static final String NETWORK_ID = "unified";

  private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

  private final List<MergeInput> inputs;
  private final MergeOptions options;
  private final List<Repair> repairs = new ArrayList<>();
  private final List<Adjustment> adjustments = new ArrayList<>();
  private final List<InputSummary> summaries = new ArrayList<>();

  private FeedMerger(List<MergeInput> inputs, MergeOptions options) {
    List<MergeInput> sorted = new ArrayList<>(inputs);
    sorted.sort(Comparator.comparing(MergeInput::feedId));
    this.inputs = sorted;
    this.options = options;
  }

  /**
   * Merges the feeds.
   *
   * @throws GtfsException when feed ids repeat, agency time zones disagree, or inputs have errors (without
   *                       repair, or that repair cannot fix); its notices list every problem, files prefixed with
   *                       the feed id ({@code shapingba/stops.txt})
   */
  public static MergeResult merge(List<MergeInput> inputs, MergeOptions options) throws GtfsException {
    Objects.requireNonNull(options, "options");
    if (inputs == null || inputs.isEmpty()) {
      throw new GtfsException("nothing to merge: give at least one feed");
    }
    return new FeedMerger(inputs, options).run();
  }

  private MergeResult run() {
    checkFeedIds();
    checkTimeZones();
    List<Feed> feeds = checkedInputs();
    List<Namespace> spaces = new ArrayList<>();
    for (int i = 0; i < inputs.size(); i++) {
      spaces.add(new Namespace(inputs.get(i).feedId(), feeds.get(i)));
    }

    // Stops first: twin decisions decide every stop reference below.
    Map<String, Stop> allStops = new TreeMap<>();
    List<TwinStops.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < feeds.size(); i++) {
      Namespace ns = spaces.get(i);
      for (Stop s : feeds.get(i).stops()) {
        Stop n = new Stop(ns.id(s.id()), s.code(), s.name(), s.desc(), s.lat(), s.lon(), ns.id(s.zoneId()), s.url(),
            s.locationType(), ns.id(s.parentStation()), s.timezone(), s.wheelchairBoarding(), ns.id(s.levelId()),
            s.platformCode(), s.extras());
        allStops.put(n.id(), n);
        if (n.isBoardable() && n.hasCoordinates()) {
          candidates.add(new TwinStops.Candidate(n.id(), ns.feedId(), n.name() == null ? "" : n.name(), n.lat(),
              n.lon()));
        }
      }
    }
    TwinStops twins = TwinStops.decide(candidates, options.dedupDistanceMeters(),
        Math.max(options.linkDistanceMeters(), options.dedupDistanceMeters()));
    Function<String, String> stopRef = id -> id == null ? null : twins.keptId(id);

    FeedBuilder out = Feed.builder();
    Map<String, Stop> keptStops = new TreeMap<>();
    for (Stop s : allStops.values()) {
      if (twins.keptId(s.id()).equals(s.id())) {
        String parent = stopRef.apply(s.parentStation());
        keptStops.put(s.id(), Objects.equals(parent, s.parentStation()) ? s : new Stop(s.id(), s.code(), s.name(),
            s.desc(), s.lat(), s.lon(), s.zoneId(), s.url(), s.locationType(), parent, s.timezone(),
            s.wheelchairBoarding(), s.levelId(), s.platformCode(), s.extras()));
      }
    }
    out.stops.addAll(keptStops.values());

    Map<String, String> feedOfTrip = new HashMap<>();
    Map<String, String> feedOfRoute = new HashMap<>();
    int totalRows = 0;
    for (Feed f : feeds) {
      totalRows += f.stopTimes().size();
    }
    StopTimes.Builder stopTimes = new StopTimes.Builder().ensureCapacity(totalRows);
    Set<String> routesWithNetwork = new TreeSet<>();
    for (int i = 0; i < feeds.size(); i++) {
      Feed f = feeds.get(i);
      Namespace ns = spaces.get(i);
      for (Agency a : f.agencies()) {
        out.agencies.add(new Agency(ns.agency(a.id()), a.name(), a.url(), a.timezone(), a.lang(), a.phone(),
            a.fareUrl(), a.email(), a.extras()));
      }
      for (Route r : f.routes()) {
        String id = ns.id(r.id());
        feedOfRoute.put(id, ns.feedId());
        if (r.networkId() != null && !r.networkId().isBlank()) {
          routesWithNetwork.add(id);
        }
        out.routes.add(new Route(id, ns.agency(r.agencyId()), r.shortName(), r.longName(), r.desc(), r.type(),
            r.url(), r.color(), r.textColor(), r.sortOrder(), r.continuousPickup(), r.continuousDropOff(), null,
            r.extras()));
      }
      f.routeNetworks().forEach(rn -> routesWithNetwork.add(ns.id(rn.routeId())));
      for (Trip t : f.trips()) {
        String id = ns.id(t.id());
        feedOfTrip.put(id, ns.feedId());
        out.trips.add(new Trip(ns.id(t.routeId()), ns.id(t.serviceId()), id, t.headsign(), t.shortName(),
            t.directionId(), ns.id(t.blockId()), ns.id(t.shapeId()), t.wheelchairAccessible(), t.bikesAllowed(),
            t.extras()));
      }
      StopTimes st = f.stopTimes();
      StopTimesCopy copier = new StopTimesCopy(st);
      // Ids are dictionary-encoded: translate each distinct id once, not once per row.
      String[] tripIds = st.tripIds().stream().map(ns::id).toArray(String[]::new);
      String[] stopIds = st.stopIds().stream().map(id -> stopRef.apply(ns.id(id))).toArray(String[]::new);
      for (int r = 0; r < st.size(); r++) {
        copier.copy(r, stopTimes, tripIds[st.tripIndex(r)], stopIds[st.stopIndex(r)]);
      }
      for (ServiceCalendar c : f.calendars()) {
        out.calendars.add(new ServiceCalendar(ns.id(c.serviceId()), c.days(), c.startDate(), c.endDate(), c.extras()));
      }
      for (CalendarDate d : f.calendarDates()) {
        out.calendarDates.add(new CalendarDate(ns.id(d.serviceId()), d.date(), d.exceptionType(), d.extras()));
      }
      for (ShapePoint p : f.shapePoints()) {
        out.shapePoints.add(new ShapePoint(ns.id(p.shapeId()), p.lat(), p.lon(), p.sequence(), p.distTraveled(),
            p.extras()));
      }
      for (Frequency q : f.frequencies()) {
        out.frequencies.add(new Frequency(ns.id(q.tripId()), q.startTime(), q.endTime(), q.headwaySecs(),
            q.exactTimes(), q.extras()));
      }
      for (Transfer t : f.transfers()) {
        out.transfers.add(new Transfer(stopRef.apply(ns.id(t.fromStopId())), stopRef.apply(ns.id(t.toStopId())),
            ns.id(t.fromRouteId()), ns.id(t.toRouteId()), ns.id(t.fromTripId()), ns.id(t.toTripId()),
            t.transferType(), t.minTransferTime(), t.extras()));
      }
      for (FareAttribute fa : f.fareAttributes()) {
        out.fareAttributes.add(new FareAttribute(ns.id(fa.fareId()), fa.price(), fa.currencyType(),
            fa.paymentMethod(), fa.transfers(), ns.agency(fa.agencyId()), fa.transferDuration(), fa.extras()));
      }
      for (FareRule fr : f.fareRules()) {
        out.fareRules.add(new FareRule(ns.id(fr.fareId()), ns.id(fr.routeId()), ns.id(fr.originId()),
            ns.id(fr.destinationId()), ns.id(fr.containsId()), fr.extras()));
      }
      for (Network n : f.networks()) {
        out.networks.add(new Network(ns.id(n.id()), n.name(), n.extras()));
      }
      for (Translation t : f.translations()) {
        Translation n = translation(t, ns, stopRef);
        if (n != null) {
          out.translations.add(n);
        }
      }
      for (RawTable t : f.otherFiles()) {
        out.otherFiles.add(rawTable(t, ns, stopRef));
      }
    }
    for (String routeId : routesWithNetwork) {
      adjustments.add(new Adjustment("route_networks.txt", routeId, "reassigned",
          "route moved from its feed's network to the brand network '" + NETWORK_ID + "'"));
    }

    // Trips published twice.
    StopTimes merged = stopTimes.build();
    Set<String> routesThatHadTrips = RoutesWithoutTrips.served(out.trips);
    List<DuplicateTrip> duplicates = new ArrayList<>();
    Map<String, String> droppedTrips = DuplicateTrips.find(out.trips, feedOfTrip, merged,
        ServiceDays.of(out.calendars, out.calendarDates), out.frequencies, duplicates);
    if (!droppedTrips.isEmpty()) {
      merged = withoutTrips(merged, droppedTrips.keySet());
      dropTrips(out, droppedTrips);
    }
    out.stopTimes = merged;
    // A transfer to or from a dropped duplicate now names the kept trip, and so the kept trip's route.
    Map<String, String> routeOfTrip = new HashMap<>();
    out.trips.forEach(t -> routeOfTrip.put(t.id(), t.routeId()));
    Function<String, String> tripRef = id -> id == null ? null : droppedTrips.getOrDefault(id, id);
    java.util.function.BiFunction<String, String, String> routeRef = (route, trip) ->
        route == null || trip == null || !droppedTrips.containsKey(trip) ? route
            : routeOfTrip.get(droppedTrips.get(trip));
    out.transfers.replaceAll(t -> new Transfer(t.fromStopId(), t.toStopId(), routeRef.apply(t.fromRouteId(),
        t.fromTripId()), routeRef.apply(t.toRouteId(), t.toTripId()), tripRef.apply(t.fromTripId()),
        tripRef.apply(t.toTripId()), t.transferType(), t.minTransferTime(), t.extras()));
    out.translations.replaceAll(t -> (t.tableName().equals("trips") || t.tableName().equals("stop_times"))
        ? new Translation(t.tableName(), t.fieldName(), t.language(), t.translation(), tripRef.apply(t.recordId()),
        t.recordSubId(), t.fieldValue(), t.extras()) : t);
    out.otherFiles.replaceAll(t -> rewriteTripColumns(t, tripRef));

    // Routes no trip runs on any more go before names are compared: an empty route never forces a rename.
    RoutesWithoutTrips.drop(out, routesThatHadTrips, adjustments);

    // Route names.
    out.routes.sort(Comparator.comparing(Route::id));
    List<RouteRename> renames = new ArrayList<>();
    Map<String, String> newNames = RouteNameClashes.resolve(out.routes, feedOfRoute,
        inputs.stream().map(MergeInput::feedId).toList(), renames);
    out.routes.replaceAll(r -> newNames.containsKey(r.id()) ? new Route(r.id(), r.agencyId(), newNames.get(r.id()),
        r.longName(), r.desc(), r.type(), r.url(), r.color(), r.textColor(), r.sortOrder(), r.continuousPickup(),
        r.continuousDropOff(), null, r.extras()) : r);

    // Transfers: inputs first (deduplicated), then the links between near stops.
    List<Transfer> transfers = dedupTransfers(out.transfers);
    List<StopDecision> decisions = twins.decideLinks(keptStops, transfers);
    out.transfers.clear();
    out.transfers.addAll(transfers);

    dropFareRulesOfLostZones(out);
    brand(out);
    sortAll(out);
    List<RawTable> raw = mergeRawTables(out.otherFiles);
    out.otherFiles.clear();
    out.otherFiles.addAll(raw);
    out.feedInfo = null;
    Feed withoutInfo = out.build();
    out.feedInfo = feedInfo(withoutInfo, feeds, FeedFingerprint.of(withoutInfo));
    Feed feed = out.build();

    List<Notice> problems = FeedValidator.validate(feed, SourceLines.NONE).stream()
        .filter(n -> n.severity() == Severity.ERROR).toList();
    if (!problems.isEmpty()) {
      throw new GtfsException("the merged feed would be invalid (" + problems.size() + " errors); this is a bug in"
          + " the merge, please report it with the input feeds", problems);
    }
    MergeReport report = report(feed, decisions, duplicates, renames);
    return new MergeResult(feed, report);
  }

  private void checkFeedIds() {
    Map<String, String> seen = new HashMap<>();
    for (MergeInput in : inputs) {
      String previous = seen.putIfAbsent(in.feedId().toLowerCase(Locale.ROOT), in.feedId());
      if (previous != null) {
        throw new GtfsException("feed id '" + in.feedId() + "' is given twice" + (previous.equals(in.feedId()) ? ""
            : " (as '" + previous + "'; ids must differ in more than case)") + ": each feed needs its own id");
      }
    }
  }

  private void checkTimeZones() {
    String zone = null;
    String where = null;
    for (MergeInput in : inputs) {
      for (Agency a : in.read().feed().agencies()) {
        if (a.timezone() == null || a.timezone().isBlank()) {
          continue;
        }
        String here = "feed '" + in.feedId() + "' (agency '" + (a.id() == null ? a.name() : a.id()) + "')";
        if (zone == null) {
          zone = a.timezone();
          where = here;
        } else if (!zone.equals(a.timezone())) {
          throw new GtfsException("agency time zones disagree: " + where + " uses " + zone + " but " + here
              + " uses " + a.timezone() + "; a merged feed has a single time zone");
        }
      }
    }
  }

  /** Validates (and with repair, repairs) every input; the feeds to merge, in input order. */
  private List<Feed> checkedInputs() {
    List<Feed> feeds = new ArrayList<>();
    List<Notice> errors = new ArrayList<>();
    boolean afterRepair = false;
    for (MergeInput in : inputs) {
      List<Notice> notices = FeedValidator.validate(in.read());
      Feed feed = in.read().feed();
      summaries.add(new InputSummary(in.feedId(), in.read().source(), feed.agencies().size(), feed.stops().size(),
          feed.routes().size(), feed.trips().size(), feed.stopTimes().size(),
          FeedValidator.count(notices, Severity.ERROR), FeedValidator.count(notices, Severity.WARNING)));
      if (!options.repair()) {
        notices.stream().filter(n -> n.severity() == Severity.ERROR).forEach(n -> errors.add(prefixed(in, n)));
        feeds.add(feed);
        continue;
      }
      for (Notice n : in.read().errors()) {
        repairs.add(new Repair(in.feedId(), n.file(), n.line(), n.field(), "handled by the reader", n.message()));
      }
      FeedRepairer.Repaired repaired = FeedRepairer.repair(in.feedId(), feed, in.read().lines());
      repairs.addAll(repaired.repairs());
      List<Notice> left = FeedValidator.validate(repaired.feed(), repaired.lines());
      left.stream().filter(n -> n.severity() == Severity.ERROR).forEach(n -> errors.add(prefixed(in, n)));
      afterRepair = true;
      feeds.add(repaired.feed());
    }
    if (!errors.isEmpty()) {
      String count = errors.size() == 1 ? "1 error" : errors.size() + " errors";
      throw new GtfsException(afterRepair
          ? count + " in the input feeds that --repair cannot fix"
          : count + " in the input feeds; fix them, or merge with --repair to drop or mend what would make the"
              + " merged feed invalid", errors);
    }
    return feeds;
  }

  private static Notice prefixed(MergeInput in, Notice n) {
    return new Notice(n.severity(), n.code(), in.feedId() + "/" + (n.file() == null ? "" : n.file()), n.line(),
        n.field(), n.message());
  }

  private static Translation translation(Translation t, Namespace ns, Function<String, String> stopRef) {
    String table = t.tableName() == null ? "" : t.tableName();
    String record = switch (table) {
      case "agency" -> t.recordId() == null ? null : ns.agency(t.recordId());
      case "stops" -> stopRef.apply(ns.id(t.recordId()));
      case "feed_info" -> null;
      default -> ns.id(t.recordId());
    };
    if (table.equals("feed_info")) {
      // The unified feed_info replaces every input's; its translations would describe a row that is gone.
      return null;
    }
    return new Translation(t.tableName(), t.fieldName(), t.language(), t.translation(), record, t.recordSubId(),
        t.fieldValue(), t.extras());
  }

  /** Columns holding ids in the files the model does not interpret (levels, pathways, attributions, fares v2...). */
  static boolean isIdColumn(String column) {
    return column.endsWith("_id") && !column.equals("direction_id");
  }

  private static boolean isStopColumn(String column) {
    return column.equals("stop_id") || column.equals("from_stop_id") || column.equals("to_stop_id");
  }

  private static boolean isTripColumn(String column) {
    return column.equals("trip_id") || column.equals("from_trip_id") || column.equals("to_trip_id");
  }

  private static RawTable rawTable(RawTable t, Namespace ns, Function<String, String> stopRef) {
    List<String> header = t.header();
    List<List<String>> rows = new ArrayList<>(t.rows().size());
    for (List<String> row : t.rows()) {
      List<String> n = new ArrayList<>(row);
      for (int c = 0; c < n.size() && c < header.size(); c++) {
        String col = header.get(c);
        if (isIdColumn(col) && n.get(c) != null && !n.get(c).isEmpty()) {
          String id = col.equals("agency_id") ? ns.agency(n.get(c)) : ns.id(n.get(c));
          n.set(c, isStopColumn(col) ? stopRef.apply(id) : id);
        }
      }
      rows.add(n);
    }
    return new RawTable(t.fileName(), header, rows);
  }

  private static RawTable rewriteTripColumns(RawTable t, Function<String, String> tripRef) {
    List<Integer> cols = new ArrayList<>();
    for (int c = 0; c < t.header().size(); c++) {
      if (isTripColumn(t.header().get(c))) {
        cols.add(c);
      }
    }
    if (cols.isEmpty()) {
      return t;
    }
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : t.rows()) {
      List<String> n = new ArrayList<>(row);
      for (int c : cols) {
        if (c < n.size() && n.get(c) != null && !n.get(c).isEmpty()) {
          n.set(c, tripRef.apply(n.get(c)));
        }
      }
      rows.add(n);
    }
    return new RawTable(t.fileName(), t.header(), rows);
  }

  /** One table per file name: the union of the columns (first feed's order, then new ones), rows sorted, no repeats. */
  private static List<RawTable> mergeRawTables(List<RawTable> tables) {
    Map<String, List<RawTable>> byName = new TreeMap<>();
    tables.forEach(t -> byName.computeIfAbsent(t.fileName(), k -> new ArrayList<>()).add(t));
    List<RawTable> out = new ArrayList<>();
    for (Map.Entry<String, List<RawTable>> e : byName.entrySet()) {
      LinkedHashMap<String, Integer> columns = new LinkedHashMap<>();
      for (RawTable t : e.getValue()) {
        t.header().forEach(h -> columns.putIfAbsent(h, columns.size()));
      }
      TreeSet<List<String>> rows = new TreeSet<>(FeedMerger::compareRows);
      for (RawTable t : e.getValue()) {
        for (List<String> row : t.rows()) {
          String[] cells = new String[columns.size()];
          java.util.Arrays.fill(cells, "");
          for (int c = 0; c < t.header().size() && c < row.size(); c++) {
            cells[columns.get(t.header().get(c))] = row.get(c) == null ? "" : row.get(c);
          }
          rows.add(List.of(cells));
        }
      }
      out.add(new RawTable(e.getKey(), List.copyOf(columns.keySet()), new ArrayList<>(rows)));
    }
    return out;
  }

  private static int compareRows(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static StopTimes withoutTrips(StopTimes st, Set<String> trips) {
    StopTimes.Builder b = new StopTimes.Builder().ensureCapacity(st.size());
    StopTimesCopy copier = new StopTimesCopy(st);
    for (int r = 0; r < st.size(); r++) {
      if (!trips.contains(st.tripId(r))) {
        copier.copy(r, b, st.tripId(r), st.stopId(r));
      }
    }
    return b.build();
  }

  /** Removes the duplicate trips with what only they used: their frequencies and shapes. */
  private void dropTrips(FeedBuilder out, Map<String, String> droppedTrips) {
    Set<String> shapesOfDropped = new TreeSet<>();
    Set<String> used = new HashSet<>();
    for (Trip t : out.trips) {
      if (t.shapeId() != null) {
        (droppedTrips.containsKey(t.id()) ? shapesOfDropped : used).add(t.shapeId());
      }
    }
    out.trips.removeIf(t -> droppedTrips.containsKey(t.id()));
    out.frequencies.removeIf(q -> droppedTrips.containsKey(q.tripId()));
    shapesOfDropped.removeAll(used);
    out.shapePoints.removeIf(p -> shapesOfDropped.contains(p.shapeId()));
    for (String shape : shapesOfDropped) {
      adjustments.add(new Adjustment("shapes.txt", shape, "dropped",
          "used only by trips dropped as duplicates of another feed's trips"));
    }
  }

  /** Keeps the first transfer per key in sorted order; a different row under the same key is reported. */
  private List<Transfer> dedupTransfers(List<Transfer> transfers) {
    List<Transfer> sorted = new ArrayList<>(transfers);
    sorted.sort(TRANSFER_ORDER);
    Map<String, Transfer> byKey = new LinkedHashMap<>();
    for (Transfer t : sorted) {
      String key = String.join("|", Objects.toString(t.fromStopId(), ""), Objects.toString(t.toStopId(), ""),
          Objects.toString(t.fromRouteId(), ""), Objects.toString(t.toRouteId(), ""),
          Objects.toString(t.fromTripId(), ""), Objects.toString(t.toTripId(), ""));
      Transfer first = byKey.putIfAbsent(key, t);
      if (first != null && !first.equals(t)) {
        adjustments.add(new Adjustment("transfers.txt", key.replace('|', ' ').trim(), "dropped",
            "two inputs define this transfer after twin stops and duplicate trips were merged; the first in id"
                + " order was kept"));
      }
    }
    return new ArrayList<>(byKey.values());
  }

  private static final Comparator<Transfer> TRANSFER_ORDER = Comparator
      .comparing(Transfer::fromStopId, NULLS_FIRST).thenComparing(Transfer::toStopId, NULLS_FIRST)
      .thenComparing(Transfer::fromRouteId, NULLS_FIRST).thenComparing(Transfer::toRouteId, NULLS_FIRST)
      .thenComparing(Transfer::fromTripId, NULLS_FIRST).thenComparing(Transfer::toTripId, NULLS_FIRST)
      .thenComparingInt(Transfer::transferType)
      .thenComparing(Transfer::minTransferTime, Comparator.nullsFirst(Comparator.naturalOrder()));

  private void dropFareRulesOfLostZones(FeedBuilder out) {
    Set<String> zones = new HashSet<>();
    out.stops.forEach(s -> zones.add(s.zoneId()));
    out.fareRules.removeIf(r -> {
      for (String z : new String[] {r.originId(), r.destinationId(), r.containsId()}) {
        if (z != null && !zones.contains(z)) {
          adjustments.add(new Adjustment("fare_rules.txt", r.fareId(), "dropped",
              "zone '" + z + "' only existed on a stop merged into its twin"));
          return true;
        }
      }
      return false;
    });
  }

  /** The brand network, every route in it, and its English name. */
  private void brand(FeedBuilder out) {
    out.networks.add(new Network(NETWORK_ID, options.brandName(), null));
    out.routeNetworks.clear();
    for (Route r : out.routes) {
      out.routeNetworks.add(new RouteNetwork(NETWORK_ID, r.id(), null));
    }
    if (options.brandNameEn() != null) {
      out.translations.removeIf(t -> "networks".equals(t.tableName()) && NETWORK_ID.equals(t.recordId()));
      out.translations.add(new Translation("networks", "network_name", "en", options.brandNameEn(), NETWORK_ID,
          null, null, null));
    }
  }

  private void sortAll(FeedBuilder out) {
    out.agencies.sort(Comparator.comparing(Agency::id));
    out.stops.sort(Comparator.comparing(Stop::id));
    out.trips.sort(Comparator.comparing(Trip::id));
    out.calendars.sort(Comparator.comparing(ServiceCalendar::serviceId));
    out.calendarDates.sort(Comparator.comparing(CalendarDate::serviceId).thenComparing(CalendarDate::date));
    out.shapePoints.sort(Comparator.comparing(ShapePoint::shapeId).thenComparingInt(ShapePoint::sequence));
    out.frequencies.sort(Comparator.comparing(Frequency::tripId).thenComparingInt(Frequency::startTime));
    out.transfers.sort(TRANSFER_ORDER);
    out.fareAttributes.sort(Comparator.comparing(FareAttribute::fareId));
    out.fareRules.sort(Comparator.comparing(FareRule::fareId).thenComparing(FareRule::routeId, NULLS_FIRST)
        .thenComparing(FareRule::originId, NULLS_FIRST).thenComparing(FareRule::destinationId, NULLS_FIRST)
        .thenComparing(FareRule::containsId, NULLS_FIRST));
    out.networks.sort(Comparator.comparing(Network::id));
    out.routeNetworks.sort(Comparator.comparing(RouteNetwork::routeId));
    // Translations: one per key; the first in sorted order wins, so a record's own translation beats one that
    // arrived through a twin stop only when it sorts first too: report any conflict.
    Comparator<Translation> key = Comparator.comparing(Translation::tableName, NULLS_FIRST)
        .thenComparing(Translation::fieldName, NULLS_FIRST).thenComparing(Translation::language, NULLS_FIRST)
        .thenComparing(Translation::recordId, NULLS_FIRST).thenComparing(Translation::recordSubId, NULLS_FIRST)
        .thenComparing(Translation::fieldValue, NULLS_FIRST);
    List<Translation> sorted = new ArrayList<>(out.translations);
    sorted.sort(key.thenComparing(Translation::translation, NULLS_FIRST));
    out.translations.clear();
    for (Translation t : sorted) {
      Translation prev = out.translations.isEmpty() ? null : out.translations.get(out.translations.size() - 1);
      if (prev != null && key.compare(prev, t) == 0) {
        if (!Objects.equals(prev.translation(), t.translation())) {
          adjustments.add(new Adjustment("translations.txt", t.tableName() + " " + t.recordId() + " "
              + t.fieldName() + " " + t.language(), "dropped", "conflicting translation '" + t.translation()
              + "' of a merged record; kept '" + prev.translation() + "'"));
        }
        continue;
      }
      out.translations.add(t);
    }
  }

  private FeedInfo feedInfo(Feed feed, List<Feed> inputs, String version) {
    LocalDate start = null;
    LocalDate end = null;
    for (ServiceCalendar c : feed.calendars()) {
      start = min(start, c.startDate());
      end = max(end, c.endDate());
    }
    for (CalendarDate d : feed.calendarDates()) {
      if (d.exceptionType() == CalendarDate.ADDED) {
        start = min(start, d.date());
        end = max(end, d.date());
      }
    }
    Set<String> languages = new TreeSet<>();
    for (Feed f : inputs) {
      if (f.feedInfo() != null && f.feedInfo().lang() != null && !f.feedInfo().lang().isBlank()) {
        languages.add(f.feedInfo().lang().toLowerCase(Locale.ROOT));
      }
      for (Agency a : f.agencies()) {
        if (a.lang() != null && !a.lang().isBlank()) {
          languages.add(a.lang().toLowerCase(Locale.ROOT));
        }
      }
    }
    String lang = languages.size() == 1 ? languages.iterator().next() : "mul";
    return new FeedInfo(options.brandName(), publisherUrl(feed), lang, null, start, end, version, null, null, null);
  }

  private String publisherUrl(Feed feed) {
    if (options.brandUrl() != null) {
      return options.brandUrl();
    }
    for (Agency a : feed.agencies()) {
      if (a.url() != null && !a.url().isBlank()) {
        return a.url();
      }
    }
    return null;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private MergeReport report(Feed feed, List<StopDecision> decisions, List<DuplicateTrip> duplicates,
                             List<RouteRename> renames) {
    Set<String> shapes = new HashSet<>();
    feed.shapePoints().forEach(p -> shapes.add(p.shapeId()));
    Set<String> services = new HashSet<>();
    feed.calendars().forEach(c -> services.add(c.serviceId()));
    feed.calendarDates().forEach(c -> services.add(c.serviceId()));
    FeedInfo info = feed.feedInfo();
    MergeReport.OutputSummary output = new MergeReport.OutputSummary(feed.agencies().size(), feed.stops().size(),
        feed.routes().size(), feed.trips().size(), feed.stopTimes().size(), feed.transfers().size(), shapes.size(),
        services.size(), info.startDate() == null ? null : info.startDate().toString(),
        info.endDate() == null ? null : info.endDate().toString(), info.version());
    List<Adjustment> sortedAdjustments = new ArrayList<>(adjustments);
    sortedAdjustments.sort(Comparator.comparing(Adjustment::file).thenComparing(Adjustment::id)
        .thenComparing(Adjustment::reason));
    return new MergeReport(
        new MergeReport.Brand(NETWORK_ID, options.brandName(), options.brandNameEn(), info.publisherUrl()),
        new MergeReport.Settings(options.dedupDistanceMeters(),
            Math.max(options.linkDistanceMeters(), options.dedupDistanceMeters()), StopNames.AGREEMENT,
            TwinStops.WALK_SPEED_MPS, TwinStops.DETOUR_FACTOR, options.repair()),
        summaries, output, decisions, duplicates, renames, repairs, sortedAdjustments);
  }
}
