package dev.loopline.gtfs.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.Severity;
import dev.loopline.gtfs.model.GtfsFile;
import dev.loopline.gtfs.model.GtfsTime;
import dev.loopline.gtfs.testing.TestFeeds;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets a notice or a GtfsException that names file, line and field, and says what was done about it.
 * Never a stack trace from a parser, never a partial feed.
 */
class BadInputTest {
  @TempDir
  Path dir;

  private GtfsRead read(Map<String, String> files) {
    return GtfsReader.read(TestFeeds.folder(dir.resolve("feed"), files), ReadOptions.defaults());
  }

  private GtfsException fails(Path feed) {
    return assertThrows(GtfsException.class, () -> GtfsReader.read(feed, ReadOptions.defaults()));
  }

  private static Notice only(GtfsRead r, String code) {
    List<Notice> found = r.notices().stream().filter(n -> n.code().equals(code)).toList();
    assertEquals(1, found.size(), r.notices().toString());
    return found.get(0);
  }

  private static void assertNotice(Notice n, Severity severity, String file, long line, String field,
                                   String... phrases) {
    assertEquals(severity, n.severity(), n.format());
    assertEquals(file, n.file(), n.format());
    assertEquals(line, n.line(), n.format());
    assertEquals(field, n.field(), n.format());
    for (String p : phrases) {
      assertTrue(n.message().contains(p), n.format());
    }
  }

  @Test
  void missingRequiredFile() {
    Map<String, String> f = TestFeeds.minimal();
    f.remove("routes.txt");
    GtfsException e = fails(TestFeeds.folder(dir.resolve("feed"), f));
    assertTrue(e.getMessage().endsWith("missing required file: routes.txt"), e.getMessage());
  }

  @Test
  void missingBothCalendarFiles() {
    Map<String, String> f = TestFeeds.minimal();
    f.remove("calendar.txt");
    f.remove("stops.txt");
    GtfsException e = fails(TestFeeds.folder(dir.resolve("feed"), f));
    assertTrue(e.getMessage().contains("missing required files: stops.txt, calendar.txt or calendar_dates.txt"),
        e.getMessage());
    assertEquals(2, e.notices().size());
  }

  @Test
  void missingRequiredColumn() {
    Map<String, String> f = TestFeeds.minimal();
    f.put("stops.txt", "stop_name,stop_lat,stop_lon\nA,29.6,106.3\n");
    GtfsException e = fails(TestFeeds.folder(dir.resolve("feed"), f));
    assertTrue(e.getMessage().contains("stops.txt:1 stop_id: required column is missing"), e.getMessage());
  }

  @Test
  void optionalFileMissingARequiredColumnIsIgnoredWithAnError() {
    Map<String, String> f = TestFeeds.minimal();
    f.put("translations.txt", "trans_id,lang,translation\nS1,en,University Town\n");
    GtfsRead r = read(f);
    assertNotice(only(r, "missing_required_column"), Severity.ERROR, "translations.txt", 1,
        "table_name, field_name, language", "the file is ignored");
    assertEquals(0, r.feed().translations().size());
    assertEquals(2, r.feed().stops().size());
  }

  @Test
  void duplicateColumnInHeader() {
    Map<String, String> f = TestFeeds.minimal();
    f.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon,stop_name\nS1,A,29.6,106.3,B\n");
    GtfsException e = fails(TestFeeds.folder(dir.resolve("feed"), f));
    assertTrue(e.getMessage().contains("stops.txt:1 stop_name: column appears twice"), e.getMessage());
  }

  @Test
  void emptyRequiredFile() {
    Map<String, String> f = TestFeeds.minimal();
    f.put("agency.txt", "");
    GtfsException e = fails(TestFeeds.folder(dir.resolve("feed"), f));
    assertTrue(e.getMessage().contains("agency.txt is empty"), e.getMessage());
  }

