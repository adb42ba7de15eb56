package dev.loopline.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopline.gtfs.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code loopline build} and {@code loopline plan} end to end on the Beatty fixture. */
class RoutingCommandsTest {
  @TempDir
  static Path dir;
  static Path network;

  @BeforeAll
  static void build() {
    network = dir.resolve("net");
    StringWriter out = new StringWriter();
    assertEquals(0, run(out, new StringWriter(), "build", "--gtfs", Fixtures.path("beatty/sample-feed").toString(),
        "--osm", Fixtures.path("beatty/beatty.osm").toString(), "--out", network.toString()), out.toString());
    assertTrue(out.toString().contains("stops: 10"), out.toString());
  }

  static int run(StringWriter out, StringWriter err, String... args) {
    CommandLine cl = LooplineCli.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void aSecondBuildSaysUpToDate() {
    StringWriter out = new StringWriter();
    assertEquals(0, run(out, new StringWriter(), "build", "--gtfs", Fixtures.path("beatty/sample-feed").toString(),
        "--osm", Fixtures.path("beatty/beatty.osm").toString(), "--out", network.toString()));
    assertEquals("network up to date: " + network, out.toString().strip());
  }

  @Test
  void planPrintsItinerariesForAResident() {
    StringWriter out = new StringWriter();
    int code = run(out, new StringWriter(), "plan", "--network", network.toString(), "--from", "36.915682,-116.751677",
        "--to", "36.868446,-116.784582", "--at", "2008-06-02T07:05");
    String text = out.toString();
    assertEquals(0, code, text);
    assertTrue(text.contains("07:30  bus 30"), text);
    assertTrue(text.contains("alight at Nye County Airport (Demo) 07:50"), text);
    assertTrue(text.contains("fare 1.25 USD"), text);
    assertTrue(text.matches("(?s).*walk \\d+ m \\((<1|\\d+) min\\) to Stagecoach.*"), text);
    // Every duration printed agrees with the clock times beside it, and waits at stops are shown.
    java.util.regex.Matcher head = java.util.regex.Pattern.compile("(\\d\\d):(\\d\\d) -> (\\d\\d):(\\d\\d)  (\\d+) min")
        .matcher(text);
    int headers = 0;
    while (head.find()) {
      int from = Integer.parseInt(head.group(1)) * 60 + Integer.parseInt(head.group(2));
      int to = Integer.parseInt(head.group(3)) * 60 + Integer.parseInt(head.group(4));
      assertEquals(to - from, Integer.parseInt(head.group(5)), head.group());
      headers++;
    }
    assertTrue(headers > 0, text);
  }

  @Test
  void planJsonCarriesLegsAndGeometry() throws Exception {
    StringWriter out = new StringWriter();
    assertEquals(0, run(out, new StringWriter(), "plan", "--network", network.toString(), "--from",
        "36.915682,-116.751677", "--to", "36.868446,-116.784582", "--at", "2008-06-02T07:05", "--json"));
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertEquals("OK", root.get("status").asText());
    JsonNode it = root.get("itineraries").get(0);
    JsonNode ride = it.get("legs").get(1);
    assertEquals("BUS", ride.get("mode").asText());
    assertEquals("2008-06-02T07:30:00-07:00", ride.get("from").get("time").asText(),
        "local time with the UTC offset of the feed's zone (America/Los_Angeles, summer time)");
    assertEquals("America/Los_Angeles", root.get("timeZone").asText());
    assertEquals("LineString", ride.get("geometry").get("type").asText());
    assertTrue(it.get("legs").get(0).get("geometry").get("coordinates").size() >= 2);
  }

  @Test
  void noItineraryIsAResultWithItsOwnExitStatus() {
    StringWriter out = new StringWriter();
    int code = run(out, new StringWriter(), "plan", "--network", network.toString(), "--from", "10.0,10.0",
        "--to", "36.868446,-116.784582", "--at", "2008-06-02T07:05");
    assertEquals(PlanCommand.NO_ITINERARY, code);
    assertTrue(out.toString().contains("No itinerary (ORIGIN_NOT_ON_STREET): origin off the street network: no walkable way found"), out.toString());
    StringWriter out2 = new StringWriter();
    assertEquals(PlanCommand.NO_ITINERARY, run(out2, new StringWriter(), "plan", "--network", network.toString(),
        "--from", "36.915682,-116.751677", "--to", "36.868446,-116.784582", "--at", "2015-06-02T07:05"));
    assertTrue(out2.toString().contains("DATE_OUT_OF_SERVICE"), out2.toString());
  }

  @Test
  void badInputIsOneLine() {
    StringWriter err = new StringWriter();
    assertEquals(1, run(new StringWriter(), err, "plan", "--network", network.toString(), "--from", "36.9",
        "--to", "36.868446,-116.784582"));
    assertEquals("loopline plan: --from: expected LAT,LON, e.g. 29.56,106.45; got '36.9'", err.toString().strip());
    StringWriter err2 = new StringWriter();
    assertEquals(1, run(new StringWriter(), err2, "plan", "--network", dir.resolve("missing").toString(), "--from",
        "36.9,-116.7", "--to", "36.868446,-116.784582"));
    assertTrue(err2.toString().strip().startsWith("loopline plan: network directory not found:"), err2.toString());
    assertEquals(1, err2.toString().strip().lines().count());
    StringWriter err3 = new StringWriter();
    assertEquals(1, run(new StringWriter(), err3, "plan", "--network", network.toString(), "--from", "36.9,-116.7",
        "--to", "36.868446,-116.784582", "--window", "soon"));
    assertEquals("loopline plan: --window: not a duration: 'soon' (use e.g. 60m, 1h30m or 90s)",
        err3.toString().strip());
    StringWriter err4 = new StringWriter();
    assertEquals(1, run(new StringWriter(), err4, "plan", "--network", network.toString(), "--from", "36.9,-116.7",
        "--to", "36.868446,-116.784582", "--max-access-walk", "3h"));
    assertEquals("loopline plan: --max-access-walk: must be at most 120 min, got 3h", err4.toString().strip());
    StringWriter err5 = new StringWriter();
    assertEquals(1, run(new StringWriter(), err5, "build", "--gtfs", "g.zip", "--osm", "o.pbf", "--out",
        dir.resolve("n").toString(), "--interpolate", "time"));
    assertEquals("loopline build: --interpolate: expected distance or stops, got 'time'", err5.toString().strip());
  }

  @Test
  void batchWritesOneRowPerQueryInOrder() throws Exception {
    Path in = Files.writeString(dir.resolve("q.csv"), """
        id,from_lat,from_lon,to_lat,to_lon,departure
        b,36.915682,-116.751677,36.868446,-116.784582,2008-06-02T07:31
        a,36.915682,-116.751677,36.868446,-116.784582,2008-06-02T07:05
        x,10,10,36.868446,-116.784582,2008-06-02T07:05
        """);
    Path res = dir.resolve("r.csv");
    StringWriter out = new StringWriter();
    assertEquals(0, run(out, new StringWriter(), "plan", "--network", network.toString(), "--batch", in.toString(),
        "--out", res.toString()), out.toString());
    List<String> lines = Files.readAllLines(res);
    assertEquals("id,departure,arrival,duration_s,transfers,walk_m,status", lines.get(0));
    assertTrue(lines.get(1).matches("b,2008-06-02T07:5\\d:\\d\\d,2008-06-02T08:2\\d:\\d\\d,\\d+,0,\\d+,OK"), lines.get(1));
    assertTrue(lines.get(2).matches("a,2008-06-02T07:2\\d:\\d\\d,2008-06-02T07:5\\d:\\d\\d,\\d+,0,\\d+,OK"), lines.get(2));
    assertEquals("x,2008-06-02T07:05:00,,,,,ORIGIN_NOT_ON_STREET", lines.get(3));
    assertTrue(out.toString().startsWith("3 queries in"), out.toString());
    // A bad row names its line and field; nothing is written.
    Path bad = Files.writeString(dir.resolve("bad.csv"), "id,from_lat,from_lon,to_lat,to_lon,departure\n"
        + "a,36.9,-116.7,36.8,-116.7,2008-06-02T07:05\nb,36.9,west,36.8,-116.7,2008-06-02T07:05\n");
    StringWriter err = new StringWriter();
    assertEquals(1, run(new StringWriter(), err, "plan", "--network", network.toString(), "--batch", bad.toString(),
        "--out", dir.resolve("never.csv").toString()));
    assertEquals("loopline plan: " + bad + ":3: field 'from_lon': not a number: 'west'", err.toString().strip());
    assertTrue(Files.notExists(dir.resolve("never.csv")));
  }
}
