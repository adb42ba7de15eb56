package dev.loopline.planner.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.merge.FeedSource;
import dev.loopline.gtfs.merge.FeedsConfig;
import dev.loopline.gtfs.model.CalendarDate;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Translation;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.osm.population.PopulationGrid;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scale-1 sample has the size the issue asks for, counted from the written files: about 2,000 bus stops and
 * 150 routes, 8,000+ trips and 200,000+ stop_times on a weekday, tens of thousands of OSM ways, a few million
 * residents; and the feeds have the features that make merging hard (ids from 1, clashing names, own calendars).
 */
class SampleCountsTest {
  private static final Map<String, Feed> FEEDS = new LinkedHashMap<>();
  private static final LocalDate WEEKDAY = FeedStats.SAMPLE_WEEKDAY;

  @BeforeAll
  static void read() {
    for (FeedSource s : FeedsConfig.load(SampleFixture.dir().resolve("feeds.yaml")).feeds()) {
      FEEDS.put(s.id(), GtfsReader.read(s.path(), s.readOptions()).feed());
    }
  }

  private static List<Feed> busFeeds() {
    return FEEDS.entrySet().stream().filter(e -> !e.getKey().equals("rail")).map(Map.Entry::getValue).toList();
  }

  @Test
  void busNetworkHasTheRequestedSize() {
    int stops = 0;
    int routes = 0;
    int weekdayTrips = 0;
    int weekdayStopTimes = 0;
    for (Feed f : busFeeds()) {
      stops += f.stops().size();
      routes += f.routes().size();
      Set<String> active = FeedStats.activeServices(f, WEEKDAY);
      for (Trip t : f.trips()) {
        if (active.contains(t.serviceId())) {
          weekdayTrips++;
          weekdayStopTimes += f.stopTimes().rowCountOfTrip(f.stopTimes().indexOfTrip(t.id()));
        }
      }
    }
    assertTrue(stops >= 1500 && stops <= 2600, "about 2,000 bus stops, got " + stops);
    assertTrue(routes >= 130 && routes <= 200, "about 150 bus routes, got " + routes);
    assertTrue(weekdayTrips >= 8000, "8,000+ weekday trips, got " + weekdayTrips);
    assertTrue(weekdayStopTimes >= 200_000, "200,000+ weekday stop_times, got " + weekdayStopTimes);
  }

  @Test
  void osmHasTensOfThousandsOfWaysWithAHierarchy() throws IOException {
    PbfContent osm = PbfContent.read(SampleFixture.dir().resolve("osm/science-city.osm.pbf"));
    assertTrue(osm.header, "PBF header with OsmSchema-V0.6");
    assertTrue(osm.ways.size() >= 20_000, "tens of thousands of ways, got " + osm.ways.size());
    Map<String, Integer> byHighway = new HashMap<>();
    int tunnels = 0;
    int oneways = 0;
    int named = 0;
    for (PbfContent.Way w : osm.ways) {
      byHighway.merge(w.tags().get("highway"), 1, Integer::sum);
      tunnels += "yes".equals(w.tags().get("tunnel")) && "-1".equals(w.tags().get("layer")) ? 1 : 0;
      oneways += "yes".equals(w.tags().get("oneway")) ? 1 : 0;
      named += w.tags().containsKey("name") && w.tags().containsKey("name:en") ? 1 : 0;
      for (long ref : w.refs()) {
        assertNotNull(osm.nodes.get(ref), "way " + w.id() + " refers to node " + ref);
      }
    }
    for (String hw : new String[] {"motorway", "motorway_link", "trunk", "primary", "secondary", "tertiary",
        "residential", "footway", "steps"}) {
      assertTrue(byHighway.getOrDefault(hw, 0) > 0, "has highway=" + hw + ": " + byHighway);
    }
    assertTrue(tunnels >= 10, "tunnels through the ridges: " + tunnels);
    assertTrue(oneways >= 100, "motorway carriageways and one-way streets: " + oneways);
    assertTrue(named > osm.ways.size() / 2, "most ways named in Chinese and English: " + named);
  }

