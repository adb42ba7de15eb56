package dev.loopline.planner.routing;

import dev.loopline.gtfs.geo.Geo;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import dev.loopline.osm.StreetMode;
import dev.loopline.osm.WalkPath;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.transit.CostParameters;
import dev.loopline.planner.transit.DominatedWalks;
import dev.loopline.planner.transit.RaptorTransitData;
import dev.loopline.planner.transit.TransitLayer;
import dev.loopline.planner.transit.TransitRouter;
import dev.loopline.planner.transit.TransitSearchSettings;
import dev.loopline.planner.transit.TripSchedule;
import dev.loopline.planner.transit.WalkAccessEgress;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.opentripplanner.raptor.api.model.SearchDirection;
import org.opentripplanner.raptor.api.path.RaptorPath;
import org.opentripplanner.raptor.api.request.Optimization;
import org.opentripplanner.raptor.api.request.RaptorProfile;
import org.opentripplanner.raptor.api.request.RaptorRequestBuilder;
import org.opentripplanner.raptor.api.request.SearchParamsBuilder;

/**
 * Plans door-to-door trips on a {@link Network}: walks to nearby stops on the street graph, Raptor over the day's
 * transit layer, walks from the last stop, and a walk-only alternative when walking is competitive.
 *
 * <p>With {@link TripRequest.Optimize#BEST_ITINERARIES} Raptor's multi-criteria range search returns the Pareto
 * set over departure and arrival time, transfers and generalized cost for every departure in the window. They are
 * ranked by generalized cost plus the weighted wait from the requested time (so "leave now" beats "leave in 40
 * minutes" unless the later trip is much better), near-duplicates (same vehicles) are dropped, and the best
 * {@code maxItineraries} are returned: the first is the same whatever the number asked for, and the earliest
 * arrival (latest departure, arrive-by) takes the last place when it did not rank among them.
 *
 * <p>Thread-safe: one planner serves concurrent requests.
 */
public final class TripPlanner {
  /** Walk-only itineraries are considered up to this distance as the crow flies. */
  static final double WALK_ONLY_MAX_METERS = 3_000;
  /** Walking is offered when it takes at most this factor of the best transit trip's door-to-door time. */
  static final double WALK_COMPETITIVE_FACTOR = 1.25;
  /** The longest walk-only trip ever looked for (OpenTripPlanner's default direct-walk limit). */
  static final java.time.Duration DIRECT_WALK_MAX = java.time.Duration.ofHours(4);

  private final Network network;
  private final FareCalculator fares;
  private final DistrictLocator districts;

  /** A planner that names districts when the network has them. */
  public TripPlanner(Network network) {
    this(network, network.districts().map(DistrictLocator::of).orElse(DistrictLocator.none()));
  }

  public TripPlanner(Network network, DistrictLocator districts) {
    this.network = network;
    this.fares = new FareCalculator(network.feed());
    this.districts = districts;
  }

  public PlanResult plan(TripRequest request) {
    java.time.ZoneId zone = network.timeZone();
    Snap from = network.streets().snap(request.from(), StreetMode.WALK);
    if (!from.ok()) {
      return PlanResult.failed(PlanStatus.ORIGIN_NOT_ON_STREET, "origin off the street network: "
          + from.failureReason(), request, zone);
    }
    Snap to = network.streets().snap(request.to(), StreetMode.WALK);
    if (!to.ok()) {
      return PlanResult.failed(PlanStatus.DESTINATION_NOT_ON_STREET, "destination off the street network: "
          + to.failureReason(), request, zone);
    }
    LocalDate date = request.time().toLocalDate();
    TransitLayer layer = network.transitLayer(date);
    if (layer.trips().isEmpty()) {
      return PlanResult.failed(PlanStatus.DATE_OUT_OF_SERVICE, noServiceMessage(date), request, zone);
    }
    int t = request.time().toLocalTime().toSecondOfDay();
    ItineraryMapper mapper = new ItineraryMapper(layer, network.streets(), fares, districts, request, from.linked(),
        to.linked(), stop -> {
          Snap snap = network.stopSnap(layer.stopId(stop));
          return snap == null || !snap.ok() || snap.linked();
        });
    List<Candidate> candidates = new ArrayList<>();

    double accessSeconds = request.maxAccessWalk().toSeconds();
    List<StopAccess.StopWalk> access = StopAccess.around(network, layer, request.from(), accessSeconds,
        request.walkSpeedMps(), false);
    List<StopAccess.StopWalk> egress = StopAccess.around(network, layer, request.to(), accessSeconds,
        request.walkSpeedMps(), true);
    if (!access.isEmpty() && !egress.isEmpty()) {
      for (RaptorPath<TripSchedule> p : search(layer, request, t, access, egress)) {
        candidates.add(Candidate.transit(p, request));
      }
    }
    int bestTransit = candidates.stream().mapToInt(c -> c.doorToDoor).min().orElse(Integer.MAX_VALUE);
    Candidate walk = walkOnly(request, t, walkOnlyLimit(request, bestTransit));
    boolean walkCompetitive = walk != null && (candidates.isEmpty()
        || walk.doorToDoor <= WALK_COMPETITIVE_FACTOR * candidates.stream().mapToInt(c -> c.doorToDoor).min()
        .orElseThrow());
    if (walkCompetitive) {
      candidates.add(walk);
    }
    if (candidates.isEmpty()) {
      // A date without its own service may still have the night before's runs after midnight; only when those do
      // not help either is the date itself the reason.
      return layer.hasService()
          ? PlanResult.failed(PlanStatus.NO_ROUTE, noRouteMessage(request, access, egress), request, zone)
          : PlanResult.failed(PlanStatus.DATE_OUT_OF_SERVICE, noServiceMessage(date), request, zone);
    }
    List<Candidate> chosen = choose(candidates, request);
    List<Itinerary> out = new ArrayList<>();
    for (Candidate c : chosen) {
      out.add(c.path != null ? mapper.map(c.path) : mapper.walkOnly(c.walk, c.walkSeconds, c.start, c.cost));
    }
    return PlanResult.ok(out, request, zone);
  }

