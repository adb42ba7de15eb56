package dev.loopline.gtfs.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.Severity;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedBuilder;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.read.GtfsRead;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.read.ReadOptions;
import dev.loopline.gtfs.read.SourceLines;
import dev.loopline.gtfs.testing.TestFeeds;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each rule on a small feed that breaks exactly it: the notice must name the file, the line a user has to edit,
 * the field and the severity. The starting point, {@link TestFeeds#minimal()}, must be clean.
 */
class FeedValidatorTest {
  @TempDir
  Path dir;
  private int feeds;

  private List<Notice> validate(Map<String, String> files) {
    GtfsRead read = GtfsReader.read(TestFeeds.folder(dir.resolve("feed" + feeds++), files), ReadOptions.defaults());
    return FeedValidator.validate(read);
  }

  private static Map<String, String> minimal(String file, String content) {
    Map<String, String> files = TestFeeds.minimal();
    if (content == null) {
      files.remove(file);
    } else {
      files.put(file, content);
    }
    return files;
  }

  private static Notice only(List<Notice> notices, String code) {
    List<Notice> found = notices.stream().filter(n -> n.code().equals(code)).toList();
    assertEquals(1, found.size(), code + " in " + notices);
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
  void minimalFeedIsClean() {
    List<Notice> notices = validate(TestFeeds.minimal());
    assertEquals(List.of(), notices);
  }

  @Test
  void missingRequiredFilesAreErrors() {
    // The reader refuses such a feed outright; one assembled in code reaches the validator.
    FeedBuilder b = GtfsReader.read(TestFeeds.folder(dir.resolve("nocal"), TestFeeds.minimal()),
        ReadOptions.defaults()).feed().toBuilder();
    b.calendars.clear();
    b.agencies.clear();
    List<Notice> notices = FeedValidator.validate(b.build(), (file, index) -> index + 2);
    assertNotice(only(notices, "missing_calendar_and_calendar_date_files"), Severity.ERROR, "calendar.txt", 0,
        null, "no trip ever runs");
    assertNotice(only(notices, "missing_required_file"), Severity.ERROR, "agency.txt", 0, null);
    // The trip's service and the route's agency now exist nowhere either.
    List<Notice> fk = notices.stream().filter(n -> n.code().equals("foreign_key_violation")).toList();
    assertEquals(2, fk.size(), notices.toString());
    assertNotice(fk.get(0), Severity.ERROR, "routes.txt", 2, "agency_id", "'BB'");
    assertNotice(fk.get(1), Severity.ERROR, "trips.txt", 2, "service_id", "'WK'");
  }

  @Test
  void tripReferencesMustExist() {
    List<Notice> notices = validate(minimal("trips.txt", "route_id,service_id,trip_id,shape_id\n"
        + "R9,WK,T1,SH1\n"));
    List<Notice> fk = notices.stream().filter(n -> n.code().equals("foreign_key_violation")).toList();
    assertEquals(2, fk.size(), notices.toString());
    assertNotice(fk.get(0), Severity.ERROR, "trips.txt", 2, "route_id", "'R9'", "routes.txt");
    assertNotice(fk.get(1), Severity.ERROR, "trips.txt", 2, "shape_id", "'SH1'", "shapes.txt");
  }

  @Test
  void stopTimesMustReferenceKnownTripsAndStops() {
    List<Notice> notices = validate(minimal("stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            + "T1,07:00:00,07:00:00,S1,1\n"
            + "T1,07:20:00,07:20:00,S9,2\n"
            + "T1,07:30:00,07:30:00,S2,3\n"
            + "TX,08:00:00,08:00:00,S1,1\n"
            + "TX,08:10:00,08:10:00,S2,2\n"));
    List<Notice> fk = notices.stream().filter(n -> n.code().equals("foreign_key_violation")).toList();
    assertEquals(2, fk.size(), notices.toString());
    assertNotice(fk.get(0), Severity.ERROR, "stop_times.txt", 3, "stop_id", "'S9'", "stops.txt");
    assertNotice(fk.get(1), Severity.ERROR, "stop_times.txt", 5, "trip_id", "'TX'", "2 rows", "trips.txt");
  }

  @Test
  void routeAgencyMustExist() {
    List<Notice> notices = validate(minimal("routes.txt",
        "route_id,agency_id,route_short_name,route_long_name,route_type\nR1,XX,101,,3\n"));
    assertNotice(only(notices, "foreign_key_violation"), Severity.ERROR, "routes.txt", 2, "agency_id", "'XX'");
  }

  @Test
  void parentStationMustExistAndBeAStation() {
    List<Notice> notices = validate(minimal("stops.txt",
        "stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station\n"
            + "S1,大学城,29.6040,106.3000,0,S2\n"
            + "S2,西永,29.5900,106.2190,0,\n"
            + "P1,大学城站,29.6041,106.3001,1,ST9\n"
            + "E1,出口,29.6042,106.3002,2,NOPE\n"));
    assertNotice(only(notices, "wrong_parent_location_type"), Severity.ERROR, "stops.txt", 2, "parent_station",
        "'S2'", "location_type 0");
    assertNotice(only(notices, "station_with_parent_station"), Severity.ERROR, "stops.txt", 4, "parent_station");
    assertNotice(only(notices, "foreign_key_violation"), Severity.ERROR, "stops.txt", 5, "parent_station",
        "'NOPE'");
  }

  @Test
  void timesMustNotGoBackwardsAndEndsMustBeTimed() {
    List<Notice> notices = validate(minimal("stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            + "T1,07:10:00,07:10:00,S1,1\n"
            + "T1,07:05:00,07:06:00,S2,2\n"
            + "T1,,,S1,3\n"));
    assertNotice(only(notices, "stop_time_with_arrival_before_previous_departure_time"), Severity.ERROR,
        "stop_times.txt", 3, "arrival_time", "07:05:00", "07:10:00");
    assertNotice(only(notices, "missing_trip_edge"), Severity.ERROR, "stop_times.txt", 4, "arrival_time", "last");
  }

  @Test
  void untimedIntermediateStopsAreFine() {
    List<Notice> notices = validate(minimal("stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            + "T1,07:00:00,07:00:00,S1,1\n"
            + "T1,,,S2,2\n"
            + "T1,07:30:00,07:30:00,S1,3\n"));
    assertFalse(FeedValidator.hasErrors(notices), notices.toString());
  }

  @Test
  void departureBeforeArrivalAndHalfTimedStops() {
    List<Notice> notices = validate(minimal("stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            + "T1,07:00:00,07:00:00,S1,1\n"
            + "T1,07:10:00,07:09:00,S2,2\n"
            + "T1,07:20:00,,S1,3\n"
            + "T1,07:30:00,07:30:00,S2,4\n"));
    assertNotice(only(notices, "stop_time_with_departure_before_arrival_time"), Severity.ERROR, "stop_times.txt",
        3, "departure_time");
    assertNotice(only(notices, "stop_time_with_only_arrival_or_departure_time"), Severity.ERROR, "stop_times.txt",
        4, "departure_time");
  }

  @Test
  void tripWithoutStopTimesIsAWarning() {
    List<Notice> notices = validate(minimal("trips.txt", "route_id,service_id,trip_id\nR1,WK,T1\nR1,WK,T2\n"));
    assertNotice(only(notices, "unused_trip"), Severity.WARNING, "trips.txt", 3, "trip_id", "'T2'");
    assertFalse(FeedValidator.hasErrors(notices));
  }

  @Test
  void unusedStopsAndShapesAreWarnings() {
    Map<String, String> files = TestFeeds.minimal();
    files.put("stops.txt", files.get("stops.txt") + "S3,陈家桥,29.6100,106.3200\n");
    files.put("shapes.txt", "shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\n"
        + "SH1,29.60,106.30,1\nSH1,29.59,106.22,2\n");
    List<Notice> notices = validate(files);
    assertNotice(only(notices, "unused_stop"), Severity.WARNING, "stops.txt", 4, "stop_id", "'S3'");
    assertNotice(only(notices, "unused_shape"), Severity.WARNING, "shapes.txt", 2, "shape_id", "'SH1'");
  }

  @Test
  void calendarMustEndAfterItStarts() {
    List<Notice> notices = validate(minimal("calendar.txt",
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            + "WK,1,1,1,1,1,0,0,20261231,20260101\n"));
    assertNotice(only(notices, "start_and_end_range_out_of_order"), Severity.ERROR, "calendar.txt", 2, "end_date",
        "2026-01-01", "2026-12-31");
  }

  @Test
  void calendarThatNeverRunsIsAWarning() {
    List<Notice> notices = validate(minimal("calendar.txt",
        "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n"
            + "WK,1,0,0,0,0,0,0,20260106,20260111\n"));
    assertNotice(only(notices, "service_never_active"), Severity.WARNING, "calendar.txt", 2, "monday");
  }

  @Test
  void tooFastBetweenStopsIsAWarning() {
    // S1 to S2 is about 8 km; one minute is 480 km/h for a bus.
    List<Notice> notices = validate(minimal("stop_times.txt",
        "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
            + "T1,07:00:00,07:00:00,S1,1\n"
            + "T1,07:01:00,07:01:00,S2,2\n"));
    assertNotice(only(notices, "fast_travel_between_consecutive_stops"), Severity.WARNING, "stop_times.txt", 3,
        "arrival_time", "km/h", "route_type 3");
  }

  @Test
  void agencyTimezonesMustAgree() {
    Map<String, String> files = minimal("agency.txt", "agency_id,agency_name,agency_url,agency_timezone\n"
        + "BB,北碚公交,https://example.cn,Asia/Shanghai\n"
        + "XX,Elsewhere,https://example.com,Europe/Paris\n");
    List<Notice> notices = validate(files);
    assertNotice(only(notices, "inconsistent_agency_timezone"), Severity.ERROR, "agency.txt", 3,
        "agency_timezone", "Europe/Paris", "Asia/Shanghai");
  }

  @Test
  void transfersFrequenciesAndFareRulesReferencesMustExist() {
    Map<String, String> files = TestFeeds.minimal();
    files.put("transfers.txt", "from_stop_id,to_stop_id,transfer_type,min_transfer_time\nS1,S7,2,60\n");
    files.put("frequencies.txt", "trip_id,start_time,end_time,headway_secs\nT9,07:00:00,09:00:00,600\n");
    files.put("fare_attributes.txt", "fare_id,price,currency_type,payment_method,transfers\nF1,2,CNY,0,0\n");
    files.put("fare_rules.txt", "fare_id,route_id,origin_id\nF1,R1,Z9\nF2,R1,\n");
    List<Notice> fk = validate(files).stream().filter(n -> n.code().equals("foreign_key_violation")).toList();
    assertEquals(4, fk.size(), fk.toString());
    assertNotice(fk.get(0), Severity.ERROR, "fare_rules.txt", 2, "origin_id", "'Z9'");
    assertNotice(fk.get(1), Severity.ERROR, "fare_rules.txt", 3, "fare_id", "'F2'");
    assertNotice(fk.get(2), Severity.ERROR, "frequencies.txt", 2, "trip_id", "'T9'");
    assertNotice(fk.get(3), Severity.ERROR, "transfers.txt", 2, "to_stop_id", "'S7'");
  }

  @Test
  void stopTimesOnAStationAreErrors() {
    Map<String, String> files = minimal("stops.txt", "stop_id,stop_name,stop_lat,stop_lon,location_type\n"
        + "S1,大学城,29.6040,106.3000,1\n"
        + "S2,西永,29.5900,106.2190,0\n");
    assertNotice(only(validate(files), "location_with_unexpected_stop_time"), Severity.ERROR, "stop_times.txt", 2,
        "stop_id", "'S1'", "location_type 1");
  }

  @Test
  void duplicateIdsInAFeedBuiltInMemoryAreErrors() {
    // The reader already skips repeated keys; a feed assembled in code reaches the validator with them.
    Feed feed = GtfsReader.read(TestFeeds.folder(dir.resolve("dup"), TestFeeds.minimal()), ReadOptions.defaults())
        .feed();
    FeedBuilder b = feed.toBuilder();
    Stop s1 = b.stops.get(0);
    b.stops.add(s1);
    List<Notice> notices = FeedValidator.validate(b.build(), (file, index) -> index + 2);
    assertNotice(only(notices, "duplicate_key"), Severity.ERROR, "stops.txt", 4, "stop_id", "'S1'", "line 2");
  }

  @Test
  void repeatedFindingsAreCappedWithASummary() {
    StringBuilder stops = new StringBuilder("stop_id,stop_name,stop_lat,stop_lon\nS1,a,29.6,106.3\nS2,b,29.59,106.2\n");
    for (int i = 0; i < FeedValidator.MAX_PER_KIND + 7; i++) {
      stops.append("U").append(i).append(",u,29.6,106.3\n");
    }
    List<Notice> unused = validate(minimal("stops.txt", stops.toString())).stream()
        .filter(n -> n.code().equals("unused_stop")).toList();
    assertEquals(FeedValidator.MAX_PER_KIND + 1, unused.size());
    assertTrue(unused.get(0).message().contains("7 more unused_stop"), unused.get(0).format());
  }

  @Test
  void inMemoryFeedWithoutLinesStillValidates() {
    Feed feed = GtfsReader.read(TestFeeds.folder(dir.resolve("mem"), TestFeeds.minimal()), ReadOptions.defaults())
        .feed();
    assertEquals(List.of(), FeedValidator.validate(feed, SourceLines.NONE));
  }

  @Test
  void urlsAndEmailsMobilityDataRejectsAreErrorsAtTheirField() {
    Map<String, String> files = minimal("agency.txt",
        "agency_id,agency_name,agency_url,agency_timezone,agency_email,agency_phone\n"
            + "BB,北碚公交,www.example.cn,Asia/Shanghai,info(at)example.cn,023 6800 0000\n");
    files.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon,stop_url\n"
        + "S1,大学城,29.6040,106.3000,https://example.cn/stops/S1?lang=zh\n"
        + "S2,西永,29.5900,106.2190,http://\n");
    List<Notice> notices = validate(files);
    List<Notice> urls = notices.stream().filter(n -> n.code().equals("invalid_url")).toList();
    assertEquals(2, urls.size(), notices.toString());
    assertNotice(urls.get(0), Severity.ERROR, "agency.txt", 2, "agency_url", "'www.example.cn'");
    assertNotice(urls.get(1), Severity.ERROR, "stops.txt", 3, "stop_url", "'http://'");
    assertNotice(only(notices, "invalid_email"), Severity.ERROR, "agency.txt", 2, "agency_email",
        "'info(at)example.cn'");
    // MobilityData 6.0 checks phone numbers only against a country given to it; neither do we.
    assertEquals(3, notices.size(), notices.toString());
  }

  @Test
  void aStopAtZeroZeroIsAnError() {
    List<Notice> notices = validate(minimal("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\n"
        + "S1,大学城,29.6040,106.3000\n"
        + "S2,西永,0,0.0\n"));
    assertNotice(only(notices, "point_near_origin"), Severity.ERROR, "stops.txt", 3, "stop_lat", "0,0");
  }
}
