package dev.loopline.planner.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.merge.FeedSource;
import dev.loopline.gtfs.merge.FeedsConfig;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.osm.BusRoute;
import dev.loopline.osm.ImportProgress;
import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import dev.loopline.osm.StreetConfig;
import dev.loopline.osm.StreetMode;
import dev.loopline.osm.StreetNetwork;
import dev.loopline.osm.graphhopper.StreetNetworks;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The bus network sits on the generated streets: every stop is within 50 m of a walkable way (checked both against
 * the PBF's geometry and by snapping in GraphHopper, which imports the file), and every line can be driven stop to
 * stop on the bus profile.
 */
class SampleStreetsTest {
  private static final Map<String, Feed> FEEDS = new LinkedHashMap<>();
  @TempDir
  static Path cache;
  private static StreetNetwork streets;

  @BeforeAll
  static void open() {
    for (FeedSource s : FeedsConfig.load(SampleFixture.dir().resolve("feeds.yaml")).feeds()) {
      if (!s.id().equals("rail")) {
        FEEDS.put(s.id(), GtfsReader.read(s.path(), s.readOptions()).feed());
      }
    }
    streets = StreetNetworks.open(StreetConfig.of(SampleFixture.dir().resolve("osm/science-city.osm.pbf"), cache),
        ImportProgress.none());
  }

  @AfterAll
  static void close() {
    if (streets != null) {
      streets.close();
    }
  }

  @Test
  void everyStopIsBesideAWalkableWayOfThePbf() throws IOException {
    PbfContent osm = PbfContent.read(SampleFixture.dir().resolve("osm/science-city.osm.pbf"));
    STRtree tree = new STRtree();
    for (PbfContent.Way w : osm.ways) {
      String hw = w.tags().get("highway");
      if (hw == null || hw.startsWith("motorway")) {
        continue;
      }
      for (int i = 1; i < w.refs().length; i++) {
        double[] a = osm.nodes.get(w.refs()[i - 1]);
        double[] b = osm.nodes.get(w.refs()[i]);
        double[] seg = {Projection.x(a[1]), Projection.y(a[0]), Projection.x(b[1]), Projection.y(b[0])};
        tree.insert(new Envelope(seg[0], seg[2], seg[1], seg[3]), seg);
      }
    }
    double worst = 0;
    int checked = 0;
    for (Map.Entry<String, Feed> e : FEEDS.entrySet()) {
      for (Stop s : e.getValue().stops()) {
        double x = Projection.x(s.lon());
        double y = Projection.y(s.lat());
        double best = Double.POSITIVE_INFINITY;
        for (Object o : tree.query(new Envelope(new Coordinate(x - 60, y - 60), new Coordinate(x + 60, y + 60)))) {
          double[] seg = (double[]) o;
          best = Math.min(best, Segments.distance(x, y, seg[0], seg[1], seg[2], seg[3]));
        }
        assertTrue(best <= 50, e.getKey() + " stop " + s.id() + " is " + best + " m from a walkable way");
        worst = Math.max(worst, best);
        checked++;
      }
    }
    assertTrue(checked > 1500, "checked " + checked + " stops");
    assertTrue(worst < 25, "stops stand a few metres off the street; worst " + worst);
  }

  @Test
  void everyStopSnapsToAWalkableRoadInGraphHopper() {
    List<String> far = new ArrayList<>();
    for (Map.Entry<String, Feed> e : FEEDS.entrySet()) {
      for (Stop s : e.getValue().stops()) {
        Snap snap = streets.snap(new LatLon(s.lat(), s.lon()), StreetMode.WALK);
        if (!snap.ok() || snap.distanceMeters() > 50) {
          far.add(e.getKey() + ":" + s.id() + " " + (snap.ok() ? snap.distanceMeters() + " m" : snap.failureReason()));
        }
      }
    }
    assertEquals(List.of(), far);
  }

  @Test
  void everyLineCanBeDrivenStopToStop() {
    List<String> failed = new ArrayList<>();
    int routes = 0;
    for (Map.Entry<String, Feed> e : FEEDS.entrySet()) {
      Feed f = e.getValue();
      FeedIndex idx = new FeedIndex(f);
      Set<String> done = new HashSet<>();
      for (Trip t : f.trips()) {
        if (!done.add(t.routeId())) {
          continue;
        }
        StopTimes st = f.stopTimes();
        int ti = st.indexOfTrip(t.id());
        List<LatLon> points = new ArrayList<>();
        for (int r = st.firstRowOfTrip(ti); r < st.firstRowOfTrip(ti) + st.rowCountOfTrip(ti); r++) {
          Stop s = idx.stop(st.stopId(r));
          points.add(new LatLon(s.lat(), s.lon()));
        }
        BusRoute route = streets.busRoute(points);
        routes++;
        if (!route.ok()) {
          failed.add(e.getKey() + " route " + t.routeId() + ": " + route.failure());
        }
      }
    }
    assertTrue(routes >= 130, "routes checked: " + routes);
    assertEquals(List.of(), failed);
  }
}
