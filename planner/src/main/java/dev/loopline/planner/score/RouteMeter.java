package dev.loopline.planner.score;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.district.PathLengths;
import dev.loopline.planner.proposal.BlockChainer;
import dev.loopline.planner.proposal.Layover;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Costs any route of a feed from its trips over the representative week, the same way for the baseline and for a
 * scenario, so that a change's cost is the difference of two measurements by one method: vehicle-km from each
 * trip's shape (its stops in a straight line without one) and per district segment by segment, revenue hours from
 * first departure to last arrival, and the fleet and platform hours from vehicle blocks — the feed's block_id where
 * every trip of the day has one (a scenario's regenerated trips do), else the trips chained by
 * {@link BlockChainer} with the layover {@link Layover#turnSeconds} gives a published trip. A day's fleet is its
 * blocks; the route's fleet is the busiest day's.
 */
final class RouteMeter {
  private final FeedIndex index;
  private final Map<String, List<List<Integer>>> week;
  private final DistrictLengths lengths;
  private final CostModel costs;
  private final CoverageCalculator coverage;
  private final Map<String, String> homes;
  private final DistrictLookup districts;
  private final TripPaths paths;

  RouteMeter(Feed feed, LocalDate date, DistrictLengths lengths, CostModel costs, CoverageCalculator coverage,
             Map<String, String> homes, DistrictLookup districts) {
    this.index = new FeedIndex(feed);
    this.week = ExistingLineCosts.weekTrips(feed, index, date);
    this.paths = new TripPaths(index, lengths);
    this.lengths = lengths;
    this.costs = costs;
    this.coverage = coverage;
    this.homes = homes;
    this.districts = districts;
  }

  /**
   * The route's week and year, or null when it runs no trip in the week.
   *
   * @param fare the fare its riders pay
   */
  RouteCost measure(String routeId, double fare) {
    Route route = index.route(routeId);
    List<List<Integer>> days = week.get(routeId);
    if (route == null || days == null) {
      return null;
    }
    Feed feed = index.feed();
    StopTimes st = feed.stopTimes();
    String agency = route.agencyId() != null ? route.agencyId()
        : feed.agencies().size() == 1 ? feed.agencies().get(0).id() : null;
    Set<Integer> directions = new TreeSet<>();
    for (List<Integer> day : days) {
      for (int t : day) {
        Trip trip = index.trip(st.tripIds().get(t));
        directions.add(trip.directionId() == null ? 0 : trip.directionId());
      }
    }
    DistrictDistances byDistrict = new DistrictDistances(lengths);
    Map<String, StopPoint> served = new TreeMap<>();
    BlockChainer.Places places = new BlockChainer.Places();
    double meters = 0;
    double revenueSeconds = 0;
    double platformSeconds = 0;
    double spanSeconds = 0;
    int trips = 0;
    int peak = 0;
    int daysRun = 0;
    String firstStop = null;
    double[] tripsByDay = new double[ExistingLineCosts.WEEK];
    for (int day = 0; day < ExistingLineCosts.WEEK; day++) {
      List<int[]> timed = new ArrayList<>();
      List<BlockChainer.Run> runs = new ArrayList<>();
      List<String> blockIds = new ArrayList<>();
      boolean allBlocked = true;
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      for (int t : days.get(day)) {
        TripPaths.Timed trip = paths.timed(t);
        if (trip == null) {
          continue;
        }
        double m = paths.meters(trip);
        byDistrict.add(paths.districts(trip), m, 1);
        meters += m;
        trips++;
        tripsByDay[day]++;
        revenueSeconds += trip.duration();
        first = Math.min(first, trip.start());
        last = Math.max(last, trip.end());
        List<String> stopIds = trip.stopIds();
        if (firstStop == null) {
          firstStop = stopIds.get(0);
        }
        runs.add(new BlockChainer.Run(place(places, index.stop(stopIds.get(0)), stopIds.get(0)),
            place(places, index.stop(stopIds.get(stopIds.size() - 1)), stopIds.get(stopIds.size() - 1)),
            trip.start(), trip.end(), Layover.DEFAULT.turnSeconds(trip.duration(), directions.size())));
        blockIds.add(trip.trip().blockId());
        allBlocked &= trip.trip().blockId() != null && !trip.trip().blockId().isEmpty();
        timed.add(new int[] {trip.start(), trip.end()});
        paths.serve(trip, served);
      }
      if (runs.isEmpty()) {
        continue;
      }
      int[] blocks;
      if (allBlocked) {
        List<String> ids = new ArrayList<>(new TreeSet<>(blockIds));
        blocks = blockIds.stream().mapToInt(ids::indexOf).toArray();
      } else {
        blocks = BlockChainer.chain(runs);
      }
      List<int[]> withBlocks = new ArrayList<>();
      for (int i = 0; i < blocks.length; i++) {
        withBlocks.add(new int[] {timed.get(i)[0], timed.get(i)[1], blocks[i]});
      }
      daysRun++;
      peak = Math.max(peak, (int) java.util.Arrays.stream(blocks).distinct().count());
      platformSeconds += BlockChainer.platformSeconds(withBlocks);
      spanSeconds += Math.max(0, last - first);
    }
    if (daysRun == 0) {
      return null;
    }
    int nDirections = Math.max(1, directions.size());
    for (int d = 0; d < tripsByDay.length; d++) {
      tripsByDay[d] /= nDirections;
    }
    String home = agency == null ? null : homes.get(agency);
    if (home == null && firstStop != null) {
      Stop s = index.stop(firstStop);
      home = s == null || !s.hasCoordinates() ? null : districts.districtAt(s.lat(), s.lon());
    }
    if (home == null) {
      home = byDistrict.longest().orElse("outside");
    }
    LineOperations ops = new LineOperations(peak, daysRun, trips, meters / 1000, platformSeconds / 3600,
        revenueSeconds / 3600, spanSeconds / 3600, trips / (double) nDirections / daysRun);
    double residents = coverage.servedResidents(new ArrayList<>(served.values()));
    OperatingCost cost = OperatingCost.of(ops, costs, Ridership.overWeek(costs, residents, tripsByDay), fare);
    Map<String, Double> metersByDistrict = byDistrict.byDistrict(home);
    SubsidySplit split = SubsidySplit.split(cost, metersByDistrict, home, costs.crossDistrictRatePerVkm(), Map.of(),
        Map.of());
    String name = route.displayName() == null ? route.id() : route.displayName();
    return new RouteCost(route.id(), name, agency, home, metersByDistrict, cost, split);
  }

  private static int place(BlockChainer.Places places, Stop stop, String id) {
    return stop == null || !stop.hasCoordinates() ? places.of(id, 0, 0) : places.of(id, stop.lat(), stop.lon());
  }
}