  private Collection<RaptorPath<TripSchedule>> search(TransitLayer layer, TripRequest request, int t,
                                                      List<StopAccess.StopWalk> access,
                                                      List<StopAccess.StopWalk> egress) {
    CostParameters cost = request.cost();
    TransitSearchSettings settings = TransitSearchSettings.DEFAULTS
        .withCost(cost)
        .withWalkTimeFactor(network.streets().walkSpeedMps() / request.walkSpeedMps())
        .withMaxTransferMeters((int) Math.round(request.maxWalkMeters()));
    RaptorRequestBuilder<TripSchedule> b = new RaptorRequestBuilder<>();
    SearchParamsBuilder<TripSchedule> sp = b.searchParams();
    List<WalkAccessEgress> accessWalks = walks(access, cost);
    List<WalkAccessEgress> egressWalks = walks(egress, cost);
    if (request.optimize() == TripRequest.Optimize.BEST_ITINERARIES) {
      // Walks no Pareto-optimal path can use only slow the multi-criteria search down (see DominatedWalks), and
      // so do such walks between stops (see WalkTransferTable).
      accessWalks = DominatedWalks.pruneAccess(layer, accessWalks, cost);
      egressWalks = DominatedWalks.pruneEgress(layer, egressWalks, cost);
      settings = settings.withDropDominatedTransfers(true);
    }
    sp.addAccessPaths(accessWalks);
    sp.addEgressPaths(egressWalks);
    sp.maxNumberOfTransfers(TransitRouter.raptorTransferLimit(request.maxTransfers()));
    if (request.optimize() == TripRequest.Optimize.EARLIEST_ARRIVAL) {
      b.profile(RaptorProfile.STANDARD);
      sp.searchOneIterationOnly();
      if (request.arriveBy()) {
        b.searchDirection(SearchDirection.REVERSE);
        sp.latestArrivalTime(t);
      } else {
        sp.earliestDepartureTime(t);
      }
    } else {
      b.profile(RaptorProfile.MULTI_CRITERIA);
      b.enableOptimization(Optimization.PARETO_CHECK_AGAINST_DESTINATION);
      sp.searchWindowInSeconds((int) request.window().toSeconds());
      if (request.arriveBy()) {
        // Keep the latest departures that still arrive in time, not the earliest arrivals.
        sp.latestArrivalTime(t).preferLateArrival(true);
      } else {
        sp.earliestDepartureTime(t);
      }
    }
    return TransitRouter.route(b.build(), new RaptorTransitData(layer, settings)).paths();
  }

  private static List<WalkAccessEgress> walks(List<StopAccess.StopWalk> walks, CostParameters cost) {
    return walks.stream().map(w -> WalkAccessEgress.of(w.stop(), w.seconds(), w.meters(), cost)).toList();
  }

  /**
   * How far a walk-only trip is looked for: the usual walk-only distance or the access limit, and further when the
   * best transit trip takes so long that a longer walk may arrive first, or when there is none (after the last bus, a
   * night's wait must not beat walking an hour), up to {@link #DIRECT_WALK_MAX} of walking, as OpenTripPlanner's
   * direct-walk limit.
   *
   * @param bestTransitSeconds the best transit trip door to door, {@link Integer#MAX_VALUE} when there is none
   */
  static double walkOnlyLimit(TripRequest request, int bestTransitSeconds) {
    double limit = Math.max(WALK_ONLY_MAX_METERS, request.maxAccessMeters());
    double cap = DIRECT_WALK_MAX.toSeconds() * request.walkSpeedMps();
    return Math.max(limit, Math.min(cap, (double) bestTransitSeconds * request.walkSpeedMps()));
  }

