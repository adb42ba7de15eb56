package dev.loopline.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.testing.Fixtures;
import dev.loopline.gtfs.testing.ValidatorOracle;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.NetworkInputs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code loopline export} and {@code loopline evaluate} end to end on real data: a network built from CobbLinc's feed
 * and Cobb County's OSM (filtered to main roads), with two test districts split at longitude -84.58 ("west",
 * "east") and a 1 km grid of 100 residents and 50 jobs per cell. The proposal runs up Floyd Road from CobbLinc stop
 * 222 (east) over a new stop to stop 226 (west).
 */
class PlannerCommandsTest {
  @TempDir
  static Path dir;
  static Path network;

  static final String PROPOSAL = """
      id: X1
      name: Marietta connector
      operator: "1"          # the feed is not merged, so the agency id itself
      stops:
        - stop: "222"
        - new: { name: Floyd Rd at Hicks Rd, lat: 33.8410, lon: -84.5790 }
        - stop: "226"
      service:
        days: [mon, tue, wed, thu, fri]
        periods:
          - { from: "07:00", to: "09:00", headway_min: 15 }
      vehicle: { type: 12m, capacity: 60 }
      fare: 2.5
      """;

  @BeforeAll
  static void build() throws Exception {
    Path districts = dir.resolve("districts.geojson");
    Files.writeString(districts, """
        {"type": "FeatureCollection", "features": [
         {"type": "Feature", "properties": {"id": "west", "name": "West"}, "geometry": {"type": "Polygon",
          "coordinates": [[[-84.70, 33.70], [-84.58, 33.70], [-84.58, 33.95], [-84.70, 33.95], [-84.70, 33.70]]]}},
         {"type": "Feature", "properties": {"id": "east", "name": "East"}, "geometry": {"type": "Polygon",
          "coordinates": [[[-84.58, 33.70], [-84.40, 33.70], [-84.40, 33.95], [-84.58, 33.95], [-84.58, 33.70]]]}}
        ]}
        """);
    StringBuilder csv = new StringBuilder("id,lon,lat,population,jobs\n");
    int id = 0;
    for (double lat = 33.745; lat < 33.895; lat += 0.009) {
      for (double lon = -84.645; lon < -84.44; lon += 0.0108) {
        csv.append(String.format(Locale.ROOT, "%d,%.5f,%.5f,100,50%n", id++, lon, lat));
      }
    }
    Path population = dir.resolve("population.csv");
    Files.writeString(population, csv);
    network = dir.resolve("network");
    Network.build(NetworkInputs.of(Fixtures.path("cobb-marta/cobblinc-bus-30-only.gtfs.zip"),
            Fixtures.path("cobb-marta/cobb-county.filtered.osm.pbf")).withDistricts(districts)
        .withPopulation(population), network, ProgressListener.none()).close();
    Files.writeString(dir.resolve("x1.yaml"), PROPOSAL);
  }

  static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cl = LooplineCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void exportedFeedPassesTheValidator() throws Exception {
    Path zip = dir.resolve("scenario.zip");
    StringWriter err = new StringWriter();
    assertEquals(0, run(new StringWriter(), err, "export", "--network", network.toString(), "--with",
        dir.resolve("x1.yaml").toString(), "--out", zip.toString()), err.toString());
    Feed f = GtfsReader.read(zip).feed();
    assertTrue(f.routes().stream().anyMatch(r -> r.id().equals("X1:line") && r.agencyId().equals("1")));
    assertTrue(f.stops().stream().anyMatch(s -> s.id().equals("X1:stop-1")));
    assertEquals(8 * 2, f.trips().stream().filter(t -> t.routeId().equals("X1:line")).count());
    assertEquals(List.of(), ValidatorOracle.errors(zip, "us", LocalDate.of(2021, 9, 1)));
  }

