package dev.loopline.planner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.read.ReadOptions;
import dev.loopline.gtfs.testing.Fixtures;
import dev.loopline.gtfs.testing.TestFeeds;
import dev.loopline.gtfs.testing.ValidatorOracle;
import dev.loopline.planner.cli.ValidateCommandTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code loopline merge}: writes the unified zip and a report that explains each decision; fails with one line
 * (plus the list of input problems) and writes nothing when the inputs cannot be merged.
 */
class MergeCommandTest {
  @TempDir
  Path dir;

  private static Map<String, String> district(String agency, String timezone, String stops, String stopTimes) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("agency.txt", "agency_id,agency_name,agency_url,agency_timezone\n"
        + agency + ",公交" + agency + ",https://" + agency.toLowerCase() + ".example.cn," + timezone + "\n");
    f.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\n" + stops);
    f.put("routes.txt", "route_id,agency_id,route_short_name,route_type\nR1," + agency + ",101,3\n");
    f.put("trips.txt", "route_id,service_id,trip_id\nR1,WK,T1\n");
    f.put("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n" + stopTimes);
    f.put("calendar.txt", "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,"
        + "end_date\nWK,1,1,1,1,1,0,0,20260101,20261231\n");
    return f;
  }

  private Path shapingba() {
    return TestFeeds.zip(dir.resolve("shapingba.zip"), district("SPB", "Asia/Shanghai",
        "S1,大学城站,29.60000,106.30000\nS2,西永,29.59000,106.21900\n",
        "T1,07:00:00,07:00:00,S1,1\nT1,07:20:00,07:20:00,S2,2\n"));
  }

  private Path beibei(String timezone, String extraTrip) {
    Map<String, String> f = district("BB", timezone,
        "X1,大学城,29.60009,106.30000\nX3,陈家桥,29.60060,106.30000\n",
        "T1,08:00:00,08:00:00,X1,1\nT1,08:30:00,08:30:00,X3,2\n");
    f.put("trips.txt", f.get("trips.txt") + extraTrip);
    return TestFeeds.zip(dir.resolve("beibei.zip"), f);
  }

  @Test
  void mergesFeedsAndExplainsEveryDecisionInTheReport() throws Exception {
    Path out = dir.resolve("unified.zip");
    Path report = dir.resolve("report.json");
    Run r = ValidateCommandTest.run("merge", "--feed", "shapingba=" + shapingba(),
        "--feed", "beibei=" + beibei("Asia/Shanghai", ""), "--out", out.toString(), "--report", report.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("merged 2 feeds (beibei, shapingba) into " + out), r.out());
    assertTrue(r.out().contains("twins merged: 1, near pairs linked: 1"), r.out());
    assertTrue(Files.exists(out));
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    JsonNode decisions = json.get("stopDecisions");
    assertEquals(2, decisions.size());
    JsonNode merged = decisions.get(0);
    assertEquals("MERGED", merged.get("outcome").asText());
    assertEquals("beibei:X1", merged.get("stopA").asText());
    assertEquals("shapingba:S1", merged.get("stopB").asText());
    assertEquals(10.0, merged.get("distanceMeters").asDouble(), 0.2);
    assertEquals(1.0, merged.get("nameScore").asDouble());
    assertTrue(merged.get("reason").asText().contains("names agree"));
    JsonNode linked = decisions.get(1);
    assertEquals("LINKED", linked.get("outcome").asText());
    assertTrue(linked.get("minTransferTime").asInt() > 0);
    assertTrue(linked.get("reason").asText().contains("farther apart than the dedup distance"));
    assertEquals(2, json.get("routeRenames").size());
    assertEquals(List.of(), ValidatorOracle.errors(out));
    assertEquals(2, GtfsReader.read(out, ReadOptions.defaults()).feed().agencies().size());
  }

  @Test
  void feedsYamlPathsAreRelativeToTheYaml() throws Exception {
    shapingba();
    beibei("Asia/Shanghai", "");
    Path yaml = Files.writeString(dir.resolve("feeds.yaml"), """
        feeds:
          - id: shapingba
            path: shapingba.zip
          - id: beibei
            path: beibei.zip
            crs: wgs84
        """);
    Path out = dir.resolve("out/unified.zip");
    Run r = ValidateCommandTest.run("merge", "--feeds", yaml.toString(), "--out", out.toString(),
        "--dedup-distance", "5");
    assertEquals(0, r.code(), r.err());
    // With a 5 m dedup distance the 10 m pair is only linked.
    assertTrue(r.out().contains("twins merged: 0, near pairs linked: 2"), r.out());
    assertTrue(Files.exists(out));
  }

  @Test
  void invalidInputStopsTheMergeWithTheListAndNoOutput() throws Exception {
    Path out = dir.resolve("unified.zip");
    Run r = ValidateCommandTest.run("merge", "--feed", "shapingba=" + shapingba(),
        "--feed", "beibei=" + beibei("Asia/Shanghai", "R9,WK,T2\n"), "--out", out.toString());
    assertEquals(CliErrors.FAILED, r.code());
    List<String> lines = r.err().lines().toList();
    assertTrue(lines.get(0).startsWith("loopline merge: "), lines.get(0));
    assertTrue(lines.get(0).contains("--repair"), lines.get(0));
    assertTrue(lines.contains("  ERROR beibei/trips.txt:3 route_id: route_id 'R9' does not exist in routes.txt"),
        r.err());
    assertFalse(r.err().contains("\tat "), r.err());
    assertFalse(Files.exists(out));

    Path report = dir.resolve("report.json");
    Run repaired = ValidateCommandTest.run("merge", "--feed", "shapingba=" + shapingba(),
        "--feed", "beibei=" + beibei("Asia/Shanghai", "R9,WK,T2\n"), "--out", out.toString(), "--repair",
        "--report", report.toString());
    assertEquals(0, repaired.code(), repaired.err());
    assertTrue(repaired.out().contains("repairs: 1"), repaired.out());
    assertTrue(Files.readString(report).contains("route_id 'R9' does not exist"));
    assertTrue(Files.exists(out));
  }

  @Test
  void timezoneClashIsOneLine() {
    Run r = ValidateCommandTest.run("merge", "--feed", "shapingba=" + shapingba(),
        "--feed", "beibei=" + beibei("Asia/Tokyo", ""), "--out", dir.resolve("u.zip").toString());
    assertEquals(CliErrors.FAILED, r.code());
    assertEquals("loopline merge: agency time zones disagree: feed 'beibei' (agency 'BB') uses Asia/Tokyo but feed"
        + " 'shapingba' (agency 'SPB') uses Asia/Shanghai; a merged feed has a single time zone"
        + System.lineSeparator(), r.err());
  }

  @Test
  void badCommandLinesAreOneLine() {
    Run none = ValidateCommandTest.run("merge", "--out", dir.resolve("u.zip").toString());
    assertEquals(CliErrors.FAILED, none.code());
    assertEquals("loopline merge: no feeds: give --feed ID=PATH (repeatable) or --feeds feeds.yaml"
        + System.lineSeparator(), none.err());
    Run missing = ValidateCommandTest.run("merge", "--feed", "x=" + dir.resolve("nope.zip"), "--out",
        dir.resolve("u.zip").toString());
    assertEquals(CliErrors.FAILED, missing.code());
    assertTrue(missing.err().startsWith("loopline merge: feed 'x': "), missing.err());
    assertEquals(1, missing.err().lines().count(), missing.err());
    Run badSpec = ValidateCommandTest.run("merge", "--feed", "nonsense", "--out", dir.resolve("u.zip").toString());
    assertEquals("loopline merge: --feed 'nonsense': expected ID=PATH[,crs=gcj02][,encoding=gbk]"
        + System.lineSeparator(), badSpec.err());
  }

  @Test
  void beattyFixturesMergeWithRepairFromTheCommandLine() throws Exception {
    Path out = dir.resolve("beatty.zip");
    Path report = dir.resolve("beatty.json");
    Run r = ValidateCommandTest.run("merge", "--feed", "dta=" + Fixtures.path("beatty/sample-feed"),
        "--feed", "pta=" + Fixtures.path("beatty/another-sample-feed"), "--repair", "--out", out.toString(),
        "--report", report.toString(), "--brand", "Beatty Transit", "--brand-en", "");
    assertEquals(0, r.code(), r.err());
    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertEquals("Beatty Transit", json.get("brand").get("name").asText());
    assertEquals("MERGED", json.get("stopDecisions").get(0).get("outcome").asText());
    assertEquals("pta:AIRPORT", json.get("stopDecisions").get(0).get("stopB").asText());
    assertEquals(List.of(), ValidatorOracle.errors(out));
  }

  @Test
  void aGbkFeedDeclaredUtf8InFeedsYamlStopsTheMergeAtFileAndLine() throws Exception {
    Map<String, byte[]> gbk = new LinkedHashMap<>();
    district("BB", "Asia/Shanghai", "X1,大学城,29.60009,106.30000\nX3,陈家桥,29.60060,106.30000\n",
        "T1,08:00:00,08:00:00,X1,1\nT1,08:30:00,08:30:00,X3,2\n")
        .forEach((name, text) -> gbk.put(name, text.getBytes(java.nio.charset.Charset.forName("GBK"))));
    TestFeeds.zipBytes(dir.resolve("beibei.zip"), gbk);
    Path yaml = Files.writeString(dir.resolve("feeds.yaml"),
        "feeds:\n  - id: beibei\n    path: beibei.zip\n    encoding: utf-8\n");
    Path out = dir.resolve("unified.zip");
    Run r = ValidateCommandTest.run("merge", "--feeds", yaml.toString(), "--out", out.toString());
    assertEquals(1, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("agency.txt:2") && r.err().contains("is not valid UTF-8 (the encoding given)"),
        r.err());
    assertTrue(r.err().contains("stops.txt:2") && r.err().contains("(it reads as GB18030/GBK)"), r.err());
    assertFalse(Files.exists(out));
    // Without the wrong declaration the same feed is detected as GBK and merges.
    Files.writeString(yaml, "feeds:\n  - id: beibei\n    path: beibei.zip\n");
    Run ok = ValidateCommandTest.run("merge", "--feeds", yaml.toString(), "--out", out.toString());
    assertEquals(0, ok.code(), ok.err());
  }
}
