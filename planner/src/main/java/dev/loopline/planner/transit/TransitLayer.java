package dev.loopline.planner.transit;

import dev.loopline.gtfs.geo.Geo;
import dev.loopline.gtfs.geo.PointIndex;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.Transfer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything Raptor needs to route on one service date, built from a {@link Feed} and its {@link StopTransfers}:
 * stops as dense indexes, the day's runs grouped into sorted {@link TripPattern}s, the patterns serving each stop,
 * and the walking transfers between stops.
 *
 * <p>Stop indexes depend only on the feed (its boardable stops with coordinates, in file order), not on the date,
 * so a caller may keep per-stop data (such as access walks) across dates. Times are seconds after midnight of the
 * service date; see {@link TripExpander} for how neighbouring service days are folded in.
 *
 * <p>Immutable and thread-safe once built; many searches may share one layer.
 */
public final class TransitLayer {
  private final Feed feed;
  private final FeedIndex feedIndex;
  private final LocalDate serviceDate;
  /** Cell size of the stop index: a walk to a stop (about a kilometre) searches a few cells around a point. */
  private static final double STOP_CELL_METERS = 500;
  private final List<Stop> stops;
  private final PointIndex stopPoints;
  private final Map<String, Integer> stopIndex;
  private final List<TripPattern> patterns;
  private final int[][] patternsByStop;
  private final StopTransfer[][] transfersFrom;
  private final StopTransfer[][] transfersTo;
  private final List<ScheduledTrip> trips;
  private final int earliestTime;
  private final int latestTime;
  private final Summary summary;
  private final Map<WalkTransferTable.Key, WalkTransferTable> transferTables = new ConcurrentHashMap<>();

  /**
   * What went into the layer, for logs and reports.
   *
   * @param runs              vehicle runs on the date (incl. the previous day's past midnight and the next
   *                          day's early ones)
   * @param runsOnDate        runs of the date's own service day
   * @param patterns          patterns (Raptor routes)
   * @param overtakingSplits  extra patterns created because trips overtake each other
   * @param interpolatedTimes stop times the feed left empty and the layer interpolated (counted once per trip)
   * @param clampedTimes      stop times raised so a trip never goes back in time
   * @param skippedTrips      trips left out (unknown stop or route, no times at the ends)
   * @param transfers         one-way walking transfers between the layer's stops
   */
  public record Summary(int runs, int runsOnDate, int patterns, int overtakingSplits, int interpolatedTimes,
                        int clampedTimes, int skippedTrips, int transfers) {}

