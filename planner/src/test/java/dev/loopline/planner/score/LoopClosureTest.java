package dev.loopline.planner.score;

import dev.loopline.gtfs.geo.Geo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedBuilder;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.planner.proposal.TestFeeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jgrapht.alg.cycle.PatonCycleBase;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

class LoopClosureTest {
  /** Metres per degree of latitude in {@code LocalProjection} (mean Earth radius 6 371 km). */
  static final double M = Geo.METERS_PER_DEGREE;
  static final double LAT0 = 29.60;
  static final double LON0 = 106.30;
  static final double DLAT_1KM = 1000 / M;
  static final double DLON_1KM = 1000 / (M * Math.cos(Math.toRadians(LAT0)));
  /** District A west of 106.305, B east of it. */
  static final DistrictLookup TWO_DISTRICTS = (lat, lon) -> lon < 106.305 ? "A" : "B";

  /** A feed builder with trips added as stop sequences. */
  static final class Builder {
    final FeedBuilder b = Feed.builder();
    final StopTimes.Builder st = new StopTimes.Builder();
    int trip;

    Builder stop(String id, double lat, double lon) {
      b.stops.add(TestFeeds.stop(id, id, lat, lon));
      return this;
    }

    Builder line(String routeId, int type, String... stops) {
      if (b.routes.stream().noneMatch(r -> r.id().equals(routeId))) {
        b.routes.add(TestFeeds.route(routeId, "a", routeId.substring(routeId.indexOf(':') + 1), type));
      }
      String t = "t" + trip++;
      b.trips.add(new Trip(routeId, "s", t, null, null, 0, null, null, null, null, Map.of()));
      for (int i = 0; i < stops.length; i++) {
        st.add(t, 3600 + i * 60, 3600 + i * 60, stops[i], i + 1, null, -1, -1, -1, -1, Double.NaN, -1);
      }
      return this;
    }

    Feed build() {
      b.stopTimes = st.build();
      return b.build();
    }
  }

  /** Rail line 7 from R1 north 1 km to R2 (district A); bus stops X, Y 1 km east of them (district B). */
  static Builder square() {
    return new Builder()
        .stop("rail:R1", LAT0, LON0)
        .stop("rail:R2", LAT0 + DLAT_1KM, LON0)
        .stop("bus:X", LAT0, LON0 + DLON_1KM)
        .stop("bus:Y", LAT0 + DLAT_1KM, LON0 + DLON_1KM)
        .stop("bus:R1-side", LAT0 + 50 / M, LON0)            // 50 m from R1: joins the station's node
        .line("rail:7", Route.SUBWAY, "rail:R1", "rail:R2")
        .line("rail:7", Route.SUBWAY, "rail:R2", "rail:R1")
        .line("bus:local", Route.BUS, "bus:X", "bus:Y");
  }

  @Test
  void aFourStopLoopAroundOneSquareKilometre() {
    Feed scenario = square().line("SC-L1:line", Route.BUS, "bus:R1-side", "bus:X", "bus:Y", "rail:R2").build();
    StopGraph g = StopGraph.build(scenario, TWO_DISTRICTS, StopGraph.DEFAULT_MERGE_METERS);
    assertEquals("rail:R1", g.nodeOf("bus:R1-side").id());
    assertEquals(4, g.nodes().size());
    List<ClosedLoop> loops = LoopClosure.closedBy(g, List.of("bus:R1-side", "bus:X", "bus:Y", "rail:R2"));
    assertEquals(1, loops.size());
    ClosedLoop loop = loops.get(0);
    // Labelled by the stops the line calls at: a bus stop merged into the R1 station node is named with the station.
    assertEquals("bus:R1-side", loop.fromStopId());
    assertEquals("rail:R1 (bus:R1-side)", loop.fromStation());
    assertEquals("rail:R2", loop.toStopId());
    assertEquals("rail:R2", loop.toStation());
    assertEquals(List.of("rail:R1", "bus:X", "bus:Y", "rail:R2"), loop.busNodes());
    assertEquals(List.of("rail:R2", "rail:R1"), loop.railNodes());
    // The R1 node sits 25 m north of R1 (mean of R1 and the side stop), so the square is 1 km x 0.975..1 km.
    assertEquals(1.0, loop.areaKm2(), 0.02);
    // 1 km² over 1 km of rail: the loop reaches 1 000 m from the rail line on average (more than the 800 m needed).
    assertEquals(1000, loop.meanSeparationMeters(), 20);
    assertEquals(List.of("A", "B"), loop.districts());
    assertEquals(List.of("7"), loop.railLines());
    assertEquals(5, loop.ring().size());
  }

