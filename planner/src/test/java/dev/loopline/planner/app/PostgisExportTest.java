package dev.loopline.planner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.model.Stop;
import dev.loopline.planner.gis.DatabaseException;
import dev.loopline.gtfs.testing.TestPostgis;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.TestNetworkDirs;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.planner.proposal.NetworkProposalReader;
import dev.loopline.planner.proposal.ProposalException;
import dev.loopline.planner.proposal.SimulationSettings;
import dev.loopline.planner.score.AreaCoverage;
import dev.loopline.planner.score.Coverage;
import dev.loopline.planner.score.CoverageSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code export --postgis} of the synthetic sample with two proposed lines, into a real PostgreSQL + PostGIS: the
 * tables a QGIS user opens hold what the network and the evaluation say — every located stop, the baseline coverage
 * the report gives, route pieces that add up to each route, splits that add up to each line. A database that cannot
 * take the export is refused before any scoring.
 */
class PostgisExportTest {
  static Network net;
  static String url;
  static List<NetworkProposal> all;
  static List<NetworkProposal> newLines;
  static PostgisExportResult first;

  @BeforeAll
  static void export() throws Exception {
    url = TestPostgis.freshDatabase("loopline_test_export", true);
    net = TestNetworkDirs.sample();
    try (Stream<Path> s = Files.list(TestNetworkDirs.root().resolve("sample/proposals"))) {
      all = s.sorted().map(NetworkProposalReader::read).toList();
    }
    newLines = all.stream().filter(p -> p.singleNewLine().isPresent()).limit(2).toList();
    assertEquals(2, newLines.size());
    first = new PostgisExportService(net).export(
        PostgisExportRequest.of(url, "science_city", newLines, SimulationSettings.DEFAULTS), ProgressListener.none());
  }

