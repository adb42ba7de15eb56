package dev.loopline.planner.proposal;

import dev.loopline.gtfs.model.Agency;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedBuilder;
import dev.loopline.gtfs.model.FeedInfo;
import dev.loopline.gtfs.model.Network;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.RouteNetwork;
import dev.loopline.gtfs.model.ServiceCalendar;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Small hand-made unified feeds for proposal and score tests. */
public final class TestFeeds {
  private TestFeeds() {}

  public static Stop stop(String id, String name, double lat, double lon) {
    return new Stop(id, null, name, null, lat, lon, null, null, 0, null, null, null, null, null, Map.of());
  }

  public static Route route(String id, String agency, String shortName, int type) {
    return new Route(id, agency, shortName, shortName + " line", null, type, null, null, null, null, null, null,
        null, Map.of());
  }

  /**
   * A merged-looking feed: agencies {@code shapingba:1} and {@code rail:1}; bus stops A, B (shapingba), rail
   * stations R1, R2 (rail); one rail route R1-R2 and one bus route A-B with one trip each, weekdays of 2026.
   */
  public static Feed small() {
    FeedBuilder b = Feed.builder();
    b.agencies.add(new Agency("rail:1", "重庆轨道交通", "https://rail.example.com", "Asia/Shanghai", "zh", null, null, null,
        Map.of()));
    b.agencies.add(new Agency("shapingba:1", "沙坪坝公交", "https://spb.example.com", "Asia/Shanghai", "zh", null, null,
        null, Map.of()));
    b.stops.add(stop("rail:R1", "一号站", 29.60, 106.30));
    b.stops.add(stop("rail:R2", "二号站", 29.62, 106.30));
    b.stops.add(stop("shapingba:A", "甲站", 29.60, 106.32));
    b.stops.add(stop("shapingba:B", "乙站", 29.62, 106.32));
    b.routes.add(route("rail:L7", "rail:1", "7", Route.SUBWAY));
    b.routes.add(route("shapingba:101", "shapingba:1", "101", Route.BUS));
    b.calendars.add(new ServiceCalendar("rail:wk", 0b11111, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
        Map.of()));
    b.calendars.add(new ServiceCalendar("shapingba:wk", 0b11111, LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31), Map.of()));
    b.trips.add(new Trip("rail:L7", "rail:wk", "rail:t1", null, null, 0, null, null, null, null, Map.of()));
    b.trips.add(new Trip("shapingba:101", "shapingba:wk", "shapingba:t1", null, null, 0, null, null, null, null,
        Map.of()));
    StopTimes.Builder st = new StopTimes.Builder();
    st.add("rail:t1", 7 * 3600, 7 * 3600, "rail:R1", 1, null, -1, -1, -1, -1, Double.NaN, -1);
    st.add("rail:t1", 7 * 3600 + 180, 7 * 3600 + 180, "rail:R2", 2, null, -1, -1, -1, -1, Double.NaN, -1);
    st.add("shapingba:t1", 7 * 3600, 7 * 3600, "shapingba:A", 1, null, -1, -1, -1, -1, Double.NaN, -1);
    st.add("shapingba:t1", 7 * 3600 + 300, 7 * 3600 + 300, "shapingba:B", 2, null, -1, -1, -1, -1, Double.NaN, -1);
    b.stopTimes = st.build();
    b.networks.add(new Network("sc", "西部(重庆)科学城一体化公交", Map.of()));
    b.routeNetworks.add(new RouteNetwork("sc", "rail:L7", Map.of()));
    b.routeNetworks.add(new RouteNetwork("sc", "shapingba:101", Map.of()));
    b.feedInfo = new FeedInfo("Loopline", "https://loopline.example.com", "zh", null, null, null, null, null, null,
        Map.of());
    return b.build();
  }

  public static List<Stop> stops(Feed f) {
    return f.stops();
  }
}