  @Test
  void aMistakeIsOneLineNamingFileAndField() throws Exception {
    Path p = dir.resolve("bad.yaml");
    Files.writeString(p, PROPOSAL.replace("stop: \"226\"", "stop: \"99999\""));
    StringWriter err = new StringWriter();
    assertEquals(1, run(new StringWriter(), err, "export", "--network", network.toString(), "--with", p.toString(),
        "--out", dir.resolve("never.zip").toString()));
    assertEquals("loopline export: " + p + ":7: stops[2].stop: unknown stop id '99999'", err.toString().strip());
    assertTrue(Files.notExists(dir.resolve("never.zip")));
    Path costs = dir.resolve("costs.yaml");
    Files.writeString(costs, "currency: CNY\n");
    err = new StringWriter();
    assertEquals(1, run(new StringWriter(), err, "evaluate", "--network", network.toString(), "--costs",
        costs.toString(), "--out", dir.resolve("never").toString()));
    assertEquals("loopline evaluate: " + costs + ": per_vehicle_km: is required", err.toString().strip());
  }

  /** CobbLinc 30 on real data: more buses in the morning, a later last departure (the route has short-turn variants). */
  static final String CHANGES = """
      id: C30
      name: Route 30 more often
      changes:
        - change: headway
          route: "30"
          days: [mon, tue, wed, thu, fri]
          periods: [{ from: "07:00", to: "09:00", headway_min: 10 }]
        - { change: span, route: "30", last: "23:30" }
      """;

