package dev.loopline.gtfs.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.geo.CoordinateSystem;
import dev.loopline.gtfs.geo.Geo;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedBuilder;
import dev.loopline.gtfs.model.GtfsTime;
import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.read.GtfsRead;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.read.ReadOptions;
import dev.loopline.gtfs.testing.TestFeeds;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GtfsWriterTest {
  @TempDir
  Path dir;

  private Feed minimal() {
    return GtfsReader.read(TestFeeds.folder(dir.resolve("in"), TestFeeds.minimal()), ReadOptions.defaults()).feed();
  }

  private static Map<String, String> unzip(Path zip) throws IOException {
    Map<String, String> files = new java.util.LinkedHashMap<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : Collections.list(z.entries())) {
        files.put(e.getName(), new String(z.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  @Test
  void writesRequiredFilesInFixedOrderWithFixedTimestamps() throws IOException {
    Path zip = dir.resolve("out.zip");
    GtfsWriter.write(minimal(), zip, WriteOptions.defaults());
    Map<String, String> files = unzip(zip);
    assertEquals(List.of("agency.txt", "stops.txt", "routes.txt", "trips.txt", "stop_times.txt", "calendar.txt"),
        new ArrayList<>(files.keySet()));
    assertEquals("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "T1,07:00:00,07:00:00,S1,1\nT1,07:20:00,07:20:00,S2,2\n", files.get("stop_times.txt"));
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : Collections.list(z.entries())) {
        assertEquals(GtfsWriter.ENTRY_TIME, e.getTimeLocal());
      }
    }
  }

  @Test
  void sortsRowsQuotesMinimallyAndPutsExtrasLastByName() throws IOException {
    FeedBuilder b = minimal().toBuilder();
    b.stops.clear();
    b.stops.add(new Stop("S2", null, "Xiyong \"West\"", null, 29.59, 106.219, null, null, null, null, null, null,
        null, null, Map.of("zz_note", "b", "aa_note", "x,y")));
    b.stops.add(new Stop("S1", null, "University Town", null, 29.604, 106.3, null, null, null, null, null, 1, null,
        null, Map.of()));
    Path out = dir.resolve("sorted");
    GtfsWriter.writeFolder(b.build(), out, WriteOptions.defaults());
    assertEquals("stop_id,stop_name,stop_lat,stop_lon,wheelchair_boarding,aa_note,zz_note\n"
        + "S1,University Town,29.604,106.3,1,,\n"
        + "S2,\"Xiyong \"\"West\"\"\",29.59,106.219,,\"x,y\",b\n",
        Files.readString(out.resolve("stops.txt")));
  }

  @Test
  void formatsNumbersWithoutExponentsOrNoise() {
    assertEquals("29.604", Numbers.coordinate(29.604));
    assertEquals("-51.2282682", Numbers.coordinate(-51.2282682008));
    assertEquals("0.0000001", Numbers.coordinate(1e-7));
    assertEquals("0", Numbers.coordinate(-0.0));
    assertEquals("-0.5", Numbers.coordinate(-0.5));
    assertEquals("180", Numbers.coordinate(180));
    assertEquals("", Numbers.coordinate(Double.NaN));
    assertEquals("1012.73", Numbers.decimal(1012.73));
    assertEquals("10000000", Numbers.decimal(1e7));
    assertEquals("0.00001", Numbers.decimal(1e-5));
    assertEquals("0", Numbers.decimal(0.0));
    assertEquals("12", Numbers.decimal(12.0));
  }

  @Test
  void timesAndQuotingMatchTheModelFormats() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    CsvOut out = new CsvOut(bytes, StandardCharsets.UTF_8);
    for (int t : new int[] {0, 5 * 3600 + 6 * 60, 25 * 3600 + 10 * 60 + 59, 100 * 3600 + 1, 12345 * 3600}) {
      out.time(t);
    }
    out.time(GtfsTime.MISSING).raw(CsvOut.escape("a,\"b\"")).value("x\ny").value(42).value(-7).endLine();
    out.fixed(Numbers.scaledCoordinate(-51.2282682008), 7).fixed(0, 7).fixed(1, 7).fixed(-5_000_000, 7)
        .value("北碚 🚌").value(Integer.MIN_VALUE).endLine();
    out.finish();
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertEquals("00:00:00,05:06:00,25:10:59,100:00:01,12345:00:00,,\"a,\"\"b\"\"\",\"x\ny\",42,-7\n"
        + "-51.2282682,0,0.0000001,-0.5,北碚 🚌,-2147483648\n", text);
    for (int t : new int[] {0, 5 * 3600 + 6 * 60, 25 * 3600 + 10 * 60 + 59, 100 * 3600 + 1}) {
      assertTrue(text.contains(GtfsTime.format(t)));
    }
  }

  @Test
  void writesOnlyFilesWithRowsButAlwaysACalendar() throws IOException {
    FeedBuilder b = minimal().toBuilder();
    b.calendars.clear();
    Path zip = dir.resolve("nocal.zip");
    GtfsWriter.write(b.build(), zip, WriteOptions.defaults());
    Map<String, String> files = unzip(zip);
    assertEquals("service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n",
        files.get("calendar.txt"));
    assertFalse(files.containsKey("calendar_dates.txt"));
    assertFalse(files.containsKey("shapes.txt"));
  }

  @Test
  void gbkFeedForTestsReadsBackThroughDetection() throws IOException {
    Path zip = dir.resolve("gbk.zip");
    GtfsWriter.write(minimal(), zip, WriteOptions.defaults().withEncoding(Charset.forName("GBK")));
    try (ZipFile z = new ZipFile(zip.toFile())) {
      byte[] stops = z.getInputStream(z.getEntry("stops.txt")).readAllBytes();
      assertTrue(new String(stops, Charset.forName("GBK")).contains("大学城"));
      assertFalse(new String(stops, StandardCharsets.UTF_8).contains("大学城"));
    }
    GtfsRead back = GtfsReader.read(zip, ReadOptions.defaults());
    assertEquals("大学城", back.feed().stops().get(0).name());
  }

  @Test
  void gcj02FeedForTestsRoundTrips() throws IOException {
    FeedBuilder b = minimal().toBuilder();
    b.shapePoints.add(new ShapePoint("SH", 29.5630, 106.5516, 1, Double.NaN, Map.of()));
    Feed feed = b.build();
    Path zip = dir.resolve("gcj.zip");
    GtfsWriter.write(feed, zip, WriteOptions.defaults().withCrs(CoordinateSystem.GCJ02));
    String stops = unzip(zip).get("stops.txt");
    double[] gcj = CoordinateSystem.GCJ02.fromWgs84(29.6040, 106.3000);
    assertTrue(stops.contains(Numbers.coordinate(gcj[0]) + "," + Numbers.coordinate(gcj[1])), stops);

    Feed back = GtfsReader.read(zip, ReadOptions.defaults().withCrs(CoordinateSystem.GCJ02)).feed();
    for (int i = 0; i < 2; i++) {
      Stop a = feed.stops().get(i);
      Stop c = back.stops().get(i);
      assertTrue(Geo.distanceMeters(a.lat(), a.lon(), c.lat(), c.lon()) < 0.02);
    }
    ShapePoint p = back.shapePoints().get(0);
    assertTrue(Geo.distanceMeters(29.5630, 106.5516, p.lat(), p.lon()) < 0.02);
  }

  @Test
  void emptyStopTimesTimesStayEmpty() throws IOException {
    StopTimes.Builder st = new StopTimes.Builder();
    st.add("T1", 7 * 3600, 7 * 3600, "S1", 1, null, -1, -1, -1, -1, Double.NaN, -1);
    st.add("T1", GtfsTime.MISSING, GtfsTime.MISSING, "S1", 2, null, -1, -1, -1, -1, Double.NaN, -1);
    st.add("T1", 7 * 3600 + 600, 7 * 3600 + 600, "S2", 3, null, -1, -1, -1, -1, Double.NaN, -1);
    FeedBuilder b = minimal().toBuilder();
    b.stopTimes = st.build();
    Path out = dir.resolve("untimed");
    GtfsWriter.writeFolder(b.build(), out, WriteOptions.defaults());
    assertEquals("trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "T1,07:00:00,07:00:00,S1,1\nT1,,,S1,2\nT1,07:10:00,07:10:00,S2,3\n",
        Files.readString(out.resolve("stop_times.txt")));
  }

  @Test
  void failedWriteLeavesTheOldFileAndNoTemporaries() throws IOException {
    Path zip = dir.resolve("keep.zip");
    GtfsWriter.write(minimal(), zip, WriteOptions.defaults());
    byte[] before = Files.readAllBytes(zip);
    FeedBuilder b = minimal().toBuilder();
    b.stops.add(new Stop("S3", null, "Bus 🚌 stop", null, 29.5, 106.5, null, null, null, null, null, null, null,
        null, Map.of()));
    IOException e = assertThrows(IOException.class,
        () -> GtfsWriter.write(b.build(), zip, WriteOptions.defaults().withEncoding(Charset.forName("GBK"))));
    assertTrue(e.getMessage().contains("stops.txt: a value cannot be written in GBK"), e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(zip));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("in", "keep.zip"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void carriesUnmodelledFilesThroughUnchanged() throws IOException {
    Map<String, String> files = TestFeeds.minimal();
    files.put("levels.txt", "level_id,level_index,level_name\nL0,0,\"Ground, main hall\"\n");
    files.put("说明.txt", "项目,内容\n来源,北碚区交通局\n");
    Feed feed = GtfsReader.read(TestFeeds.folder(dir.resolve("raw"), files), ReadOptions.defaults()).feed();
    assertEquals(List.of("levels.txt", "说明.txt"), feed.otherFiles().stream().map(t -> t.fileName()).toList());
    Path zip = dir.resolve("raw.zip");
    GtfsWriter.write(feed, zip, WriteOptions.defaults());
    Map<String, String> out = unzip(zip);
    assertEquals(files.get("levels.txt"), out.get("levels.txt"));
    assertEquals(files.get("说明.txt"), out.get("说明.txt"));
    assertEquals(feed.otherFiles(), GtfsReader.read(zip, ReadOptions.defaults()).feed().otherFiles());

    assertTrue(FeedTables.isPlainFileName("说明.txt"));
    for (String bad : List.of("../x.txt", "a/b.txt", "a\\b.txt", ".hidden.txt", "c:x.txt", "x.csv")) {
      assertFalse(FeedTables.isPlainFileName(bad), bad);
    }
  }

  @Test
  void folderIsReplacedAsAWhole() throws IOException {
    Path out = dir.resolve("folder");
    FeedBuilder b = minimal().toBuilder();
    b.shapePoints.add(new ShapePoint("SH", 29.5630, 106.5516, 1, Double.NaN, Map.of()));
    GtfsWriter.writeFolder(b.build(), out, WriteOptions.defaults());
    assertTrue(Files.exists(out.resolve("shapes.txt")));
    GtfsWriter.writeFolder(minimal(), out, WriteOptions.defaults());
    assertFalse(Files.exists(out.resolve("shapes.txt")), "a stale file from the previous feed must not survive");
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("folder", "in"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aTimepointColumnOnceWrittenHasAValueInEveryRow(@TempDir Path tmp) throws IOException {
    Map<String, String> f = TestFeeds.minimal();
    f.put("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence,timepoint\n"
        + "T1,07:00:00,07:00:00,S1,1,\n"
        + "T1,,,S2,2,\n"
        + "T1,07:40:00,07:40:00,S1,3,0\n");
    Feed feed = GtfsReader.read(TestFeeds.folder(tmp.resolve("in"), f)).feed();
    Path zip = tmp.resolve("out.zip");
    GtfsWriter.write(feed, zip);
    StopTimes st = GtfsReader.read(zip).feed().stopTimes();
    assertEquals(List.of(1, 0, 0), List.of(st.timepoint(0), st.timepoint(1), st.timepoint(2)),
        "exact where times are given and nothing says otherwise, approximate where there are none");
  }
}