  @Test
  void badNumberSkipsTheRow() {
    Map<String, String> f = TestFeeds.minimal();
    f.put("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "T1,07:00:00,07:00:00,S1,1\n"
        + "T1,07:20:00,07:20:00,S2,two\n");
    GtfsRead r = read(f);
    assertNotice(only(r, "invalid_integer"), Severity.ERROR, "stop_times.txt", 3, "stop_sequence",
        "'two' is not an integer", "row skipped");
    assertEquals(1, r.feed().stopTimes().size());
  }

  @Test
  void badOptionalNumberIsLeftEmpty() {
    Map<String, String> f = TestFeeds.minimal();
    f.put("trips.txt", "route_id,service_id,trip_id,direction_id\nR1,WK,T1,1.5\n");
    GtfsRead r = read(f);
    assertNotice(only(r, "invalid_integer"), Severity.ERROR, "trips.txt", 2, "direction_id", "left empty");
    assertEquals(1, r.feed().trips().size());
    assertEquals(null, r.feed().trips().get(0).directionId());
  }

  @Test
  void badTimeIsLeftEmpty() {
    Map<String, String> f = TestFeeds.minimal();
    f.put("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "T1,07:00:00,07:00:00,S1,1\n"
        + "T1,7:61:00,07:20:00,S2,2\n");
    GtfsRead r = read(f);
    assertNotice(only(r, "invalid_time"), Severity.ERROR, "stop_times.txt", 3, "arrival_time",
        "'7:61:00' is not a GTFS time", "left empty");
    assertEquals(GtfsTime.MISSING, r.feed().stopTimes().arrival(1));
    assertEquals(7 * 3600 + 20 * 60, r.feed().stopTimes().departure(1));
  }

  @Test
  void latitudeOutOfRange() {
    Map<String, String> f = TestFeeds.minimal();
    f.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS1,A,29.6,106.3\nS2,B,91.2,106.2\n");
    GtfsRead r = read(f);
    assertNotice(only(r, "coordinate_out_of_range"), Severity.ERROR, "stops.txt", 3, "stop_lat",
        "latitude 91.2 is out of range [-90, 90]", "left empty");
    assertTrue(Double.isNaN(r.feed().stops().get(1).lat()));
  }

  @Test
  void longitudeNotANumber() {
    Map<String, String> f = TestFeeds.minimal();
    f.put("shapes.txt", "shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\nA,29.6,106.3,1\nA,29.6,east,2\n");
    GtfsRead r = read(f);
    assertNotice(only(r, "invalid_float"), Severity.ERROR, "shapes.txt", 3, "shape_pt_lon", "row skipped");
    assertEquals(1, r.feed().shapePoints().size());
  }

  @Test
  void duplicateStopId() {
    Map<String, String> f = TestFeeds.minimal();
    f.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS1,A,29.6,106.3\nS2,B,29.5,106.2\nS1,C,29.4,106.1\n");
    GtfsRead r = read(f);
    assertNotice(only(r, "duplicate_key"), Severity.ERROR, "stops.txt", 4, "stop_id",
        "duplicate stop_id 'S1' (first on line 2)", "row skipped");
    assertEquals(List.of("A", "B"), r.feed().stops().stream().map(s -> s.name()).toList());
  }

  @Test
  void duplicateShapePointFoundAlsoOutOfOrder() {
    Map<String, String> f = TestFeeds.minimal();
    f.put("shapes.txt", "shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\n"
        + "A,29.6,106.3,1\nA,29.61,106.31,2\nB,29.5,106.2,1\nA,29.62,106.32,2\nA,29.63,106.33,3\n");
    GtfsRead r = read(f);
    assertNotice(only(r, "duplicate_key"), Severity.ERROR, "shapes.txt", 5, "shape_pt_sequence",
        "duplicate (shape_id, shape_pt_sequence) (A, 2) (first on line 3)", "row skipped");
    assertEquals(4, r.feed().shapePoints().size());
    assertEquals(6, r.lines().line("shapes.txt", 3));
  }