  private TransitLayer(Feed feed, FeedIndex feedIndex, LocalDate serviceDate, List<Stop> stops,
                       List<ScheduledTrip> trips, PatternGrouper.Result grouped, StopTransfer[][] from,
                       StopTransfer[][] to, TripExpander.Stats stats) {
    this.feed = feed;
    this.feedIndex = feedIndex;
    this.serviceDate = serviceDate;
    this.stops = List.copyOf(stops);
    this.stopPoints = pointIndex(this.stops);
    this.stopIndex = indexById(stops);
    this.trips = List.copyOf(trips);
    this.patterns = List.copyOf(grouped.patterns());
    this.transfersFrom = from;
    this.transfersTo = to;
    List<List<Integer>> byStop = new ArrayList<>(stops.size());
    for (int i = 0; i < stops.size(); i++) {
      byStop.add(new ArrayList<>());
    }
    for (TripPattern p : patterns) {
      Set<Integer> seen = new HashSet<>();
      for (int pos = 0; pos < p.numberOfStopsInPattern(); pos++) {
        if (seen.add(p.stopIndex(pos))) {
          byStop.get(p.stopIndex(pos)).add(p.patternIndex());
        }
      }
    }
    this.patternsByStop = new int[stops.size()][];
    for (int i = 0; i < stops.size(); i++) {
      patternsByStop[i] = byStop.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    int lo = Integer.MAX_VALUE;
    int hi = Integer.MIN_VALUE;
    int onDate = 0;
    for (ScheduledTrip t : trips) {
      lo = Math.min(lo, t.firstDeparture());
      hi = Math.max(hi, t.lastArrival());
      if (t.dayOffset() == 0) {
        onDate++;
      }
    }
    this.earliestTime = trips.isEmpty() ? 0 : lo;
    this.latestTime = trips.isEmpty() ? 0 : hi;
    int transfers = 0;
    for (StopTransfer[] f : from) {
      transfers += f.length;
    }
    int skipped = stats.skippedNoTimes + stats.skippedUnknownRoute + stats.skippedUnknownStop;
    this.summary = new Summary(trips.size(), onDate, patterns.size(), grouped.overtakingSplits(),
        stats.interpolatedTimes, stats.clampedTimes, skipped, transfers);
  }

  /** Builds the layer for {@code serviceDate}. */
  public static TransitLayer build(Feed feed, LocalDate serviceDate, StopTransfers transfers) {
    return build(feed, new FeedIndex(feed), ServiceDays.of(feed), serviceDate, transfers);
  }

  /** Builds the layer reusing an index and calendar the caller already has. */
  public static TransitLayer build(Feed feed, FeedIndex index, ServiceDays days, LocalDate serviceDate,
                                   StopTransfers transfers) {
    return build(feed, index, days, serviceDate, transfers, Interpolation.DISTANCE);
  }

  /** Builds the layer, filling the feed's empty stop times by the given rule. */
  public static TransitLayer build(Feed feed, FeedIndex index, ServiceDays days, LocalDate serviceDate,
                                   StopTransfers transfers, Interpolation interpolation) {
    List<Stop> stops = routableStops(feed);
    Map<String, Integer> ids = indexById(stops);
    TripExpander expander = new TripExpander(feed, index, ids, interpolation);
    List<ScheduledTrip> trips = expander.expand(days, serviceDate);
    PatternGrouper.Result grouped = PatternGrouper.group(trips);
    StopTransfer[][][] walks = mapTransfers(feed, stops, ids, transfers);
    return new TransitLayer(feed, index, serviceDate, stops, trips, grouped, walks[0], walks[1], expander.stats);
  }

  /** The stops a layer routes on: boardable stops (location_type 0) with coordinates, first of each id, in order. */
  public static List<Stop> routableStops(Feed feed) {
    Map<String, Stop> out = new LinkedHashMap<>();
    for (Stop s : feed.stops()) {
      if (s.isBoardable() && s.hasCoordinates()) {
        out.putIfAbsent(s.id(), s);
      }
    }
    return List.copyOf(out.values());
  }

  private static Map<String, Integer> indexById(List<Stop> stops) {
    Map<String, Integer> m = new HashMap<>(stops.size() * 2);
    for (int i = 0; i < stops.size(); i++) {
      m.putIfAbsent(stops.get(i).id(), i);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * Re-indexes the walks onto layer stops and applies stop-to-stop rules of {@code transfers.txt}: type 3 (not
   * possible) removes a walk, type 2 (minimum time) makes it take at least that long (adding it when the stops are
   * farther apart than the walk search reached). Route- and trip-specific rules and same-stop times are not
   * modelled (Raptor's transfer slack applies instead).
   */
  private static StopTransfer[][][] mapTransfers(Feed feed, List<Stop> stops, Map<String, Integer> ids,
                                                 StopTransfers transfers) {
    int n = stops.size();
    Map<Long, StopTransfer> walks = new HashMap<>();
    if (transfers != null) {
      for (int s = 0; s < transfers.stopCount(); s++) {
        Integer from = ids.get(transfers.stopId(s));
        if (from == null) {
          continue;
        }
        for (StopTransfer t : transfers.from(s)) {
          Integer to = ids.get(transfers.stopId(t.toStop()));
          if (to != null && !to.equals(from)) {
            walks.put(((long) from << 32) | to, new StopTransfer(to, t.seconds(), t.meters()));
          }
        }
      }
    }
    for (Transfer rule : feed.transfers()) {
      if (rule.fromRouteId() != null || rule.toRouteId() != null || rule.fromTripId() != null
          || rule.toTripId() != null) {
        continue;
      }
      Integer from = ids.get(rule.fromStopId());
      Integer to = ids.get(rule.toStopId());
      if (from == null || to == null || from.equals(to)) {
        continue;
      }
      long key = ((long) from << 32) | to;
      if (rule.transferType() == Transfer.NOT_POSSIBLE) {
        walks.remove(key);
      } else if (rule.transferType() == Transfer.MIN_TIME && rule.minTransferTime() != null) {
        StopTransfer w = walks.get(key);
        int meters = w != null ? w.meters() : (int) Math.round(Geo.distanceMeters(stops.get(from).lat(),
            stops.get(from).lon(), stops.get(to).lat(), stops.get(to).lon()));
        int seconds = Math.max(w == null ? 0 : w.seconds(), rule.minTransferTime());
        walks.put(key, new StopTransfer(to, seconds, meters));
      }
    }
    List<List<StopTransfer>> out = new ArrayList<>(n);
    List<List<StopTransfer>> in = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
      in.add(new ArrayList<>());
    }
    List<Long> keys = new ArrayList<>(walks.keySet());
    Collections.sort(keys);
    for (long key : keys) {
      int from = (int) (key >>> 32);
      StopTransfer t = walks.get(key);
      out.get(from).add(t);
      in.get(t.toStop()).add(new StopTransfer(from, t.seconds(), t.meters()));
    }
    StopTransfer[][] f = new StopTransfer[n][];
    StopTransfer[][] r = new StopTransfer[n][];
    for (int i = 0; i < n; i++) {
      f[i] = out.get(i).toArray(StopTransfer[]::new);
      r[i] = in.get(i).toArray(StopTransfer[]::new);
    }
    return new StopTransfer[][][] {f, r};
  }

  public Feed feed() {
    return feed;
  }

  public FeedIndex feedIndex() {
    return feedIndex;
  }

  public LocalDate serviceDate() {
    return serviceDate;
  }

  public int stopCount() {
    return stops.size();
  }

  /** The layer index of a stop id, or −1 when the feed has no such routable stop. */
  public int stopIndex(String stopId) {
    Integer i = stopIndex.get(stopId);
    return i == null ? -1 : i;
  }

  public String stopId(int index) {
    return stops.get(index).id();
  }

  public Stop stop(int index) {
    return stops.get(index);
  }

  /** All routable stops in index order. */
  public List<Stop> stops() {
    return stops;
  }

  /** The stops' positions in the shared point index (same indexes as {@link #stops()}). */
  public PointIndex stopPoints() {
    return stopPoints;
  }

  private static PointIndex pointIndex(List<Stop> stops) {
    return PointIndex.of(stops, Stop::lat, Stop::lon, STOP_CELL_METERS);
  }

  public int patternCount() {
    return patterns.size();
  }

  public TripPattern pattern(int index) {
    return patterns.get(index);
  }

  public List<TripPattern> patterns() {
    return patterns;
  }

  /** Indexes of the patterns that visit {@code stop} (a copy). */
  public int[] patternsAt(int stop) {
    return patternsByStop[stop].clone();
  }

  int[] patternsAtNoCopy(int stop) {
    return patternsByStop[stop];
  }

  /** Walks leaving {@code stop}; {@link StopTransfer#toStop()} is a layer index. */
  public List<StopTransfer> transfersFrom(int stop) {
    return Arrays.asList(transfersFrom[stop]);
  }

  /** Walks arriving at {@code stop}; here {@link StopTransfer#toStop()} is the stop the walk starts from. */
  public List<StopTransfer> transfersTo(int stop) {
    return Arrays.asList(transfersTo[stop]);
  }

  /** Every run in the layer, in expansion order. */
  public List<ScheduledTrip> trips() {
    return trips;
  }

  /** True when at least one trip of the date's own service day runs. */
  public boolean hasService() {
    return summary.runsOnDate() > 0;
  }

  /** Earliest departure of any run (seconds after midnight; may be negative for the previous day's runs). */
  public int earliestTime() {
    return earliestTime;
  }

  /** Latest arrival of any run (seconds after midnight; may exceed 24 h). */
  public int latestTime() {
    return latestTime;
  }

  public Summary summary() {
    return summary;
  }

  /** Walk transfers priced for a walking speed and cost; cached, since every search with the same settings shares them. */
  WalkTransferTable transferTable(double speedFactor, int maxMeters, int walkReluctanceCenti,
                                  CostParameters dominatedDropped) {
    WalkTransferTable.Key key = new WalkTransferTable.Key(speedFactor, maxMeters, walkReluctanceCenti,
        dominatedDropped);
    return transferTables.computeIfAbsent(key, k -> new WalkTransferTable(k, this, transfersFrom, transfersTo));
  }
}