  @Test
  void aBusBesideTheRailBetweenTwoAdjacentStationsClosesNothing() {
    // R1 -> W (600 m east of the midpoint, just over the border in B) -> R2: a triangle of 1 km base and 0.6 km
    // height, 0.3 km², over 1 km of rail: 300 m from the rail line on average, within a station's 800 m walk.
    Feed scenario = square().stop("bus:W", LAT0 + DLAT_1KM / 2, LON0 + 0.6 * DLON_1KM)
        .line("SC-L2:line", Route.BUS, "rail:R1", "bus:W", "rail:R2").build();
    StopGraph g = StopGraph.build(scenario, TWO_DISTRICTS, StopGraph.DEFAULT_MERGE_METERS);
    assertEquals("B", g.nodeOf("bus:W").districtId());
    assertEquals(List.of(), LoopClosure.closedBy(g, List.of("rail:R1", "bus:W", "rail:R2")));
    // With no separation required it is there, and measures as computed by hand.
    List<ClosedLoop> any = LoopClosure.closedBy(g, List.of("rail:R1", "bus:W", "rail:R2"), false, 0, id -> id);
    assertEquals(1, any.size());
    assertEquals(0.3, any.get(0).areaKm2(), 0.001);
    assertEquals(300, any.get(0).meanSeparationMeters(), 1);
  }

  @Test
  void aCircularLineClosesTheLoopAcrossItsWrapAround() {
    // X -> R1 -> R2 -> Y and round to X: R1-R2 is one district's rail pair, but R2 -> Y -> X -> R1, across the
    // wrap-around, crosses into B and back: a 1 km² loop with the rail path R1-R2.
    Feed scenario = square().line("SC-L3:line", Route.BUS, "bus:X", "rail:R1", "rail:R2", "bus:Y", "bus:X").build();
    StopGraph g = StopGraph.build(scenario, TWO_DISTRICTS, StopGraph.DEFAULT_MERGE_METERS);
    List<String> stops = List.of("bus:X", "rail:R1", "rail:R2", "bus:Y");
    assertEquals(List.of(), LoopClosure.closedBy(g, stops, false, 800, id -> id));
    List<ClosedLoop> loops = LoopClosure.closedBy(g, stops, true, 800, id -> id);
    assertEquals(1, loops.size());
    assertEquals("rail:R2", loops.get(0).fromStopId());
    assertEquals("rail:R1", loops.get(0).toStopId());
    assertEquals(List.of("rail:R2", "bus:Y", "bus:X", "rail:R1"), loops.get(0).busNodes());
    assertEquals(1.0, loops.get(0).areaKm2(), 0.001);
  }

  @Test
  void theHeadlineDoesNotMoveForABusLineTouchingNoRail() {
    // The square loop R1 -> X -> Y -> R2 is one loop needing rail and a border link. A bus line X -> Z -> Y inside B
    // adds a cycle (independent cycles 1 -> 2) but no loop needing rail: the headline stays 1.
    Builder withLoop = square().line("SC-L1:line", Route.BUS, "rail:R1", "bus:X", "bus:Y", "rail:R2");
    NetworkLoops before = LoopClosure.network(StopGraph.build(withLoop.build(), TWO_DISTRICTS, 150));
    Builder more = square().line("SC-L1:line", Route.BUS, "rail:R1", "bus:X", "bus:Y", "rail:R2")
        .stop("bus:Z", LAT0 + DLAT_1KM / 2, LON0 + 2 * DLON_1KM)
        .line("bus:new", Route.BUS, "bus:X", "bus:Z", "bus:Y");
    NetworkLoops after = LoopClosure.network(StopGraph.build(more.build(), TWO_DISTRICTS, 150));
    assertEquals(1, before.independentCycles());
    assertEquals(2, after.independentCycles());
    assertEquals(1, before.irreducibleRailBorderCycles());
    assertEquals(1, after.irreducibleRailBorderCycles());
  }

  @Test
  void areaOfAHandDrawnSquareIsExact() {
    List<double[]> ring = new ArrayList<>();
    ring.add(new double[] {LON0, LAT0});
    ring.add(new double[] {LON0 + DLON_1KM, LAT0});
    ring.add(new double[] {LON0 + DLON_1KM, LAT0 + 2 * DLAT_1KM});
    ring.add(new double[] {LON0, LAT0 + 2 * DLAT_1KM});
    ring.add(ring.get(0));
    assertEquals(2.0, LoopClosure.areaKm2(ring), 1e-9);
    // A figure-eight (self-crossing) ring counts both lobes, not their signed difference (which would be 0).
    List<double[]> bowtie = List.of(ring.get(0), ring.get(2), ring.get(1), ring.get(3), ring.get(0));
    assertEquals(1.0, LoopClosure.areaKm2(bowtie), 1e-6);
  }