  @Test
  void duplicateStopTimeKey() {
    Map<String, String> f = TestFeeds.minimal();
    f.put("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "T1,07:00:00,07:00:00,S1,1\n"
        + "T1,07:20:00,07:20:00,S2,2\n"
        + "T1,07:30:00,07:30:00,S1,2\n");
    GtfsRead r = read(f);
    assertNotice(only(r, "duplicate_key"), Severity.ERROR, "stop_times.txt", 4, "stop_sequence",
        "(T1, 2) (first on line 3)", "row skipped");
    assertEquals(2, r.feed().stopTimes().size());
    assertEquals("S2", r.feed().stopTimes().stopId(1));
  }

  @Test
  void missingRequiredValue() {
    Map<String, String> f = TestFeeds.minimal();
    f.put("routes.txt", "route_id,agency_id,route_short_name,route_type\nR1,BB,101,\n");
    GtfsRead r = read(f);
    assertNotice(only(r, "missing_required_field"), Severity.ERROR, "routes.txt", 2, "route_type",
        "required value is empty", "row skipped");
    assertEquals(0, r.feed().routes().size());
  }

  @Test
  void unterminatedQuote() {
    Map<String, String> f = TestFeeds.minimal();
    f.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\nS1,\"A,29.6,106.3\nS2,B,29.5,106.2\n");
    GtfsException e = fails(TestFeeds.folder(dir.resolve("feed"), f));
    assertTrue(e.getMessage().contains("stops.txt:2: quoted field is never closed"), e.getMessage());
  }

  @Test
  void garbageInEveryFieldNeverEscapesAsAnUncheckedParserException() {
    // Every column of every modelled file gets each kind of bad value; reading must end in notices, not a crash.
    String[] garbage = {"NaN", "1e999", "--1", "99999999999999999999", "0x1F", "", " ", "\"\"", "24:60:00",
        "2019-04-11", "+", "."};
    for (GtfsFile spec : GtfsFile.values()) {
      for (String bad : garbage) {
        Map<String, String> f = TestFeeds.minimal();
        String header = String.join(",", spec.columns());
        String row = String.join(",", java.util.Collections.nCopies(spec.columns().size(), bad));
        f.put(spec.fileName(), header + "\n" + row + "\n" + row + "\n");
        if (spec == GtfsFile.CALENDAR_DATES) {
          f.remove("calendar.txt");
        }
        Path feed = TestFeeds.folder(dir.resolve(spec.name() + "-" + Math.abs(bad.hashCode())), f);
        GtfsRead r = GtfsReader.read(feed, ReadOptions.defaults());
        assertTrue(r.notices().stream().allMatch(n -> n.file() != null && n.message() != null));
      }
    }
  }

  @Test
  void noSuchFile() {
    GtfsException e = fails(dir.resolve("nowhere.zip"));
    assertTrue(e.getMessage().endsWith("nowhere.zip: no such file or folder"), e.getMessage());
  }

  @Test
  void notAZip() throws IOException {
    Path p = Files.writeString(dir.resolve("feed.zip"), "stop_id,stop_name\nS1,A\n");
    GtfsException e = fails(p);
    assertTrue(e.getMessage().contains("not a zip file"), e.getMessage());
  }

  @Test
  void emptyZip() throws IOException {
    Path p = dir.resolve("empty.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
      z.finish();
    }
    GtfsException e = fails(p);
    assertTrue(e.getMessage().contains("the zip is empty"), e.getMessage());
  }

  @Test
  void nonGtfsZip() {
    GtfsException noText = fails(TestFeeds.zip(dir.resolve("photos.zip"), Map.of("a.jpg", "x", "b.md", "y")));
    assertTrue(noText.getMessage().contains("not a GTFS feed: the zip holds no .txt files"), noText.getMessage());
    GtfsException otherText = fails(TestFeeds.zip(dir.resolve("notes.zip"), Map.of("notes.txt", "hello\n")));
    assertTrue(otherText.getMessage().contains("not a GTFS feed: none of its required files"),
        otherText.getMessage());
  }

  @Test
  void zipSlipIsRejected() {
    for (String evil : List.of("../stops.txt", "gtfs/../../stops.txt", "/etc/stops.txt", "C:\\stops.txt",
        "..\\stops.txt")) {
      Map<String, String> f = new LinkedHashMap<>(TestFeeds.minimal());
      f.put(evil, "stop_id\nX\n");
      GtfsException e = fails(TestFeeds.zip(dir.resolve("slip" + Math.abs(evil.hashCode()) + ".zip"), f));
      assertTrue(e.getMessage().contains("unsafe path in zip: '" + evil + "'"), e.getMessage());
    }
  }

  @Test
  void zipBombByRatio() throws IOException {
    Map<String, String> f = new LinkedHashMap<>(TestFeeds.minimal());
    Path p = dir.resolve("bomb.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
      for (Map.Entry<String, String> e : f.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
      z.putNextEntry(new ZipEntry("shapes.txt"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        z.write(zeros);
      }
      z.closeEntry();
    }
    GtfsException e = fails(p);
    assertTrue(e.getMessage().contains("shapes.txt inflates more than 200 times its compressed size"),
        e.getMessage());
  }

  @Test
  void zipBombWithLyingHeaderIsStoppedWhileInflating() throws IOException {
    Map<String, String> f = new LinkedHashMap<>(TestFeeds.minimal());
    StringBuilder big = new StringBuilder("shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\n");
    for (int i = 0; i < 40_000; i++) {
      big.append("A,29.6,106.3,").append(i).append('\n');
    }
    f.put("shapes.txt", big.toString());
    Path p = TestFeeds.zip(dir.resolve("liar.zip"), f);
    // Make the central directory claim shapes.txt inflates to 100 bytes.
    byte[] bytes = Files.readAllBytes(p);
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    boolean patched = false;
    for (int i = 0; i + 46 < bytes.length; i++) {
      if (b.getInt(i) == 0x02014b50) {
        int nameLength = b.getShort(i + 28);
        String name = new String(bytes, i + 46, nameLength, StandardCharsets.UTF_8);
        if (name.equals("shapes.txt")) {
          b.putInt(i + 24, 100);
          patched = true;
        }
      }
    }
    assertTrue(patched);
    Files.write(p, bytes);
    ZipLimits limits = new ZipLimits(64 * 1024, 1L << 30, 100, 1000);
    GtfsException e = assertThrows(GtfsException.class,
        () -> GtfsReader.read(p, ReadOptions.defaults().withLimits(limits)));
    assertTrue(e.getMessage().contains("shapes.txt inflates to more than 65536 bytes"), e.getMessage());
  }

  @Test
  void zipBombByEntryCountAndTotalSize() throws IOException {
    Path p = dir.resolve("many.zip");
    try (OutputStream out = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < 50; i++) {
        z.putNextEntry(new ZipEntry("f" + i + ".txt"));
        z.write("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    GtfsException many = assertThrows(GtfsException.class, () -> GtfsReader.read(p,
        ReadOptions.defaults().withLimits(new ZipLimits(1 << 20, 1 << 30, 20, 200))));
    assertTrue(many.getMessage().contains("zip lists 50 entries, more than the limit of 20"), many.getMessage());

    Path feed = TestFeeds.zip(dir.resolve("total.zip"), TestFeeds.minimal());
    GtfsException total = assertThrows(GtfsException.class, () -> GtfsReader.read(feed,
        ReadOptions.defaults().withLimits(new ZipLimits(1 << 20, 300, 100, 200))));
    assertTrue(total.getMessage().contains("more than 300 bytes in all"), total.getMessage());
  }
}
