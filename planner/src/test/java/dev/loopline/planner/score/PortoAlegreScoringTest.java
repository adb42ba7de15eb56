package dev.loopline.planner.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.merge.FeedMerger;
import dev.loopline.gtfs.merge.MergeInput;
import dev.loopline.gtfs.merge.MergeOptions;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.testing.Fixtures;
import dev.loopline.osm.ImportProgress;
import dev.loopline.osm.StreetConfig;
import dev.loopline.osm.StreetMode;
import dev.loopline.osm.StreetNetwork;
import dev.loopline.osm.district.District;
import dev.loopline.osm.district.Districts;
import dev.loopline.osm.graphhopper.StreetNetworks;
import dev.loopline.osm.population.Cell;
import dev.loopline.osm.population.PopulationGrid;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.proposal.Layover;
import dev.loopline.planner.proposal.Proposal;
import dev.loopline.planner.proposal.ProposalStop;
import dev.loopline.planner.proposal.ServicePeriod;
import dev.loopline.planner.proposal.ServicePlan;
import dev.loopline.planner.proposal.SimulationSettings;
import dev.loopline.planner.proposal.Vehicle;
import dev.loopline.planner.transit.StopTransfers;
import dev.loopline.planner.transit.TransitLayer;
import dev.loopline.planner.transit.TransitSearchSettings;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Scores on real data: Porto Alegre's EPTC buses and TRENSURB metro merged, real OSM streets and the r5r hexagon
 * grid of residents and jobs. Porto Alegre has no Science City districts, so the test draws two: "centro" west of
 * longitude -51.21 (the metro's Mercado and Rodoviária stations) and "norte" east of it (São Pedro to Niterói). The
 * proposal runs from Mercado east into "norte" and back to the metro at Farrapos, so it must close a loop around
 * the metro line and cross the border.
 */
class PortoAlegreScoringTest {
  static final LocalDate DATE = LocalDate.of(2019, 5, 14); // a Tuesday; EPTC's extract runs 11:00-17:00
  static final double BORDER_LON = -51.21;
  static StreetNetwork streets;
  static ScoringContext ctx;

  static Geometry box(double lon0, double lon1) {
    GeometryFactory g = new GeometryFactory();
    return g.createPolygon(new Coordinate[] {new Coordinate(lon0, -30.30), new Coordinate(lon1, -30.30),
        new Coordinate(lon1, -29.60), new Coordinate(lon0, -29.60), new Coordinate(lon0, -30.30)});
  }

  @BeforeAll
  static void open() throws Exception {
    Feed feed = FeedMerger.merge(List.of(
        new MergeInput("eptc", GtfsReader.read(Fixtures.path("porto-alegre/poa_eptc.zip"))),
        new MergeInput("trensurb", GtfsReader.read(Fixtures.path("porto-alegre/poa_trensurb.zip")))),
        MergeOptions.defaults()).feed();
    streets = StreetNetworks.open(StreetConfig.of(Fixtures.path("porto-alegre/poa_osm.pbf"),
        Path.of("target", "poa-streets")), ImportProgress.none());
    Districts districts = Districts.of(List.of(
        new District("centro", "Centro", "Centro", box(-51.40, BORDER_LON)),
        new District("norte", "Norte", "Norte", box(BORDER_LON, -51.00))));
    PopulationGrid grid = PopulationGrid.loadCsv(Fixtures.path("porto-alegre/poa_hexgrid.csv"), districts);
    List<GridCell> cells = new ArrayList<>();
    for (Cell c : grid.cells()) {
      cells.add(new GridCell(c.id(), c.lat(), c.lon(), c.population(), c.jobs(), c.districtId(), c.areaM2(),
          districts.inBorderBelt(c.lat(), c.lon(), 2000)));
    }
    CellIndex index = new CellIndex(cells);
    Map<String, Geometry> areas = new LinkedHashMap<>();
    districts.all().forEach(d -> areas.put(d.id(), d.area()));
    // Walking transfers by straight line x 1.3 keep the test quick; the real build walks the street graph.
    StopTransfers transfers = StopTransfers.straightLine(feed, 500, 1.3, 1.3);
    TransitSearchSpace.Factory transit = f -> RaptorTransitArrivals.space(
        TransitLayer.build(f, DATE, f == feed ? transfers : StopTransfers.straightLine(f, 500, 1.3, 1.3)),
        TransitSearchSettings.DEFAULTS);
    ctx = new ScoringContext(feed, DATE, streets::busRoute, p -> streets.snap(p, StreetMode.BUS), index,
        new StreetWalkCatchments(streets, index),
        (lat, lon) -> districts.locate(lat, lon).map(District::id).orElse(null),
        districts::lengthsAlong,
        Map.of("centro", "Centro", "norte", "Norte"), areas, transit, 500, "Porto Alegre (EPTC, TRENSURB, r5r grid)",
        true);
  }

  @AfterAll
  static void close() {
    if (streets != null) {
      streets.close();
    }
  }

  static Proposal proposal() {
    return new Proposal("POA-1", "Mercado–Farrapos pela Zona Leste", null, "eptc", false, List.of(
        new ProposalStop.Existing("trensurb:MR", "stops[0]"),
        new ProposalStop.New("Independência", -30.0300, -51.2050, "stops[1]"),
        new ProposalStop.New("Bom Fim", -30.0320, -51.1950, "stops[2]"),
        new ProposalStop.New("Floresta", -30.0150, -51.1900, "stops[3]"),
        new ProposalStop.Existing("trensurb:FR", "stops[4]")),
        new ServicePlan(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            List.of(new ServicePeriod(11 * 3600, 17 * 3600, 600))),
        new Vehicle("12m", 80), 4.8, OptionalDouble.empty(), Layover.DEFAULT, "poa-1.yaml");
  }

  @Test
  void scoresAProposalOnRealData() {
    AccessibilitySettings acc = new AccessibilitySettings(12 * 3600, 13 * 3600, List.of(30, 45, 60), 45, 1000, 120,
        1000);
    Evaluator ev = new Evaluator(ctx, CostModel.defaults(), SimulationSettings.DEFAULTS, CoverageSettings.DEFAULTS,
        acc);
    Evaluation e = ev.evaluate(List.of(proposal()), ProgressListener.none());
    AreaCoverage region = e.baseline().coverage().area(Coverage.REGION);
    assertEquals(812_935, region.population(), 0.5);             // the grid's total, per the fixture README
    double share = region.populationShare(CoverageSettings.TRANSIT);
    assertTrue(share > 0.5 && share <= 1, "transit coverage " + share);
    assertTrue(region.gb300() <= region.gb500() && region.gb500() <= 1);
    assertTrue(region.covered().get("bus_300m").population() <= region.covered().get("bus_500m").population());

    ProposalScore s = e.proposals().get(0);
    // Running time: 1.3 x free flow plus dwell; a 5-stop urban line is minutes, not hours.
    double minutes = s.line().directions().get(0).runningSeconds() / 60;
    assertTrue(minutes > 5 && minutes < 60, "one way " + minutes + " min");
    // It links Mercado (centro) and Farrapos (norte) by bus; the metro closes the loop.
    assertFalse(s.closedLoops().isEmpty());
    ClosedLoop loop = s.closedLoops().get(0);
    assertEquals("trensurb:MR", loop.fromStopId());
    assertEquals("trensurb:FR", loop.toStopId());
    assertEquals(List.of("centro", "norte"), loop.districts());
    assertEquals(List.of("LINHA1"), loop.railLines());
    assertTrue(loop.areaKm2() > 1 && loop.areaKm2() < 20, "area " + loop.areaKm2());
    // Who pays: district shares and the fund add up to the subsidy; the fund pays only outside the home district.
    assertEquals(s.split().subsidy(), s.split().accountedFor(), 1e-6);
    for (DistrictShare d : s.split().districts()) {
      if (d.districtId().equals(s.homeDistrictId())) {
        assertEquals(0, d.fund());
      }
    }
    // A new line never takes accessibility away.
    double[] before = e.baseline().accessibility().jobsReachable()[1];
    double[] after = s.accessibility().jobsReachable()[1];
    for (int c = 0; c < before.length; c++) {
      assertTrue(after[c] >= before[c], "cell " + c);
    }
  }
}