  private Candidate walkOnly(TripRequest request, int t, double limit) {
    double crow = Geo.distanceMeters(request.from().lat(), request.from().lon(), request.to().lat(),
        request.to().lon());
    if (crow > limit) {
      return null;
    }
    WalkPath p = network.streets().walkPath(request.from(), request.to());
    if (!p.ok() || p.meters() > limit * 1.5) {
      return null;
    }
    int seconds = (int) Math.ceil(p.seconds() * network.streets().walkSpeedMps() / request.walkSpeedMps());
    int start = request.arriveBy() ? t - seconds : t;
    return Candidate.walk(p, seconds, start, request);
  }

  /** Ranks, de-duplicates and trims the candidates (see the class comment). */
  private static List<Candidate> choose(List<Candidate> all, TripRequest request) {
    Comparator<Candidate> firstFirst = request.arriveBy()
        ? Comparator.comparingInt((Candidate c) -> -c.start).thenComparingInt(c -> c.transfers)
        : Comparator.comparingInt((Candidate c) -> c.end).thenComparingInt(c -> c.transfers);
    if (request.optimize() == TripRequest.Optimize.EARLIEST_ARRIVAL) {
      return List.of(all.stream().min(firstFirst.thenComparingInt(c -> c.score)).orElseThrow());
    }
    Map<String, Candidate> distinct = new HashMap<>();
    for (Candidate c : all) {
      distinct.merge(c.signature, c, (a, b) -> b.score < a.score ? b : a);
    }
    List<Candidate> ranked = new ArrayList<>(distinct.values());
    Comparator<Candidate> best = Comparator.comparingInt((Candidate c) -> c.score).thenComparing(firstFirst)
        .thenComparing(c -> c.signature);
    ranked.sort(best);
    // The first itinerary is the best-ranked one whatever the number asked for; the earliest arrival (latest
    // departure, arrive-by) takes the last place when it did not rank among the others.
    List<Candidate> out = new ArrayList<>(ranked.subList(0, Math.min(request.maxItineraries(), ranked.size())));
    Candidate earliest = ranked.stream().min(firstFirst.thenComparing(best)).orElseThrow();
    if (!out.contains(earliest) && out.size() >= 2) {
      out.set(out.size() - 1, earliest);
    }
    out.sort(best);
    return out;
  }

  private String noServiceMessage(LocalDate date) {
    String day = date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    var first = network.serviceDays().firstDate();
    var last = network.serviceDays().lastDate();
    if (first.isEmpty()) {
      return "the feed defines no service days";
    }
    if (date.isBefore(first.get()) || date.isAfter(last.get())) {
      return "date " + date + " is outside the feed's service period " + first.get() + " to " + last.get();
    }
    return "no trip runs on " + day + " " + date + " (service period " + first.get() + " to " + last.get() + ")";
  }

  private static String noRouteMessage(TripRequest r, List<StopAccess.StopWalk> accessStops,
                                       List<StopAccess.StopWalk> egress) {
    String access = r.maxAccessWalk().toMinutes() + " min";
    if (accessStops.isEmpty()) {
      return "no stop within " + access + " walk of the origin";
    }
    if (egress.isEmpty()) {
      return "no stop within " + access + " walk of the destination";
    }
    return String.format(Locale.ROOT, "no connection %s%s within %d min, %s walks to and from stops, %.0f m between "
        + "stops and %d transfers", r.arriveBy() ? "arriving by " : "leaving at ", r.time(), r.window().toMinutes(),
        access, r.maxWalkMeters(), r.maxTransfers());
  }

  /** A path or the walk-only option, with what ranking needs. */
  private static final class Candidate {
    RaptorPath<TripSchedule> path;
    WalkPath walk;
    int walkSeconds;
    int start;
    int end;
    int transfers;
    int cost;
    int score;
    int doorToDoor;
    String signature;

    static Candidate transit(RaptorPath<TripSchedule> p, TripRequest r) {
      Candidate c = new Candidate();
      c.path = p;
      c.start = p.startTime();
      c.end = p.endTime();
      c.transfers = p.numberOfTransfers();
      c.cost = p.c1() / 100;
      StringBuilder sig = new StringBuilder();
      p.transitLegs().forEach(l -> sig.append(l.trip().source().displayId()).append('|'));
      c.signature = sig.toString();
      c.finish(r);
      return c;
    }

    static Candidate walk(WalkPath p, int seconds, int start, TripRequest r) {
      Candidate c = new Candidate();
      c.walk = p;
      c.walkSeconds = seconds;
      c.start = start;
      c.end = start + seconds;
      c.cost = (int) Math.round(seconds * r.cost().walkReluctance());
      c.signature = "walk";
      c.finish(r);
      return c;
    }

    private void finish(TripRequest r) {
      int requested = r.time().toLocalTime().toSecondOfDay();
      int wait = r.arriveBy() ? Math.max(0, requested - end) : Math.max(0, start - requested);
      doorToDoor = r.arriveBy() ? requested - start : end - requested;
      score = cost + (int) Math.round(wait * r.cost().waitReluctance());
    }
  }
}