  @Test
  void idsAreNumberedFromOneInEveryDistrictAndNamesClash() {
    int withRouteOne = 0;
    for (Map.Entry<String, Feed> e : FEEDS.entrySet()) {
      if (e.getKey().equals("rail")) {
        continue;
      }
      Feed f = e.getValue();
      assertTrue(f.stops().stream().anyMatch(s -> s.id().equals("1")), e.getKey() + " stop 1");
      assertTrue(f.routes().stream().anyMatch(r -> r.id().equals("1")), e.getKey() + " route 1");
      assertTrue(f.trips().stream().anyMatch(t -> t.id().equals("1")), e.getKey() + " trip 1");
      assertTrue(f.calendars().stream().anyMatch(c -> c.serviceId().equals("1")), e.getKey() + " service 1");
      withRouteOne += f.routes().stream().anyMatch(r -> "1".equals(r.shortName())) ? 1 : 0;
      assertTrue(f.agencies().get(0).name().contains("合成样本"), "agency says synthetic sample");
      assertTrue(f.feedInfo().publisherName().contains("synthetic"), "feed_info says synthetic");
    }
    assertTrue(withRouteOne >= 4, "route short name 1 in several districts: " + withRouteOne);
  }

  @Test
  void calendarsDifferButAllCoverTheSchoolYearWithHolidays() {
    Set<String> ranges = new java.util.HashSet<>();
    for (Map.Entry<String, Feed> e : FEEDS.entrySet()) {
      Feed f = e.getValue();
      for (LocalDate d : new LocalDate[] {LocalDate.of(2026, 9, 1), LocalDate.of(2027, 6, 30),
          LocalDate.of(2026, 12, 5), LocalDate.of(2027, 3, 14)}) {
        assertTrue(!FeedStats.activeServices(f, d).isEmpty(), e.getKey() + " runs on " + d);
      }
      boolean newYear = f.calendarDates().stream().anyMatch(cd -> cd.date().equals(LocalDate.of(2027, 1, 1))
          && cd.exceptionType() == CalendarDate.REMOVED);
      assertTrue(newYear, e.getKey() + " removes 2027-01-01 from a weekday service");
      f.calendars().stream().filter(c -> c.serviceId().equals("1") || c.serviceId().equals("WD"))
          .forEach(c -> ranges.add(c.startDate() + ".." + c.endDate()));
    }
    assertTrue(ranges.size() >= 5, "operators run different date ranges: " + ranges);
  }

  @Test
  void headwaysAreWithinTheRequestedRanges() {
    for (Map.Entry<String, Feed> e : FEEDS.entrySet()) {
      boolean rail = e.getKey().equals("rail");
      Feed f = e.getValue();
      Set<String> active = FeedStats.activeServices(f, WEEKDAY);
      Map<String, List<Integer>> departures = new HashMap<>();
      int first = Integer.MAX_VALUE;
      int last = 0;
      for (Trip t : f.trips()) {
        if (!active.contains(t.serviceId())) {
          continue;
        }
        StopTimes st = f.stopTimes();
        int dep = st.departure(st.firstRowOfTrip(st.indexOfTrip(t.id())));
        departures.computeIfAbsent(t.routeId() + "/" + t.directionId() + "/" + t.serviceId(),
            k -> new ArrayList<>()).add(dep);
        first = Math.min(first, dep);
        last = Math.max(last, dep);
      }
      for (Map.Entry<String, List<Integer>> d : departures.entrySet()) {
        List<Integer> times = d.getValue().stream().sorted().toList();
        for (int i = 1; i < times.size(); i++) {
          int gap = (times.get(i) - times.get(i - 1)) / 60;
          if (rail) {
            assertTrue(gap >= 4 && gap <= 12, e.getKey() + " " + d.getKey() + " headway " + gap);
          } else {
            assertTrue(gap >= 6 && gap <= 20, e.getKey() + " " + d.getKey() + " headway " + gap);
          }
        }
      }
      if (rail) {
        assertEquals(6 * 3600, first, "rail starts at 06:00");
        assertTrue(last >= 22 * 3600 + 45 * 60 && last <= 23 * 3600, "rail runs until about 23:00: " + last);
      }
    }
  }