  private static double number(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
         ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      return rs.getDouble(1);
    }
  }

  @Test
  void everyTableIsAQgisLayerInWgs84WithASpatialIndex() throws Exception {
    assertEquals(List.of("districts", "border_belt", "population_cells", "route_shapes", "routes", "rail", "stops",
        "proposals", "proposal_splits"), List.copyOf(first.rows().keySet()));
    for (var e : first.rows().entrySet()) {
      assertTrue(e.getValue() > 0, e.getKey() + " is empty");
      assertEquals(e.getValue(), (int) number("SELECT count(*) FROM science_city." + e.getKey()), e.getKey());
      assertEquals(1, number("SELECT count(*) FROM geometry_columns WHERE f_table_schema = 'science_city'"
          + " AND f_table_name = '" + e.getKey() + "' AND srid = 4326"), e.getKey());
      assertEquals(0, number("SELECT count(*) FROM science_city." + e.getKey() + " WHERE NOT ST_IsValid(geom)"
          + " OR ST_IsEmpty(geom)"), e.getKey() + ": invalid or empty geometries");
    }
    assertEquals(first.rows().size(), (int) number("SELECT count(*) FROM pg_indexes WHERE schemaname ="
        + " 'science_city' AND indexdef LIKE '%USING gist (geom)%'"));
    assertEquals(0, number("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'science_city'"
        + " AND col_description(format('%I.%I', table_schema, table_name)::regclass, ordinal_position) IS NULL"));
    assertTrue(number("SELECT count(*) FROM pg_namespace WHERE nspname = 'science_city' AND"
        + " obj_description(oid, 'pg_namespace') LIKE 'Loopline export: %Synthetic sample%'") == 1,
        "the schema says the data is synthetic");
  }

  @Test
  void everyLocatedStopIsThereInItsDistrict() throws Exception {
    long located = net.feed().stops().stream().filter(Stop::hasCoordinates).count();
    assertEquals(located, (long) number("SELECT count(*) FROM science_city.stops"));
    // A stop's district is the district polygon that contains it, as PostGIS sees it too.
    assertEquals(0, number("SELECT count(*) FROM science_city.stops s JOIN science_city.districts d"
        + " ON ST_Contains(d.geom, s.geom) WHERE s.district IS DISTINCT FROM d.id"));
    assertTrue(number("SELECT count(*) FROM science_city.stops WHERE rail") > 0);
  }

  @Test
  void theCellsCoverageAddsUpToTheEvaluationsFigures() throws Exception {
    EvaluateResult r = new EvaluateService(net).evaluate(new EvaluateRequest(
        newLines.stream().map(p -> p.singleNewLine().orElseThrow()).toList(), dev.loopline.planner.score.CostModel
            .defaults(), SimulationSettings.DEFAULTS, CoverageSettings.DEFAULTS, null, null, null, false),
        ProgressListener.none());
    AreaCoverage region = r.evaluation().baseline().coverage().area(Coverage.REGION);
    for (String label : CoverageSettings.DEFAULTS.labels()) {
      double covered = number("SELECT coalesce(sum(population), 0) FROM science_city.population_cells"
          + " WHERE district IS NOT NULL AND " + (label.equals(CoverageSettings.TRANSIT) ? "covered" : "covered_" + label));
      assertEquals(region.covered().get(label).population(), covered, 0.5, label);
    }
    for (var s : r.evaluation().proposals()) {
      double newly = number("SELECT coalesce(sum(population), 0) FROM science_city.population_cells"
          + " WHERE newly_covered_by LIKE '%" + s.id() + "%'");
      assertEquals(s.newlyCovered().population(), newly, 0.5, s.id());
      assertEquals(s.split().subsidy(), number("SELECT sum(subsidy) FROM science_city.proposal_splits"
          + " WHERE proposal_id = '" + s.id() + "'"), 1.0, s.id() + ": district subsidies add up");
      assertEquals(1.0, number("SELECT sum(share) FROM science_city.proposal_splits WHERE proposal_id = '"
          + s.id() + "'"), 1e-9, s.id());
    }
  }

  @Test
  void routePiecesAddUpToTheRouteAndLieInTheirDistrict() throws Exception {
    // Per route, the district pieces' lengths add up to the whole route's length as PostGIS measures it.
    assertEquals(0, number("SELECT count(*) FROM (SELECT route_id, sum(km) AS km,"
        + " sum(ST_Length(geom::geography)) / 1000 AS measured FROM science_city.route_shapes GROUP BY route_id) r"
        + " WHERE abs(km - measured) > 0.01 * measured + 0.01"));
    assertEquals(0, number("SELECT count(*) FROM science_city.route_shapes s JOIN science_city.districts d"
        + " ON d.id = s.district WHERE NOT ST_CoveredBy(s.geom, ST_Buffer(d.geom, 0.0001))"));
    assertTrue(number("SELECT count(DISTINCT operator) FROM science_city.route_shapes") >= 5, "one per district");
  }

  @Test
  void changesToExistingRoutesAreRefusedByName() {
    NetworkProposal change = all.stream().filter(p -> p.singleNewLine().isEmpty()).findFirst().orElseThrow();
    ProposalException e = assertThrows(ProposalException.class, () -> new PostgisExportService(net).export(
        PostgisExportRequest.of(url, "science_city", List.of(change), SimulationSettings.DEFAULTS),
        ProgressListener.none()));
    assertTrue(e.getMessage().contains("new lines only"), e.getMessage());
  }

  @Test
  void anUnreachableServerIsOneLineWithoutThePassword() {
    DatabaseException e = assertThrows(DatabaseException.class, () -> new PostgisExportService(net).export(
        PostgisExportRequest.of("jdbc:postgresql://127.0.0.1:1/gis?user=x&password=secret", null, List.of(),
            SimulationSettings.DEFAULTS), ProgressListener.none()));
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    assertTrue(e.getMessage().contains("nothing was changed"), e.getMessage());
  }

  @Test
  void aDatabaseWithoutPostgisThatTheUserCannotExtendIsExplained() throws Exception {
    String plain = TestPostgis.freshDatabase("loopline_test_nopostgis", false);
    try (Connection c = DriverManager.getConnection(plain); Statement s = c.createStatement()) {
      s.execute("DROP ROLE IF EXISTS loopline_plain");
      s.execute("CREATE ROLE loopline_plain LOGIN NOSUPERUSER");
      s.execute("GRANT ALL ON DATABASE loopline_test_nopostgis TO loopline_plain");
      s.execute("GRANT ALL ON SCHEMA public TO loopline_plain");
    }
    String asPlain = plain.replaceFirst("user=[^&]*", "user=loopline_plain");
    DatabaseException e = assertThrows(DatabaseException.class, () -> new PostgisExportService(net).export(
        PostgisExportRequest.of(asPlain, null, List.of(), SimulationSettings.DEFAULTS), ProgressListener.none()));
    assertTrue(e.getMessage().contains("CREATE EXTENSION postgis"), e.getMessage());
    assertEquals(0, number("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'loopline%'"));
  }

  @Test
  void aBadUrlOrSchemaNamesTheField() {
    InvalidRequestException u = assertThrows(InvalidRequestException.class,
        () -> PostgisExportRequest.of("postgres://x", null, List.of(), SimulationSettings.DEFAULTS));
    assertEquals("postgis", u.field());
    InvalidRequestException s = assertThrows(InvalidRequestException.class,
        () -> PostgisExportRequest.of(url, "public", List.of(), SimulationSettings.DEFAULTS));
    assertEquals("schema", s.field());
  }
}
