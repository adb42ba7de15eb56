package dev.loopline.planner.score;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.osm.LatLon;
import dev.loopline.planner.proposal.Layover;
import dev.loopline.planner.transit.ServiceDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Costs the existing bus routes that cross a district border (their stops lie in two or more districts), from
 * their timetable over a representative week (the service date and the six days after it, so weekend timetables
 * count with their own trips): vehicle-km from each trip's shape (or its stops in a straight line when the feed has
 * no shape), revenue hours from first departure to last arrival, platform hours as revenue hours plus the default
 * layover after each trip, the peak fleet as the most trips under way at once on any day with that layover after
 * each (interlining between routes is not known from GTFS, so this may overstate a little), and the distance run
 * in each district, segment by segment, for the split.
 */
public final class ExistingLineCosts {
  private ExistingLineCosts() {}

  /** Days of the representative week: the service date and the six days after it, so each weekday counts once. */
  static final int WEEK = 7;

  public static List<ExistingLine> crossBorder(Feed feed, LocalDate date, StopGraph graph, DistrictLengths lengths,
                                               CostModel costs, CoverageCalculator coverage,
                                               Map<String, String> homeDistricts) {
    FeedIndex index = new FeedIndex(feed);
    Map<String, List<List<Integer>>> tripsByRoute = weekTrips(feed, index, date);
    List<ExistingLine> out = new ArrayList<>();
    for (Map.Entry<String, SortedSet<String>> e : graph.busRouteNodes().entrySet()) {
      Route route = index.route(e.getKey());
      List<List<Integer>> week = tripsByRoute.get(e.getKey());
      if (route == null || week == null) {
        continue;
      }
      SortedSet<String> districts = new TreeSet<>();
      for (String n : e.getValue()) {
        String d = graph.nodes().get(n).districtId();
        if (d != null) {
          districts.add(d);
        }
      }
      if (districts.size() < 2) {
        continue;
      }
      out.add(cost(feed, index, route, week, districts, lengths, costs, coverage, homeDistricts));
    }
    return out;
  }

  /**
   * Per route, the trips (stop_times trip indexes) running on each day of the representative week starting at
   * {@code date}.
   */
  static Map<String, List<List<Integer>>> weekTrips(Feed feed, FeedIndex index, LocalDate date) {
    ServiceDays days = ServiceDays.of(feed);
    StopTimes st = feed.stopTimes();
    // Per route, the trips (stop_times trip indexes) running on each day of the week.
    Map<String, List<List<Integer>>> tripsByRoute = new TreeMap<>();
    for (int t = 0; t < st.tripIds().size(); t++) {
      Trip trip = index.trip(st.tripIds().get(t));
      if (trip == null) {
        continue;
      }
      for (int d = 0; d < WEEK; d++) {
        if (days.runs(trip.serviceId(), date.plusDays(d))) {
          List<List<Integer>> week = tripsByRoute.computeIfAbsent(trip.routeId(), k -> {
            List<List<Integer>> w = new ArrayList<>();
            for (int i = 0; i < WEEK; i++) {
              w.add(new ArrayList<>());
            }
            return w;
          });
          week.get(d).add(t);
        }
      }
    }
    return tripsByRoute;
  }

  private static ExistingLine cost(Feed feed, FeedIndex index, Route route, List<List<Integer>> week,
                                   SortedSet<String> districts, DistrictLengths lengths, CostModel costs,
                                   CoverageCalculator coverage, Map<String, String> homes) {
    String agency = route.agencyId() != null ? route.agencyId()
        : feed.agencies().size() == 1 ? feed.agencies().get(0).id() : null;
    String home = agency == null ? null : homes.get(agency);
    if (home == null) {
      home = districts.first();
    }
    TripPaths paths = new TripPaths(index, lengths);
    DistrictDistances byDistrict = new DistrictDistances(lengths);
    Map<String, StopPoint> served = new TreeMap<>();
    java.util.Set<Integer> directions = new TreeSet<>();
    double meters = 0;
    double revenueSeconds = 0;
    double platformSeconds = 0;
    double spanSeconds = 0;
    int trips = 0;
    int peak = 0;
    int daysRun = 0;
    double[] tripsByDay = new double[WEEK];
    for (int day = 0; day < WEEK; day++) {
      List<int[]> occupied = new ArrayList<>();
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      for (int t : week.get(day)) {
        TripPaths.Timed trip = paths.timed(t);
        if (trip == null) {
          continue;
        }
        double m = paths.meters(trip);
        byDistrict.add(paths.districts(trip), m, 1);
        meters += m;
        trips++;
        tripsByDay[day]++;
        directions.add(trip.trip().directionId() == null ? 0 : trip.trip().directionId());
        int duration = trip.duration();
        revenueSeconds += duration;
        int layover = (int) Math.round(Layover.DEFAULT.minutesFor(duration / 60.0) * 60);
        platformSeconds += duration + layover;
        occupied.add(new int[] {trip.start(), trip.end() + layover});
        first = Math.min(first, trip.start());
        last = Math.max(last, trip.end());
        paths.serve(trip, served);
      }
      if (!occupied.isEmpty()) {
        daysRun++;
        peak = Math.max(peak, peakConcurrent(occupied));
        spanSeconds += Math.max(0, last - first);
      }
    }
    int nDirections = Math.max(1, directions.size());
    for (int d = 0; d < WEEK; d++) {
      tripsByDay[d] /= nDirections;
    }
    LineOperations ops = new LineOperations(peak, daysRun, trips, meters / 1000, platformSeconds / 3600,
        revenueSeconds / 3600, spanSeconds / 3600, daysRun == 0 ? 0 : trips / (double) nDirections / daysRun);
    double residents = coverage.servedResidents(new ArrayList<>(served.values()));
    OperatingCost cost = OperatingCost.of(ops, costs, Ridership.overWeek(costs, residents, tripsByDay),
        costs.defaultFare());
    Map<String, Double> metersByDistrict = byDistrict.byDistrict(home);
    SubsidySplit split = SubsidySplit.split(cost, metersByDistrict, home, costs.crossDistrictRatePerVkm(), Map.of(),
        Map.of());
    String name = route.displayName() == null ? route.id() : route.displayName();
    return new ExistingLine(route.id(), name, agency, home, List.copyOf(districts), metersByDistrict, cost, split);
  }

  /** The most intervals [start, end) open at once. */
  static int peakConcurrent(List<int[]> intervals) {
    List<int[]> events = new ArrayList<>();
    for (int[] i : intervals) {
      events.add(new int[] {i[0], 1});
      events.add(new int[] {i[1], -1});
    }
    // Ends before starts at the same second: a bus that arrives can take the next departure.
    events.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    int open = 0;
    int peak = 0;
    for (int[] ev : events) {
      open += ev[1];
      peak = Math.max(peak, open);
    }
    return peak;
  }
}
