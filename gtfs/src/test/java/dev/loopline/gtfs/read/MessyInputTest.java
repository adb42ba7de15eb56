package dev.loopline.gtfs.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.Severity;
import dev.loopline.gtfs.geo.CoordinateSystem;
import dev.loopline.gtfs.geo.Geo;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.testing.TestFeeds;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real feeds are messy; each mess that has one clear meaning must read as that meaning. */
class MessyInputTest {
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir
  Path dir;

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] withBom(String s) {
    byte[] body = utf8(s);
    byte[] out = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, out, 0, BOM.length);
    System.arraycopy(body, 0, out, BOM.length, body.length);
    return out;
  }

  @Test
  void nestedFolderJunkBomCrlfQuotedNewlineExtraColumnLateTime() {
    Map<String, String> f = TestFeeds.minimal();
    Map<String, byte[]> zip = new LinkedHashMap<>();
    zip.put("__MACOSX/gtfs/._stops.txt", new byte[] {0, 5, 22, 7, 0, 2});
    zip.put("gtfs/.DS_Store", new byte[] {0, 0, 0, 1, 'B', 'u', 'd', '1'});
    zip.put("gtfs/agency.txt", withBom(f.get("agency.txt").replace("\n", "\r\n")));
    zip.put("gtfs/stops.txt", withBom(("stop_id,stop_name,stop_lat,stop_lon,stop_note\r\n"
        + "S1,\"University Town, \"\"North\"\" Gate\",29.6040,106.3000,\"two\r\nlines\"\r\n"
        + "S2,西永,29.5900,106.2190,\r\n")));
    zip.put("gtfs/routes.txt", utf8(f.get("routes.txt")));
    zip.put("gtfs/trips.txt", utf8(f.get("trips.txt")));
    zip.put("gtfs/stop_times.txt", utf8("trip_id,arrival_time,departure_time,stop_id,stop_sequence\r\n"
        + "T1,24:50:00,24:50:00,S1,1\r\n"
        + "T1,25:10:00,25:10:00,S2,2\r\n"));
    zip.put("gtfs/calendar.txt", utf8(f.get("calendar.txt")));
    zip.put("gtfs/frequencies.txt", new byte[0]);
    Path feed = TestFeeds.zipBytes(dir.resolve("messy.zip"), zip);

    GtfsRead r = GtfsReader.read(feed, ReadOptions.defaults());
    Feed fd = r.feed();
    assertEquals("BB", fd.agencies().get(0).id(), "the BOM must not become part of the first header name");
    assertEquals(2, fd.stops().size());
    Stop s1 = fd.stops().get(0);
    assertEquals("University Town, \"North\" Gate", s1.name());
    assertEquals("two\r\nlines", s1.extras().get("stop_note"));
    assertEquals("西永", fd.stops().get(1).name());
    assertTrue(fd.stops().get(1).extras().isEmpty());
    // The quoted line break moves the next row down a line.
    assertEquals(2, r.lines().line("stops.txt", 0));
    assertEquals(4, r.lines().line("stops.txt", 1));
    StopTimes st = fd.stopTimes();
    assertEquals(25 * 3600 + 10 * 60, st.arrival(1));
    assertEquals(0, r.errors().size(), r.errors().toString());
    assertTrue(r.notices().stream().anyMatch(n -> n.code().equals("empty_file")
        && n.file().equals("frequencies.txt")));
  }

  @Test
  void feedInASubfolderBesideAReadme() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("README.txt", "Beibei bus timetable, export of 2026-11\n");
    TestFeeds.minimal().forEach((name, text) -> files.put("beibei-gtfs/" + name, text));
    GtfsRead zipped = GtfsReader.read(TestFeeds.zip(dir.resolve("readme.zip"), files), ReadOptions.defaults());
    assertEquals(2, zipped.feed().stops().size());
    assertTrue(zipped.notices().stream().anyMatch(n -> n.code().equals("ignored_file")
        && n.file().equals("README.txt")), zipped.notices().toString());
    GtfsRead folder = GtfsReader.read(TestFeeds.folder(dir.resolve("readme"), files), ReadOptions.defaults());
    assertEquals(2, folder.feed().stops().size());
  }

  @Test
  void gbkFeedIsDetectedAndChineseNamesSurvive() {
    Charset gbk = Charset.forName("GBK");
    Map<String, byte[]> zip = new LinkedHashMap<>();
    TestFeeds.minimal().forEach((name, text) -> zip.put(name, text.getBytes(gbk)));
    Path feed = TestFeeds.zipBytes(dir.resolve("gbk.zip"), zip);

    GtfsRead r = GtfsReader.read(feed, ReadOptions.defaults());
    assertEquals("北碚公交", r.feed().agencies().get(0).name());
    assertEquals("大学城", r.feed().stops().get(0).name());
    assertEquals("大学城-西永", r.feed().routes().get(0).longName());
    assertTrue(r.notices().stream().anyMatch(n -> n.code().equals("encoding_detected")
        && n.severity() == Severity.INFO && n.file().equals("stops.txt") && n.message().contains("GB18030")));

    // Forcing the encoding works too, and a wrong forced encoding is the user's call.
    GtfsRead forced = GtfsReader.read(feed, ReadOptions.defaults().withEncoding(gbk));
    assertEquals("大学城", forced.feed().stops().get(0).name());
    assertTrue(forced.notices().stream().noneMatch(n -> n.code().equals("encoding_detected")));
  }

  @Test
  void utf8FeedIsNotMistakenForGbk() {
    GtfsRead r = GtfsReader.read(TestFeeds.folder(dir.resolve("utf8"), TestFeeds.minimal()), ReadOptions.defaults());
    assertEquals("大学城", r.feed().stops().get(0).name());
    assertTrue(r.notices().isEmpty(), r.notices().toString());
  }

  @Test
  void gcj02FeedIsConvertedToWgs84() {
    double[] wgs = {29.6040, 106.3000};
    double[] gcj = CoordinateSystem.GCJ02.fromWgs84(wgs[0], wgs[1]);
    Map<String, String> f = TestFeeds.minimal();
    f.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS1,大学城," + gcj[0] + "," + gcj[1]
        + "\nS2,西永,29.5900,106.2190\n");
    f.put("shapes.txt", "shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\nSH," + gcj[0] + "," + gcj[1]
        + ",1\n");
    Path feed = TestFeeds.folder(dir.resolve("gcj"), f);

    Feed asGcj = GtfsReader.read(feed, ReadOptions.defaults().withCrs(CoordinateSystem.GCJ02)).feed();
    Stop s1 = asGcj.stops().get(0);
    assertTrue(Geo.distanceMeters(wgs[0], wgs[1], s1.lat(), s1.lon()) < 0.01);
    assertTrue(Geo.distanceMeters(wgs[0], wgs[1], asGcj.shapePoints().get(0).lat(),
        asGcj.shapePoints().get(0).lon()) < 0.01);

    Feed asIs = GtfsReader.read(feed, ReadOptions.defaults()).feed();
    assertTrue(Geo.distanceMeters(wgs[0], wgs[1], asIs.stops().get(0).lat(), asIs.stops().get(0).lon()) > 300);
  }

  @Test
  void shortRowsAndMissingOptionalValues() {
    Map<String, String> f = TestFeeds.minimal();
    f.put("trips.txt", "route_id,service_id,trip_id,trip_headsign,direction_id\nR1,WK,T1\n");
    GtfsRead r = GtfsReader.read(TestFeeds.folder(dir.resolve("short"), f), ReadOptions.defaults());
    assertNull(r.feed().trips().get(0).headsign());
    assertNull(r.feed().trips().get(0).directionId());
    assertTrue(r.notices().stream().anyMatch(n -> n.code().equals("invalid_row_length") && n.line() == 2));
  }
}
