package dev.loopline.planner.score;

import dev.loopline.gtfs.model.Agency;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedBuilder;
import dev.loopline.gtfs.model.FeedInfo;
import dev.loopline.gtfs.model.Network;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.RouteNetwork;
import dev.loopline.gtfs.model.ServiceCalendar;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.osm.BusLeg;
import dev.loopline.osm.BusRoute;
import dev.loopline.osm.EdgeAnchor;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import dev.loopline.osm.StreetMode;
import dev.loopline.gtfs.geo.LocalProjection;
import dev.loopline.planner.proposal.TestFeeds;
import dev.loopline.planner.transit.StopTransfers;
import dev.loopline.planner.transit.TransitLayer;
import dev.loopline.planner.transit.TransitSearchSettings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A small hand-made network on a street grid for end-to-end scoring tests (no OSM needed). District A is the 3 km
 * wide strip west of x = 3000 m, B the 3 km east of it (both 0 .. 2000 m north). Rail line 7 runs north from R1
 * (500, 0) to R2 (500, 2000) in A; Beibei's local bus runs from X (3500, 0) to Y (3500, 2000) in B;
 * Shapingba's existing cross-border route 88 runs from A1 (600, 0) to X. Buses drive in straight lines at 8 m/s;
 * walking is Manhattan at 1.25 m/s. Cells are 500 m squares, 100 residents and 20 jobs each.
 */
final class TestNetwork {
  static final LocalProjection P = new LocalProjection(29.6, 106.3);
  static final LocalDate DATE = LocalDate.of(2026, 12, 1);
  static final GeometryFactory G = new GeometryFactory();

  static double lat(double y) {
    return P.lat(y);
  }

  static double lon(double x) {
    return P.lon(x);
  }

  static Feed feed() {
    return feed(false);
  }

  /**
   * The network; with {@code weekend}, route 88 also runs on Saturdays and Sundays (service {@code we}), every
   * 1800 s from 06:00 to 10:00 each way.
   */
  static Feed feed(boolean weekend) {
    FeedBuilder b = Feed.builder();
    b.agencies.add(new Agency("beibei:1", "北碚公交", "https://bb.example.com", "Asia/Shanghai", "zh", null, null, null,
        Map.of()));
    b.agencies.add(new Agency("rail:1", "重庆轨道交通", "https://rail.example.com", "Asia/Shanghai", "zh", null, null,
        null, Map.of()));
    b.agencies.add(new Agency("shapingba:1", "沙坪坝公交", "https://spb.example.com", "Asia/Shanghai", "zh", null, null,
        null, Map.of()));
    b.stops.add(TestFeeds.stop("rail:R1", "一号站", lat(0), lon(500)));
    b.stops.add(TestFeeds.stop("rail:R2", "二号站", lat(2000), lon(500)));
    b.stops.add(TestFeeds.stop("shapingba:A1", "甲一", lat(0), lon(600)));
    b.stops.add(TestFeeds.stop("shapingba:A2", "甲二", lat(1000), lon(1500)));
    b.stops.add(TestFeeds.stop("beibei:X", "乙站", lat(0), lon(3500)));
    b.stops.add(TestFeeds.stop("beibei:Y", "丙站", lat(2000), lon(3500)));
    b.routes.add(TestFeeds.route("rail:7", "rail:1", "7", Route.SUBWAY));
    b.routes.add(TestFeeds.route("beibei:5", "beibei:1", "5", Route.BUS));
    b.routes.add(TestFeeds.route("shapingba:88", "shapingba:1", "88", Route.BUS));
    b.routes.add(TestFeeds.route("shapingba:9", "shapingba:1", "9", Route.BUS));
    b.calendars.add(new ServiceCalendar("wk", 0b11111, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
        Map.of()));
    StopTimes.Builder st = new StopTimes.Builder();
    trips(b, st, "rail:7", 300, 120, "rail:R1", "rail:R2");
    trips(b, st, "beibei:5", 600, 300, "beibei:X", "beibei:Y");
    trips(b, st, "shapingba:88", 900, 420, "shapingba:A1", "beibei:X");
    trips(b, st, "shapingba:9", 1200, 180, "shapingba:A1", "shapingba:A2");
    if (weekend) {
      b.calendars.add(new ServiceCalendar("we", 0b1100000, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
          Map.of()));
      trips(b, st, "we", "shapingba:88", 1800, 420, "shapingba:A1", "beibei:X");
    }
    b.stopTimes = st.build();
    b.networks.add(new Network("sc", "科学城一体化公交", Map.of()));
    for (Route r : b.routes) {
      b.routeNetworks.add(new RouteNetwork("sc", r.id(), Map.of()));
    }
    b.feedInfo = new FeedInfo("Loopline", "https://loopline.example.com", "zh", null, null, null, null, null, null,
        Map.of());
    return b.build();
  }