  @Test
  void aChangedRouteExportsAValidFeedAndCompares() throws Exception {
    Path changes = dir.resolve("c30.yaml");
    Files.writeString(changes, CHANGES);
    Path zip = dir.resolve("changed.zip");
    StringWriter err = new StringWriter();
    assertEquals(0, run(new StringWriter(), err, "export", "--network", network.toString(), "--with",
        dir.resolve("x1.yaml").toString(), "--with", changes.toString(), "--out", zip.toString()), err.toString());
    Feed f = GtfsReader.read(zip).feed();
    // Every trip of the changed route was regenerated with a vehicle block; the new line is there too.
    assertTrue(f.trips().stream().filter(t -> t.routeId().equals("30")).allMatch(t -> t.id().startsWith("30~")
        && t.blockId() != null));
    assertTrue(f.routes().stream().anyMatch(r -> r.id().equals("X1:line")));
    assertEquals(List.of(), ValidatorOracle.errors(zip, "us", LocalDate.of(2021, 9, 1)));
    // compare: two scenarios side by side, the difference between them mapped.
    Path out = dir.resolve("compare");
    StringWriter stdout = new StringWriter();
    err = new StringWriter();
    assertEquals(0, run(stdout, err, "compare", "--network", network.toString(), "--no-accessibility",
        "--scenario", "peak=" + changes, "--scenario", "both=" + changes + "," + dir.resolve("x1.yaml"),
        "--diff", "peak,both", "--out", out.toString()), err.toString());
    assertTrue(stdout.toString().contains("peak") && stdout.toString().contains("both"), stdout.toString());
    String csv = Files.readString(out.resolve("scenarios.csv"));
    assertTrue(csv.startsWith("scenario,name,package,members,"), csv);
    assertEquals(4, csv.strip().split("\n").length, csv);        // header, baseline, peak, both
    // Money columns name their currency and period, as summary.csv's do.
    assertTrue(csv.substring(0, csv.indexOf('\n')).endsWith(",cost_change_cny_per_year,revenue_change_cny_per_year,"
        + "subsidy_change_cny_per_year,fund_change_cny_per_year"), csv);
    String districts = Files.readString(out.resolve("scenario_districts.csv"));
    assertTrue(districts.startsWith("scenario,district,residents_gained,residents_lost,vehicle_km_per_year,buses,"
        + "cost_cny_per_year,revenue_cny_per_year,subsidy_cny_per_year,fund_pays_cny_per_year,"
        + "district_pays_cny_per_year,accessibility_change\n"), districts);
    String routes = Files.readString(out.resolve("scenario_routes.csv"));
    assertTrue(routes.substring(0, routes.indexOf('\n')).endsWith(",cost_cny_per_year_before,cost_cny_per_year_after,"
        + "subsidy_cny_per_year_before,subsidy_cny_per_year_after"), routes);
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("<h3>Difference map: both less peak</h3>"), "no difference map");
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    JsonNode peak = report.get("scenarios").get(0);
    assertEquals("changed", peak.get("routes").get(0).get("outcome").asText());
    assertTrue(peak.get("headline").get("fleet_change").asDouble() > 0, peak.toString());
    // evaluate --package: the package next to each member alone.
    Path pkg = dir.resolve("package");
    err = new StringWriter();
    assertEquals(0, run(new StringWriter(), err, "evaluate", "--network", network.toString(), "--no-accessibility",
        "--package", dir.resolve("x1.yaml").toString(), changes.toString(), "--out", pkg.toString()),
        err.toString());
    assertTrue(Files.readString(pkg.resolve("scenarios.csv")).contains("\nX1+C30,"));
    // A mistake in a change names the file, the line and the field.
    Files.writeString(changes, CHANGES.replace("route: \"30\"\n", "route: \"31\"\n"));
    err = new StringWriter();
    assertEquals(1, run(new StringWriter(), err, "export", "--network", network.toString(), "--with",
        changes.toString(), "--out", dir.resolve("never2.zip").toString()));
    assertEquals("loopline export: " + changes + ":5: changes[0].route: unknown route id '31' (route ids of the "
        + "network include 10, 30)", err.toString().strip());
  }

  @Test
  void evaluateWithoutProposalsScoresTheNetworkAsItIs() throws Exception {
    Path out = dir.resolve("baseline");
    StringWriter stdout = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, run(stdout, err, "evaluate", "--network", network.toString(), "--no-accessibility", "--json",
        "--out", out.toString()), err.toString());
    JsonNode ranking = new ObjectMapper().readTree(stdout.toString().substring(0, stdout.toString()
        .lastIndexOf("report: ")));
    assertEquals(0, ranking.get("ranking").size());
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    assertEquals(0, report.get("proposals").size());
    assertTrue(report.get("baseline").get("coverage").get("region").get("population").asDouble() > 0);
    assertTrue(report.get("baseline").get("accessibility").isNull());
  }

  @Test
  void evaluateWritesTheReportAndRanks() throws Exception {
    Path out = dir.resolve("report");
    StringWriter stdout = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = {"evaluate", "--network", network.toString(), "--proposal", dir.resolve("x1.yaml").toString(),
        "--origin-zone", "3000", "--out", out.toString()};
    assertEquals(0, run(stdout, err, args), err.toString());
    assertTrue(stdout.toString().contains("X1"), stdout.toString());
    assertTrue(stdout.toString().contains("report: " + out.toAbsolutePath().normalize().resolve("report.html")),
        stdout.toString());
    JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
    JsonNode p = report.get("proposals").get(0);
    assertEquals("X1", p.get("id").asText());
    // Home district: where most of CobbLinc's stops lie (inside the two districts).
    Feed cobb = GtfsReader.read(Fixtures.path("cobb-marta/cobblinc-bus-30-only.gtfs.zip")).feed();
    long west = cobb.stops().stream().filter(s -> s.lon() >= -84.70 && s.lon() < -84.58 && s.lat() >= 33.70
        && s.lat() <= 33.95).count();
    long east = cobb.stops().stream().filter(s -> s.lon() >= -84.58 && s.lon() <= -84.40 && s.lat() >= 33.70
        && s.lat() <= 33.95).count();
    assertEquals(west >= east ? "west" : "east", p.get("home_district").asText(), west + " west, " + east + " east");
    // The split accounts for the whole subsidy.
    double paid = p.get("split").get("science_city_fund_pays").asDouble();
    for (JsonNode d : p.get("split").get("by_district")) {
      paid += d.get("district_pays").asDouble();
    }
    assertEquals(p.get("cost").get("subsidy_per_year").asDouble(), paid, 0.05);
    assertTrue(p.get("accessibility").get("scenario").get("mean_jobs_reachable").get("region").get("45min")
        .asDouble() > 0);
    String html = Files.readString(out.resolve("report.html"));
    assertTrue(html.contains("© OpenStreetMap contributors"));
    // The same inputs give the same bytes.
    byte[] json = Files.readAllBytes(out.resolve("report.json"));
    byte[] page = Files.readAllBytes(out.resolve("report.html"));
    assertEquals(0, run(new StringWriter(), new StringWriter(), args));
    org.junit.jupiter.api.Assertions.assertArrayEquals(json, Files.readAllBytes(out.resolve("report.json")));
    org.junit.jupiter.api.Assertions.assertArrayEquals(page, Files.readAllBytes(out.resolve("report.html")));
  }

  @Test
  void evaluateNeverDeletesAFolderItDidNotWrite() throws Exception {
    Path mine = dir.resolve("my-folder");
    Files.createDirectories(mine);
    Files.writeString(mine.resolve("thesis.txt"), "years of work");
    for (String[] extra : new String[][] {{}, {"--force"}}) {
      StringWriter err = new StringWriter();
      String[] args = concat(new String[] {"evaluate", "--network", network.toString(), "--no-accessibility",
          "--out", mine.toString()}, extra);
      assertEquals(1, run(new StringWriter(), err, args));
      assertEquals("loopline evaluate: --out " + mine + ": is not empty and was not written by Loopline; choose a "
          + "new or empty folder (Loopline never replaces files it did not write, even with --force)",
          err.toString().strip());
    }
    assertEquals("years of work", Files.readString(mine.resolve("thesis.txt")));
    // The network folder is an input: never the report, whatever --force says.
    for (String[] extra : new String[][] {{}, {"--force"}}) {
      StringWriter err = new StringWriter();
      assertEquals(1, run(new StringWriter(), err, concat(new String[] {"evaluate", "--network", network.toString(),
          "--no-accessibility", "--out", network.resolve("sub/..").toString()}, extra)));
      assertTrue(err.toString().contains("is also the input --network"), err.toString());
    }
    assertEquals(List.of(), dev.loopline.gtfs.io.OutputMarker.read(network).orElseThrow().damage(network, true));
    // The current folder (here the module folder) is never a report folder.
    StringWriter err = new StringWriter();
    assertEquals(1, run(new StringWriter(), err, "evaluate", "--network", network.toString(), "--out", "."));
    assertTrue(err.toString().contains("--out .: is the current folder"), err.toString());
  }

  @Test
  void evaluateReplacesItsOwnReportButNotOneTheUserAddedTo() throws Exception {
    Path out = dir.resolve("own-report");
    String[] args = {"evaluate", "--network", network.toString(), "--no-accessibility", "--out", out.toString()};
    assertEquals(0, run(new StringWriter(), new StringWriter(), args));
    assertEquals(0, run(new StringWriter(), new StringWriter(), args), "its own earlier report is replaced");
    Files.writeString(out.resolve("notes.md"), "my notes");
    StringWriter err = new StringWriter();
    assertEquals(1, run(new StringWriter(), err, args));
    assertTrue(err.toString().contains("holds files Loopline did not write or that were changed since (notes.md)"),
        err.toString());
    assertEquals("my notes", Files.readString(out.resolve("notes.md")));
    assertTrue(Files.exists(out.resolve("report.json")));
  }

  @Test
  void exportNeverWritesIntoTheNetwork() throws Exception {
    byte[] before = Files.readAllBytes(network.resolve("gtfs.zip"));
    StringWriter err = new StringWriter();
    assertEquals(1, run(new StringWriter(), err, "export", "--network", network.toString(), "--out",
        network.resolve("gtfs.zip").toString()));
    assertEquals("loopline export: --out " + network.resolve("gtfs.zip") + ": is inside the input --network "
        + network + "; write the output elsewhere", err.toString().strip());
    org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(network.resolve("gtfs.zip")));
    err = new StringWriter();
    assertEquals(1, run(new StringWriter(), err, "export", "--network", network.toString(), "--with",
        dir.resolve("x1.yaml").toString(), "--out", dir.resolve("x1.yaml").toString()));
    assertTrue(err.toString().contains("is also the input --with"), err.toString());
    assertEquals(PROPOSAL, Files.readString(dir.resolve("x1.yaml")));
  }

  private static String[] concat(String[] a, String[] b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

  @Test
  void evaluateOnADateWithoutServiceIsRefused() {
    StringWriter err = new StringWriter();
    Path out = dir.resolve("no-service");
    assertEquals(1, run(new StringWriter(), err, "evaluate", "--network", network.toString(), "--no-accessibility",
        "--date", "2035-06-05", "--out", out.toString()));
    assertTrue(err.toString().strip().matches("loopline evaluate: --date: 2035-06-05 has no service; the network's "
        + "service runs from \\d{4}-\\d\\d-\\d\\d to \\d{4}-\\d\\d-\\d\\d: choose a date with service"), err.toString());
    assertTrue(Files.notExists(out));
  }
}