  /** A resident asking for English reads no Chinese name: stops, routes and headsigns all have an English one. */
  @Test
  void everyStopRouteAndHeadsignHasAnEnglishName() {
    for (Map.Entry<String, Feed> e : FEEDS.entrySet()) {
      Feed f = e.getValue();
      Set<String> byRecord = new java.util.HashSet<>();
      Set<String> headsigns = new java.util.HashSet<>();
      for (Translation t : f.translations()) {
        if (!t.language().equals("en") || t.translation() == null || t.translation().isBlank()) {
          continue;
        }
        if (t.recordId() != null) {
          byRecord.add(t.tableName() + "." + t.fieldName() + ":" + t.recordId());
        } else if (t.tableName().equals("trips") && t.fieldName().equals("trip_headsign")) {
          headsigns.add(t.fieldValue());
        }
      }
      f.stops().forEach(s -> assertTrue(byRecord.contains("stops.stop_name:" + s.id()),
          e.getKey() + ": English name of stop " + s.id()));
      f.routes().forEach(r -> assertTrue(byRecord.contains("routes.route_long_name:" + r.id()),
          e.getKey() + ": English name of route " + r.id()));
      f.trips().forEach(t -> assertTrue(headsigns.contains(t.headsign()),
          e.getKey() + ": English headsign of trip " + t.id() + " (" + t.headsign() + ")"));
    }
  }

  @Test
  void railHasTheSixLinesWithHubsSevenAndFifteen() {
    Feed rail = FEEDS.get("rail");
    assertEquals(Set.of("1", "7", "15", "17", "19", "27"),
        Set.copyOf(rail.routes().stream().map(Route::shortName).toList()));
    assertTrue(rail.routes().stream().allMatch(r -> r.type() == Route.SUBWAY));
    assertTrue(rail.stops().stream().allMatch(s -> s.id().matches("L(1|7|15|17|19|27)-\\d{2}")));
    Set<String> translated = new java.util.HashSet<>();
    for (Translation t : rail.translations()) {
      if (t.tableName().equals("stops") && t.language().equals("en")) {
        translated.add(t.recordId());
      }
    }
    rail.stops().forEach(s -> assertTrue(translated.contains(s.id()), "English name of " + s.id()));
    GeneratedSample g = SampleFixture.sample();
    RailStation hub7 = g.layout().station("L7-07");
    RailStation hub15 = g.layout().station("L15-05");
    assertTrue(hub7.position().distanceTo(hub15.position()) < 100, "7 and 15 meet at 科学城");
    int core = g.districts().locate(hub7.position().x(), hub7.position().y());
    assertEquals("gaoxin", DistrictSpec.ALL.get(core).id(), "the hub is in the core");
  }

  @Test
  void populationHasAFewMillionResidentsInPopulatedCellsOnly() throws IOException {
    Path csv = SampleFixture.dir().resolve("population.csv");
    PopulationGrid grid = PopulationGrid.loadCsv(csv, null);
    assertTrue(grid.totalPopulation() > 2_000_000 && grid.totalPopulation() < 6_000_000,
        "a few million residents: " + grid.totalPopulation());
    assertTrue(grid.totalJobs() > 800_000, "jobs: " + grid.totalJobs());
    assertTrue(grid.cells().stream().allMatch(c -> c.population() > 0 || c.jobs() > 0), "only populated cells");
    assertTrue(grid.cells().size() < 60_000, "a modest file: " + grid.cells().size() + " cells");
  }
}