  /** Trips both ways every {@code headway} s from 06:00 to 10:00, {@code run} s from end to end. */
  private static void trips(FeedBuilder b, StopTimes.Builder st, String route, int headway, int run, String from,
                            String to) {
    trips(b, st, "wk", route, headway, run, from, to);
  }

  private static void trips(FeedBuilder b, StopTimes.Builder st, String service, String route, int headway, int run,
                            String from, String to) {
    for (int dir = 0; dir < 2; dir++) {
      for (int t = 6 * 3600; t < 10 * 3600; t += headway) {
        String id = route + ":" + (service.equals("wk") ? "" : service + ":") + dir + ":" + t;
        b.trips.add(new Trip(route, service, id, null, null, dir, null, null, null, null, Map.of()));
        st.add(id, t, t, dir == 0 ? from : to, 1, null, -1, -1, -1, -1, Double.NaN, -1);
        st.add(id, t + run, t + run, dir == 0 ? to : from, 2, null, -1, -1, -1, -1, Double.NaN, -1);
      }
    }
  }

  static List<GridCell> cells() {
    List<GridCell> out = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      for (int j = 0; j < 5; j++) {
        double x = 250 + i * 500;
        double y = j * 500;
        out.add(new GridCell("c" + i + "_" + j, lat(y), lon(x), 100, 20, x < 3000 ? "A" : "B", 250_000,
            Math.abs(x - 3000) <= 2000));
      }
    }
    return out;
  }

  static Geometry district(double x0, double x1) {
    return G.createPolygon(new Coordinate[] {new Coordinate(lon(x0), lat(-500)), new Coordinate(lon(x1), lat(-500)),
        new Coordinate(lon(x1), lat(2500)), new Coordinate(lon(x0), lat(2500)), new Coordinate(lon(x0), lat(-500))});
  }

  static Map<String, Geometry> districts() {
    Map<String, Geometry> d = new TreeMap<>();
    d.put("A", district(0, 3000));
    d.put("B", district(3000, 6000));
    return d;
  }

  /** The two districts as the street toolkit's district set. */
  static final dev.loopline.osm.district.Districts DISTRICTS = dev.loopline.osm.district.Districts.of(
      districts().entrySet().stream()
          .map(e -> new dev.loopline.osm.district.District(e.getKey(), e.getKey(), e.getKey(), e.getValue())).toList());

  /** Metres of a path inside each district, segment by segment. */
  static dev.loopline.osm.district.PathLengths lengths(List<LatLon> path) {
    return DISTRICTS.lengthsAlong(path);
  }

  /** Straight-line bus legs at 8 m/s. */
  static BusRoute route(List<LatLon> points) {
    List<BusLeg> legs = new ArrayList<>();
    for (int i = 1; i < points.size(); i++) {
      double m = points.get(i - 1).distanceTo(points.get(i));
      legs.add(new BusLeg(m, m / 8));
    }
    return new BusRoute(points, legs, List.of(), null);
  }

  static Snap snap(LatLon p) {
    double x = P.x(p.lon());
    double y = P.y(p.lat());
    boolean inside = x >= 0 && x <= 6000 && y >= -500 && y <= 2500;
    return inside ? new Snap(p, StreetMode.BUS, p, 0, null, 500, 500, new EdgeAnchor(0, 0, 1, 0, 1))
        : new Snap(p, StreetMode.BUS, null, Double.POSITIVE_INFINITY, dev.loopline.osm.SnapFailure.NO_ROAD, 500, 500,
            null);
  }

  static ScoringContext context(boolean withTransit) {
    return context(feed(), withTransit);
  }

  static ScoringContext context(Feed feed, boolean withTransit) {
    CellIndex cells = new CellIndex(cells());
    TransitSearchSpace.Factory transit = !withTransit ? null : f -> {
      StopTransfers transfers = StopTransfers.straightLine(f, 300, 1.25, 1.3);
      return RaptorTransitArrivals.space(TransitLayer.build(f, DATE, transfers), TransitSearchSettings.DEFAULTS);
    };
    return new ScoringContext(feed, DATE, TestNetwork::route, TestNetwork::snap, cells,
        new ManhattanCatchments(cells, P), (lat, lon) -> P.x(lon) < 3000 ? "A" : P.x(lon) <= 6000 ? "B" : null,
        TestNetwork::lengths, Map.of("A", "甲区", "B", "乙区"), districts(), transit, 300, "Test network", false);
  }
}
