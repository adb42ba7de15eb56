package dev.loopline.planner.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.geo.CoordinateSystem;
import dev.loopline.gtfs.geo.Geo;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.read.GtfsRead;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.read.ReadOptions;
import dev.loopline.gtfs.testing.ValidatorOracle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every feed of the sample passes MobilityData's validator without an ERROR, and the two deliberately awkward feeds
 * (GBK text, GCJ-02 coordinates) are what they claim to be and come back right when read with their options.
 */
class SampleFeedsTest {
  /** A date inside every service period, so date rules judge the feeds as a rider would on that day. */
  private static final LocalDate VALIDATION_DATE = LocalDate.of(2026, 11, 18);

  @ParameterizedTest
  @ValueSource(strings = {"gaoxin", "shapingba", "jiulongpo", "beibei", "jiangjin", "rail"})
  void feedHasNoValidatorErrors(String id) {
    Path zip = SampleFixture.dir().resolve("gtfs").resolve(id + ".zip");
    assertEquals(List.of(), ValidatorOracle.errors(zip, "cn", VALIDATION_DATE));
  }

  @Test
  void gbkFeedReEncodedHasNoValidatorErrors(@TempDir Path tmp) throws IOException {
    Path gbk = SampleFixture.dir().resolve("gtfs/bishan.zip");
    Path utf8 = tmp.resolve("bishan-utf8.zip");
    int transcoded = reencode(gbk, utf8, Charset.forName("GBK"));
    assertTrue(transcoded > 0, "the feed has non-ASCII text files");
    assertEquals(List.of(), ValidatorOracle.errors(utf8, "cn", VALIDATION_DATE));
  }

  /**
   * Copies a zip, decoding every .txt strictly in {@code from} and writing it as UTF-8; returns how many files were
   * not plain ASCII. Strict decoding makes this fail if a file were not really in {@code from}.
   */
  private static int reencode(Path in, Path out, Charset from) throws IOException {
    int nonAscii = 0;
    try (ZipFile zip = new ZipFile(in.toFile());
         OutputStream os = Files.newOutputStream(out);
         ZipOutputStream zos = new ZipOutputStream(os)) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        byte[] bytes;
        try (InputStream is = zip.getInputStream(e)) {
          bytes = is.readAllBytes();
        }
        String text = from.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        if (text.chars().anyMatch(c -> c > 127)) {
          nonAscii++;
        }
        zos.putNextEntry(new ZipEntry(e.getName()));
        zos.write(text.getBytes(StandardCharsets.UTF_8));
        zos.closeEntry();
      }
    }
    return nonAscii;
  }

  @Test
  void gbkFeedIsReallyGbkAndReadsBackWithChineseNames() throws IOException {
    Path gbk = SampleFixture.dir().resolve("gtfs/bishan.zip");
    try (ZipFile zip = new ZipFile(gbk.toFile())) {
      byte[] stops = zip.getInputStream(zip.getEntry("stops.txt")).readAllBytes();
      boolean utf8 = true;
      try {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(stops));
      } catch (CharacterCodingException e) {
        utf8 = false;
      }
      assertFalse(utf8, "stops.txt of the GBK feed must not be valid UTF-8");
    }
    GtfsRead read = GtfsReader.read(gbk, ReadOptions.defaults());
    Feed expected = SampleFixture.sample().feeds().get("bishan");
    Map<String, String> names = new HashMap<>();
    read.feed().stops().forEach(s -> names.put(s.id(), s.name()));
    assertEquals(expected.stops().size(), read.feed().stops().size());
    for (Stop s : expected.stops()) {
      assertEquals(s.name(), names.get(s.id()), "name of stop " + s.id() + " read with auto-detection");
    }
    assertTrue(read.feed().agencies().get(0).name().startsWith("璧山公交"), read.feed().agencies().get(0).name());
  }

  @Test
  void gcj02FeedDeclaredLandsOnTheGeneratedPositions() {
    Path zip = SampleFixture.dir().resolve("gtfs/jiangjin.zip");
    Feed expected = SampleFixture.sample().feeds().get("jiangjin");
    Map<String, Stop> want = new HashMap<>();
    expected.stops().forEach(s -> want.put(s.id(), s));
    Feed declared = GtfsReader.read(zip, ReadOptions.defaults().withCrs(CoordinateSystem.GCJ02)).feed();
    Feed undeclared = GtfsReader.read(zip, ReadOptions.defaults()).feed();
    double worst = 0;
    double minOffset = Double.POSITIVE_INFINITY;
    for (Stop s : declared.stops()) {
      Stop w = want.get(s.id());
      assertNotNull(w, s.id());
      worst = Math.max(worst, Geo.distanceMeters(s.lat(), s.lon(), w.lat(), w.lon()));
    }
    for (Stop s : undeclared.stops()) {
      Stop w = want.get(s.id());
      minOffset = Math.min(minOffset, Geo.distanceMeters(s.lat(), s.lon(), w.lat(), w.lon()));
    }
    assertTrue(worst < 3, "declared gcj02, every stop within 3 m of its WGS-84 position; worst " + worst + " m");
    assertTrue(minOffset > 100, "read as WGS-84 the feed is visibly off (GCJ-02 shifts hundreds of metres); "
        + "smallest offset " + minOffset + " m");
  }

  @Test
  void feedsYamlDeclaresTheAwkwardFeeds() throws IOException {
    String yaml = Files.readString(SampleFixture.dir().resolve("feeds.yaml"));
    for (String id : new String[] {"gaoxin", "shapingba", "jiulongpo", "beibei", "jiangjin", "bishan", "rail"}) {
      assertTrue(yaml.contains("- id: " + id + "\n    path: gtfs/" + id + ".zip\n"), id);
    }
    assertTrue(yaml.contains("- id: jiangjin\n    path: gtfs/jiangjin.zip\n    crs: gcj02\n    encoding: utf-8"));
    assertTrue(yaml.contains("- id: bishan\n    path: gtfs/bishan.zip\n    crs: wgs84\n    encoding: gbk"));
    var config = dev.loopline.gtfs.merge.FeedsConfig.load(SampleFixture.dir().resolve("feeds.yaml"));
    assertEquals(7, config.feeds().size());
  }
}