  @Test
  void networkFiguresBeforeAndAfter() {
    StopGraph before = StopGraph.build(square().build(), TWO_DISTRICTS, 150);
    StopGraph after = StopGraph.build(
        square().line("SC-L1:line", Route.BUS, "rail:R1", "bus:X", "bus:Y", "rail:R2").build(), TWO_DISTRICTS, 150);
    NetworkLoops b = LoopClosure.network(before);
    NetworkLoops a = LoopClosure.network(after);
    assertEquals(0, b.independentCycles());
    assertEquals(0, b.railBorderCycles());
    assertEquals(0, b.irreducibleRailBorderCycles());
    assertEquals(List.of(), b.districtPairsJoined());
    assertEquals(List.of(), b.railStationsWithCrossBorderFeeders());
    assertEquals(1, a.independentCycles());
    assertEquals(1, a.railBorderCycles());
    assertEquals(1, a.irreducibleRailBorderCycles());
    assertEquals(List.of("A|B"), a.districtPairsJoined());
    assertEquals(List.of("rail:R1", "rail:R2"), a.railStationsWithCrossBorderFeeders());
  }

  @Test
  void aBusOnlyLoopOrARailOnlyLoopDoesNotCount() {
    // Bus ring inside B plus a rail ring inside A: two independent cycles, neither needs both kinds of edge.
    Feed f = square()
        .stop("bus:Z", LAT0 + DLAT_1KM / 2, LON0 + 2 * DLON_1KM)
        .line("bus:ring", Route.BUS, "bus:X", "bus:Z", "bus:Y")
        .stop("rail:R3", LAT0 + DLAT_1KM / 2, LON0 - DLON_1KM)
        .line("rail:15", Route.SUBWAY, "rail:R1", "rail:R3", "rail:R2")
        .build();
    NetworkLoops n = LoopClosure.network(StopGraph.build(f, TWO_DISTRICTS, 150));
    assertEquals(2, n.independentCycles());
    assertEquals(0, n.railBorderCycles());
    assertEquals(0, n.irreducibleRailBorderCycles());
  }

  @Test
  void cycleSpaceDimensionEqualsPatonsBasisSize() {
    Feed f = square()
        .stop("bus:Z", LAT0 + DLAT_1KM / 2, LON0 + 2 * DLON_1KM)
        .line("bus:ring", Route.BUS, "bus:X", "bus:Z", "bus:Y", "rail:R2", "rail:R1", "bus:Z")
        .build();
    StopGraph g = StopGraph.build(f, TWO_DISTRICTS, 150);
    SimpleGraph<String, DefaultEdge> simple = new SimpleGraph<>(DefaultEdge.class);
    g.nodes().keySet().forEach(simple::addVertex);
    g.edges().forEach(e -> simple.addEdge(e.u(), e.v()));
    int paton = new PatonCycleBase<>(simple).getCycleBasis().getCycles().size();
    assertEquals(paton, LoopClosure.cycleSpaceDimension(g, e -> true));
    assertEquals(g.edges().size() - g.nodes().size() + 1, paton);
    assertNotEquals(0, paton);
  }

  @Test
  void closelySpacedStopsDoNotCollapseIntoOneNode() {
    Builder b = new Builder();
    String[] ids = new String[6];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = "bus:s" + i;
      b.stop(ids[i], LAT0 + i * 100 / M, LON0);               // every 100 m along a street
    }
    StopGraph g = StopGraph.build(b.line("bus:1", Route.BUS, ids).build(), TWO_DISTRICTS, 150);
    // No node may span more than 300 m, so at least 2 nodes remain out of 6 stops 500 m end to end.
    assertTrue(g.nodes().size() >= 2, "nodes: " + g.nodes().keySet());
    for (StopNode n : g.nodes().values()) {
      List<Stop> members = n.stopIds().stream().map(id -> b.b.stops.stream().filter(s -> s.id().equals(id))
          .findFirst().orElseThrow()).toList();
      double span = members.get(members.size() - 1).lat() - members.get(0).lat();
      assertTrue(span * M <= 300 + 1e-6, n + " spans " + span * M + " m");
    }
  }
}
