package dev.loopline.gtfs.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.read.GtfsRead;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.read.ReadOptions;
import dev.loopline.gtfs.testing.Fixtures;
import dev.loopline.gtfs.testing.ValidatorOracle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every real fixture: read, write, read again gives the same feed; writing twice gives the same bytes; and
 * MobilityData's validator finds no ERROR in what was written.
 */
class WriteRoundTripTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @CsvSource({
      "beatty/another-sample-feed, us",
      "cobb-marta/cobblinc-bus-30-only.gtfs.zip, us",
      "cobb-marta/marta-bus-856-only.gtfs.zip, us",
      // EPTC's phone is 156, Porto Alegre's municipal short number: libphonenumber (behind the validator's "br"
      // rules) rejects all short numbers, so the Brazilian feeds are judged without country rules.
      "porto-alegre/poa_eptc.zip, zz",
      "porto-alegre/poa_trensurb.zip, br"})
  void roundTripIsFaithfulStableAndValid(String fixture, String country) throws IOException {
    Feed original = GtfsReader.read(Fixtures.path(fixture), ReadOptions.defaults()).feed();
    Path first = dir.resolve("first.zip");
    GtfsWriter.write(original, first, WriteOptions.defaults());

    GtfsRead again = GtfsReader.read(first, ReadOptions.defaults());
    assertEquals(List.of(), again.errors(), "the written feed reads back without errors");
    assertSameFeed(original, again.feed());

    Path second = dir.resolve("second.zip");
    GtfsWriter.write(again.feed(), second, WriteOptions.defaults());
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second), "write(read(write(x))) == write(x)");
    Path third = dir.resolve("third.zip");
    GtfsWriter.write(original, third, WriteOptions.defaults());
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(third), "writing twice gives the same bytes");

    assertEquals(List.of(), ValidatorOracle.errors(first, country, ValidatorOracle.DEFAULT_DATE));
  }

  @ParameterizedTest
  @CsvSource({"beatty/sample-feed"})
  void referenceSampleKeepsOnlyItsOwnDataError(String fixture) throws IOException {
    // The sample's stop_times rows are short (a format error the writer repairs) and its BOARDING_AREA has no
    // parent station (a data error no writer may invent a fix for): only the latter must remain.
    Feed original = GtfsReader.read(Fixtures.path(fixture), ReadOptions.defaults()).feed();
    Path out = dir.resolve("sample");
    GtfsWriter.writeFolder(original, out, WriteOptions.defaults());
    assertSameFeed(original, GtfsReader.read(out, ReadOptions.defaults()).feed());
    List<String> errors = ValidatorOracle.errors(out, "us", ValidatorOracle.DEFAULT_DATE);
    assertEquals(1, errors.size(), errors.toString());
    assertTrue(errors.get(0).startsWith("location_without_parent_station") && errors.get(0).contains("BOARDING_AREA"),
        errors.toString());
  }

  /** Same content; list order may differ (the writer sorts), coordinates may differ by the 7-decimal rounding. */
  static void assertSameFeed(Feed a, Feed b) {
    sameSet(a.agencies(), b.agencies(), Function.identity());
    sameSet(a.stops(), b.stops(), WriteRoundTripTest::rounded);
    sameSet(a.routes(), b.routes(), Function.identity());
    sameSet(a.trips(), b.trips(), Function.identity());
    sameSet(a.calendars(), b.calendars(), Function.identity());
    sameSet(a.calendarDates(), b.calendarDates(), Function.identity());
    sameSet(a.shapePoints(), b.shapePoints(), WriteRoundTripTest::rounded);
    sameSet(a.frequencies(), b.frequencies(), Function.identity());
    sameSet(a.transfers(), b.transfers(), Function.identity());
    sameSet(a.fareAttributes(), b.fareAttributes(), Function.identity());
    sameSet(a.fareRules(), b.fareRules(), Function.identity());
    sameSet(a.translations(), b.translations(), Function.identity());
    sameSet(a.networks(), b.networks(), Function.identity());
    sameSet(a.routeNetworks(), b.routeNetworks(), Function.identity());
    assertEquals(a.feedInfo(), b.feedInfo());
    assertEquals(a.otherFiles(), b.otherFiles());
    assertSameStopTimes(a.stopTimes(), b.stopTimes());
  }

  private static <T> void sameSet(List<T> a, List<T> b, Function<T, T> normalise) {
    assertEquals(a.size(), b.size());
    List<T> na = a.stream().map(normalise).toList();
    List<T> nb = b.stream().map(normalise).toList();
    assertEquals(new HashSet<>(na), new HashSet<>(nb));
  }

  private static Stop rounded(Stop s) {
    return new Stop(s.id(), s.code(), s.name(), s.desc(), round7(s.lat()), round7(s.lon()), s.zoneId(), s.url(),
        s.locationType(), s.parentStation(), s.timezone(), s.wheelchairBoarding(), s.levelId(), s.platformCode(),
        s.extras());
  }

  private static ShapePoint rounded(ShapePoint p) {
    return new ShapePoint(p.shapeId(), round7(p.lat()), round7(p.lon()), p.sequence(), p.distTraveled(),
        p.extras());
  }

  private static double round7(double v) {
    return Double.isNaN(v) ? v : Math.round(v * 1e7) / 1e7;
  }

  static void assertSameStopTimes(StopTimes a, StopTimes b) {
    assertEquals(a.size(), b.size());
    assertEquals(a.tripIds(), b.tripIds());
    assertEquals(a.stopIds(), b.stopIds());
    List<String> extras = new ArrayList<>(a.extraColumns());
    for (int r = 0; r < a.size(); r++) {
      int row = r;
      String where = "row " + r;
      assertEquals(a.tripIndex(r), b.tripIndex(r), where);
      assertEquals(a.stopIndex(r), b.stopIndex(r), where);
      assertEquals(a.arrival(r), b.arrival(r), where);
      assertEquals(a.departure(r), b.departure(r), where);
      assertEquals(a.sequence(r), b.sequence(r), where);
      assertEquals(a.headsign(r), b.headsign(r), where);
      assertEquals(a.pickupType(r), b.pickupType(r), where);
      assertEquals(a.dropOffType(r), b.dropOffType(r), where);
      assertEquals(a.continuousPickup(r), b.continuousPickup(r), where);
      assertEquals(a.continuousDropOff(r), b.continuousDropOff(r), where);
      assertEquals(a.shapeDistTraveled(r), b.shapeDistTraveled(r), where);
      assertEquals(a.timepoint(r), b.timepoint(r), where);
      for (String c : extras) {
        assertEquals(a.extra(c, row), b.extra(c, row), where + " " + c);
      }
    }
  }
}
