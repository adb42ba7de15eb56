package dev.loopline.gtfs.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.merge.MergeReport.Adjustment;
import dev.loopline.gtfs.merge.MergeReport.Repair;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.ShapePoint;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.testing.ValidatorOracle;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One constructed feed per rule of MobilityData's validator that {@code --repair} fixes, or per thing the merge
 * itself drops: without repair the merge is refused naming file, line and rule; with it the fix is in the merge
 * report at the same file and line, and the validator finds no ERROR in what is written.
 */
class MergeRepairRulesTest {
  @TempDir
  Path dir;
  private ConstructedFeeds feeds;

  @BeforeEach
  void feedsInTheTempDir() {
    feeds = new ConstructedFeeds(dir);
  }

  private List<String> validatorErrors(Feed feed) throws Exception {
    return ValidatorOracle.errors(feeds.write(feed));
  }

  private MergeResult repaired(Map<String, String> feed) {
    return FeedMerger.merge(List.of(feeds.input("shapingba", feed)), MergeOptions.defaults().withRepair(true));
  }

  private GtfsException refused(Map<String, String> feed) {
    return assertThrows(GtfsException.class, () -> FeedMerger.merge(List.of(feeds.input("shapingba", feed)),
        MergeOptions.defaults()));
  }

  private static String where(Repair r) {
    return r.file() + ":" + r.line() + " " + r.field() + " " + r.action();
  }

  private static Repair repairAt(MergeResult r, String file, long line) {
    return r.report().repairs().stream().filter(x -> x.file().equals(file) && x.line() == line).findFirst()
        .orElseThrow(() -> new AssertionError("no repair at " + file + ":" + line + " in "
            + r.report().repairs().stream().map(MergeRepairRulesTest::where).toList()));
  }

  // ---- routes without trips ------------------------------------------------------------------------------------

  @Test
  void routesWithoutTripsAreDroppedWithTheirFareAndReported() throws Exception {
    // Shapingba's only trip T1 duplicates Beibei's U1 and is kept there: route shapingba:R1 is left empty.
    // Beibei's R3 never had a trip; its fare F3 has rules for R3 only.
    Map<String, String> b = FeedMergerTest.beibei();
    b.put("routes.txt", b.get("routes.txt") + "R3,BB,805,夜班,3\n");
    b.put("fare_attributes.txt", "fare_id,price,currency_type,payment_method,transfers\nF2,2,CNY,0,0\nF3,3,CNY,0,0\n");
    b.put("fare_rules.txt", "fare_id,route_id\nF2,R2\nF3,R3\n");
    b.put("translations.txt", "table_name,field_name,language,translation,record_id\n"
        + "routes,route_long_name,en,Night,R3\n");
    b.put("feed_info.txt", "feed_publisher_name,feed_publisher_url,feed_lang\n北碚公交,https://bb.example.cn,zh\n");
    Map<String, String> s = FeedMergerTest.shapingba();
    s.put("trips.txt", "route_id,service_id,trip_id\nR1,WK,T1\n");
    s.put("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "T1,07:00:00,07:00:00,S1,1\nT1,07:20:00,07:20:00,S2,2\n");
    MergeResult r = FeedMerger.merge(List.of(feeds.input("shapingba", s), feeds.input("beibei", b)),
        MergeOptions.defaults());
    FeedIndex idx = new FeedIndex(r.feed());
    assertNull(idx.route("shapingba:R1"));
    assertNull(idx.route("beibei:R3"));
    assertNotNull(idx.route("beibei:R1"));
    // With Shapingba's 101 gone, Beibei's 101 clashes with nothing and keeps its name.
    assertEquals("101", idx.route("beibei:R1").shortName());
    assertEquals(List.of(), r.report().routeRenames());
    List<Adjustment> drops = r.report().adjustments().stream().filter(a -> a.action().equals("dropped")).toList();
    assertTrue(drops.contains(new Adjustment("routes.txt", "shapingba:R1", "dropped",
        "no trips left: each of its trips was a duplicate of another feed's trip, which was kept")), drops.toString());
    assertTrue(drops.contains(new Adjustment("routes.txt", "beibei:R3", "dropped",
        "no trips: no trip of its feed runs on it")), drops.toString());
    assertTrue(drops.contains(new Adjustment("fare_attributes.txt", "beibei:F3", "dropped",
        "all its fare rules named routes without trips")), drops.toString());
    assertEquals(List.of("beibei:F2"), r.feed().fareAttributes().stream().map(f -> f.fareId()).toList());
    assertTrue(r.feed().translations().stream().noneMatch(t -> "beibei:R3".equals(t.recordId())));
    assertEquals(r.feed().routes().size(), r.feed().routeNetworks().size());
    assertEquals(List.of(), validatorErrors(r.feed()));
  }

  @Test
  void aTransferFromADroppedDuplicateNamesTheKeptTripAndItsRoute() throws Exception {
    // Shapingba's T1 duplicates Beibei's U1 and is dropped; its timed transfer to T2 at S2 now leaves from U1.
    Map<String, String> s = FeedMergerTest.shapingba();
    s.put("transfers.txt", "from_stop_id,to_stop_id,from_route_id,to_route_id,from_trip_id,to_trip_id,"
        + "transfer_type\nS2,S2,R1,R1,T1,T2,1\n");
    s.put("trips.txt", "route_id,service_id,trip_id\nR1,WK,T1\nR1,WK,T2\n");
    s.put("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "T1,07:00:00,07:00:00,S1,1\nT1,07:20:00,07:20:00,S2,2\n"
        + "T2,07:30:00,07:30:00,S2,1\nT2,07:50:00,07:50:00,S1,2\n");
    MergeResult r = FeedMerger.merge(List.of(feeds.input("shapingba", s),
        feeds.input("beibei", FeedMergerTest.beibei())), MergeOptions.defaults());
    var timed = r.feed().transfers().stream().filter(t -> "shapingba:T2".equals(t.toTripId())).toList();
    assertEquals(1, timed.size(), r.feed().transfers().toString());
    assertEquals("beibei:U1", timed.get(0).fromTripId());
    assertEquals("beibei:R1", timed.get(0).fromRouteId());
    assertEquals("shapingba:R1", timed.get(0).toRouteId());
    assertEquals(List.of(), validatorErrors(r.feed()));
  }

  // ---- fare_attributes.agency_id -------------------------------------------------------------------------------

  /** Two operators in one feed; fares without agency_id. */
  private static Map<String, String> twoAgencies(String fareRules) {
    Map<String, String> f = FeedMergerTest.shapingba();
    f.put("agency.txt", "agency_id,agency_name,agency_url,agency_timezone\n"
        + "SPB,沙坪坝公交,https://spb.example.cn,Asia/Shanghai\n"
        + "XY,西永公交,https://xy.example.cn,Asia/Shanghai\n");
    f.put("routes.txt", f.get("routes.txt") + "R2,XY,202,西永-大学城,3\n");
    f.put("trips.txt", f.get("trips.txt") + "R2,WK,T3\n");
    f.put("stop_times.txt", f.get("stop_times.txt") + "T3,08:00:00,08:00:00,S2,1\nT3,08:20:00,08:20:00,S1,2\n");
    f.put("fare_attributes.txt", "fare_id,price,currency_type,payment_method,transfers\n"
        + "F1,2,CNY,0,0\nF2,3,CNY,0,0\n");
    f.put("fare_rules.txt", fareRules);
    return f;
  }

  @Test
  void aFareWithoutAgencyGetsTheAgencyOfTheRoutesItsRulesName() throws Exception {
    Map<String, String> f = twoAgencies("fare_id,route_id\nF1,R1\nF2,R1\nF2,R2\n");
    GtfsException e = refused(f);
    assertTrue(e.notices().stream().map(Notice::format).anyMatch(l -> l.startsWith(
        "ERROR shapingba/fare_attributes.txt:2 agency_id:")), e.notices().toString());
    MergeResult r = repaired(f);
    assertEquals("fare_attributes.txt:2 agency_id mended", where(repairAt(r, "fare_attributes.txt", 2)));
    assertTrue(repairAt(r, "fare_attributes.txt", 2).reason().contains("set to 'SPB'"));
    // F2 covers routes of both operators: whose fare it is cannot be told, so it is dropped, saying why.
    Repair f2 = repairAt(r, "fare_attributes.txt", 3);
    assertEquals("dropped", f2.action());
    assertTrue(f2.reason().contains("routes of several agencies (SPB, XY)"), f2.reason());
    assertEquals(List.of("shapingba:SPB"), r.feed().fareAttributes().stream().map(x -> x.agencyId()).toList());
    assertEquals(List.of(), validatorErrors(r.feed()));
  }

  // ---- shape_dist_traveled along shapes ------------------------------------------------------------------------

  /**
   * Shapingba's trip T1 along shape SH1 from S1 to S2 (about 8 km), distances in kilometres; given three shape
   * distances, the shape stops 3 km short of S2.
   */
  private static Map<String, String> withShape(String shapeDistances, String stopDistances) {
    String[] d = shapeDistances.split(",");
    String[] s = stopDistances.split(",");
    Map<String, String> f = FeedMergerTest.shapingba();
    f.put("shapes.txt", "shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence,shape_dist_traveled\n"
        + "SH1,29.60000,106.30000,1," + d[0] + "\n"
        + "SH1,29.59700,106.28000,2," + d[1] + "\n"
        + "SH1,29.59400,106.25000,3," + d[2] + "\n"
        + (d.length > 3 ? "SH1,29.59000,106.21900,4," + d[3] + "\n" : ""));
    f.put("trips.txt", "route_id,service_id,trip_id,shape_id\nR1,WK,T1,SH1\n");
    f.put("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence,shape_dist_traveled\n"
        + "T1,07:00:00,07:00:00,S1,1," + s[0] + "\n"
        + "T1,07:20:00,07:20:00,S2,2," + s[1] + "\n");
    return f;
  }

  private static double[] shapeDistances(Feed feed) {
    return feed.shapePoints().stream().mapToDouble(ShapePoint::distTraveled).toArray();
  }

  @Test
  void equalDistancesAtPointsApartAreMeasuredAgainInTheFeedsUnit() throws Exception {
    Map<String, String> f = withShape("0,2.0,2.0,8.0", "0,7.95");
    GtfsException e = refused(f);
    assertTrue(e.notices().stream().anyMatch(n -> n.code().equals("equal_shape_distance_diff_coordinates")
        && n.file().equals("shapingba/shapes.txt") && n.line() == 4), e.notices().toString());
    MergeResult r = repaired(f);
    Repair fix = repairAt(r, "shapes.txt", 4);
    assertEquals("shape_dist_traveled mended", fix.field() + " " + fix.action());
    assertTrue(fix.reason().contains("in the feed's unit") && fix.reason().contains("from 0 to 8"), fix.reason());
    double[] d = shapeDistances(r.feed());
    assertEquals(0, d[0]);
    assertEquals(8.0, d[3]);
    for (int i = 1; i < d.length; i++) {
      assertTrue(d[i] > d[i - 1], java.util.Arrays.toString(d));
    }
    // Kilometres still: the second point is about 2 km along, not 2,000.
    assertEquals(1.99, d[1], 0.2);
    // The stop distances are in the same unit and within the shape: kept.
    StopTimes st = r.feed().stopTimes();
    assertEquals(7.95, st.shapeDistTraveled(1));
    assertEquals(List.of(), validatorErrors(r.feed()));
  }

  @Test
  void decreasingDistancesAlongAShapeAreMeasuredAgain() throws Exception {
    Map<String, String> f = withShape("0,3.0,2.5,8.0", "0,7.95");
    assertTrue(refused(f).notices().stream().anyMatch(n -> n.code().equals("decreasing_shape_distance")
        && n.line() == 4));
    MergeResult r = repaired(f);
    assertTrue(repairAt(r, "shapes.txt", 4).reason().contains("decreasing"));
    assertEquals(List.of(), validatorErrors(r.feed()));
  }

  @Test
  void aShapeWhoseDistancesSpanNothingIsMeasuredInMetresAndItsTripsLoseTheirs() throws Exception {
    Map<String, String> f = withShape("0,0,0,0", "0,7.95");
    MergeResult r = repaired(f);
    assertTrue(repairAt(r, "shapes.txt", 3).reason().contains("in metres"));
    double[] d = shapeDistances(r.feed());
    assertEquals(8000, d[3], 400);
    assertTrue(Double.isNaN(r.feed().stopTimes().shapeDistTraveled(1)));
    assertTrue(r.report().repairs().stream().anyMatch(x -> x.file().equals("stop_times.txt")
        && x.reason().contains("unit is unknown")));
    assertEquals(List.of(), validatorErrors(r.feed()));
  }

  @Test
  void stopDistancesThatStayTheSameAreCleared() throws Exception {
    Map<String, String> f = withShape("0,2.0,5.0,8.0", "3.0,3.0");
    assertTrue(refused(f).notices().stream().anyMatch(n -> n.code().equals("decreasing_or_equal_stop_time_distance")
        && n.file().equals("shapingba/stop_times.txt") && n.line() == 3));
    MergeResult r = repaired(f);
    Repair fix = repairAt(r, "stop_times.txt", 3);
    assertTrue(fix.reason().contains("stays the same"), fix.reason());
    assertTrue(Double.isNaN(r.feed().stopTimes().shapeDistTraveled(0)));
    assertEquals(List.of(), validatorErrors(r.feed()));
  }

  @Test
  void aTripEndingPastItsShapeLosesItsStopDistancesButRoundingIsKept() throws Exception {
    // The shape ends 5 km along, 3 km before the last stop, which says it is 7.95 km along: not on the shape.
    Map<String, String> f = withShape("0,2.0,5.0", "0,7.95");
    assertTrue(refused(f).notices().stream().anyMatch(n -> n.code().equals("trip_distance_exceeds_shape_distance")
        && n.line() == 3));
    MergeResult r = repaired(f);
    assertTrue(repairAt(r, "stop_times.txt", 2).reason().contains("past the end of its shape"));
    assertTrue(Double.isNaN(r.feed().stopTimes().shapeDistTraveled(1)));
    assertEquals(List.of(), validatorErrors(r.feed()));
    // 8.0001 km at a stop on the shape's last point: rounding, kept as published.
    MergeResult rounding = repaired(withShape("0,2.0,5.0,8.0", "0,8.0001"));
    assertEquals(8.0001, rounding.feed().stopTimes().shapeDistTraveled(1));
    assertEquals(List.of(), rounding.report().repairs());
  }

  // ---- timepoints -----------------------------------------------------------------------------------------------

  @Test
  void aTimepointWithoutTimesBecomesAnUntimedStop() throws Exception {
    Map<String, String> f = FeedMergerTest.shapingba();
    f.put("stops.txt", f.get("stops.txt") + "S3,陈家桥,29.59500,106.26000\n");
    f.put("trips.txt", "route_id,service_id,trip_id\nR1,WK,T1\n");
    f.put("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence,timepoint\n"
        + "T1,07:00:00,07:00:00,S1,1,1\n"
        + "T1,,,S3,2,1\n"
        + "T1,07:20:00,07:20:00,S2,3,1\n");
    assertTrue(refused(f).notices().stream().anyMatch(n -> n.code().equals("stop_time_timepoint_without_times")
        && n.file().equals("shapingba/stop_times.txt") && n.line() == 3));
    MergeResult r = repaired(f);
    assertEquals("stop_times.txt:3 timepoint mended", where(repairAt(r, "stop_times.txt", 3)));
    StopTimes st = r.feed().stopTimes();
    assertEquals(0, st.timepoint(1));
    assertEquals(1, st.timepoint(0));
    assertEquals(List.of(), validatorErrors(r.feed()));
  }

  // ---- vehicle blocks -------------------------------------------------------------------------------------------

  @Test
  void aTripOverlappingAnEarlierTripOfItsBlockLeavesTheBlock() throws Exception {
    Map<String, String> f = FeedMergerTest.shapingba();
    f.put("trips.txt", "route_id,service_id,trip_id,block_id\nR1,WK,T1,B1\nR1,WK,T2,B1\nR1,WK,T3,B1\n");
    f.put("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "T1,07:00:00,07:00:00,S1,1\nT1,07:20:00,07:20:00,S2,2\n"
        + "T2,07:10:00,07:10:00,S2,1\nT2,07:30:00,07:30:00,S1,2\n"
        + "T3,07:30:00,07:30:00,S2,1\nT3,07:50:00,07:50:00,S1,2\n");
    assertTrue(refused(f).notices().stream().anyMatch(n -> n.code().equals("block_trips_with_overlapping_stop_times")
        && n.file().equals("shapingba/trips.txt") && n.line() == 3), refused(f).notices().toString());
    MergeResult r = repaired(f);
    Repair fix = repairAt(r, "trips.txt", 3);
    assertEquals("block_id mended", fix.field() + " " + fix.action());
    assertEquals("trip 'T2' of block 'B1' starts at 07:10:00, before trip 'T1' of the same block ends at 07:20:00,"
        + " on 261 common dates; block_id cleared", fix.reason());
    FeedIndex idx = new FeedIndex(r.feed());
    assertNull(idx.trip("shapingba:T2").blockId());
    // T3 starts when T1 has long ended: the vehicle runs T1 then T3, and the block stays.
    assertEquals("shapingba:B1", idx.trip("shapingba:T3").blockId());
    assertEquals(1, r.report().repairs().size());
    assertEquals(List.of(), validatorErrors(r.feed()));
  }

  // ---- transfers between trips ---------------------------------------------------------------------------------

  @Test
  void aTransferNamingATripOfAnotherRouteOrAStopItMissesIsDropped() throws Exception {
    Map<String, String> f = FeedMergerTest.shapingba();
    f.put("stops.txt", f.get("stops.txt") + "S3,陈家桥,29.59500,106.26000\n");
    f.put("routes.txt", f.get("routes.txt") + "R2,SPB,202,西永-大学城,3\n");
    f.put("trips.txt", "route_id,service_id,trip_id\nR1,WK,T1\nR2,WK,T2\n");
    f.put("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "T1,07:00:00,07:00:00,S1,1\nT1,07:20:00,07:20:00,S2,2\n"
        + "T2,07:30:00,07:30:00,S2,1\nT2,07:40:00,07:40:00,S3,2\nT2,07:50:00,07:50:00,S1,3\n");
    // Line 2: T1 to T2 at S2, right. Line 3: T1 runs on R1, not R2. Line 4: T1 never calls at S3.
    f.put("transfers.txt", "from_stop_id,to_stop_id,from_route_id,to_route_id,from_trip_id,to_trip_id,"
        + "transfer_type\n"
        + "S2,S2,R1,R2,T1,T2,1\n"
        + "S2,S2,R2,R2,T1,T2,1\n"
        + "S3,S3,,,T1,T2,1\n");
    GtfsException e = refused(f);
    List<String> codes = e.notices().stream().filter(n -> n.file().equals("shapingba/transfers.txt"))
        .map(n -> n.line() + " " + n.code()).toList();
    assertEquals(List.of("3 transfer_with_invalid_trip_and_route", "4 transfer_with_invalid_trip_and_stop"), codes);
    MergeResult r = repaired(f);
    Repair route = repairAt(r, "transfers.txt", 3);
    assertEquals("from_route_id dropped", route.field() + " " + route.action());
    assertEquals("from_trip_id 'T1' runs on route 'R1', not on from_route_id 'R2'", route.reason());
    assertEquals("from_trip_id 'T1' does not call at from_stop_id 'S3'", repairAt(r, "transfers.txt", 4).reason());
    assertEquals(1, r.feed().transfers().size());
    assertEquals(List.of(), validatorErrors(r.feed()));
  }

  // ---- field formats and coordinates ---------------------------------------------------------------------------

  @Test
  void anInvalidOptionalUrlOrEmailIsClearedAndAnInvalidRequiredUrlIsRefused() throws Exception {
    Map<String, String> f = FeedMergerTest.shapingba();
    f.put("agency.txt", "agency_id,agency_name,agency_url,agency_timezone,agency_email,agency_fare_url\n"
        + "SPB,沙坪坝公交,https://spb.example.cn,Asia/Shanghai,info at spb,spb.example.cn/fares\n");
    f.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon,stop_url\n"
        + "S1,大学城站,29.60000,106.30000,http://\n"
        + "S2,西永,29.59000,106.21900,https://spb.example.cn/s2\n");
    f.put("routes.txt", "route_id,agency_id,route_short_name,route_long_name,route_type,route_url\n"
        + "R1,SPB,101,大学城-西永,3,spb-101\n");
    List<String> refusedAt = refused(f).notices().stream()
        .filter(n -> n.code().equals("invalid_url") || n.code().equals("invalid_email"))
        .map(n -> n.file() + ":" + n.line() + " " + n.field()).toList();
    assertEquals(List.of("shapingba/agency.txt:2 agency_email", "shapingba/agency.txt:2 agency_fare_url",
        "shapingba/routes.txt:2 route_url", "shapingba/stops.txt:2 stop_url"), refusedAt);
    MergeResult r = repaired(f);
    List<String> repairs = r.report().repairs().stream().map(MergeRepairRulesTest::where).toList();
    assertTrue(repairs.containsAll(List.of("agency.txt:2 agency_fare_url mended", "agency.txt:2 agency_email mended",
        "stops.txt:2 stop_url mended", "routes.txt:2 route_url mended")), repairs.toString());
    assertNull(r.feed().agencies().get(0).email());
    assertNull(r.feed().agencies().get(0).fareUrl());
    assertEquals(java.util.Arrays.asList(null, "https://spb.example.cn/s2"),
        r.feed().stops().stream().map(dev.loopline.gtfs.model.Stop::url).toList());
    assertNull(r.feed().routes().get(0).url());
    assertEquals(List.of(), validatorErrors(r.feed()));

    // agency_url is required: there is nothing sound to put in its place, so even --repair refuses.
    f.put("agency.txt", "agency_id,agency_name,agency_url,agency_timezone\n"
        + "SPB,沙坪坝公交,spb.example.cn,Asia/Shanghai\n");
    GtfsException e = assertThrows(GtfsException.class, () -> repaired(f));
    assertTrue(e.notices().stream().anyMatch(n -> n.code().equals("invalid_url")
        && n.file().equals("shapingba/agency.txt") && n.line() == 2 && n.field().equals("agency_url")),
        e.notices().toString());
  }

  @Test
  void aStopAtZeroZeroIsRefusedEvenWithRepair() {
    // Its coordinates are missing, and a stop's coordinates are required: nothing to mend, and dropping the stop
    // would silently drop the trips calling there.
    Map<String, String> f = FeedMergerTest.shapingba();
    f.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\n"
        + "S1,大学城站,29.60000,106.30000\n"
        + "S2,西永,0.0,0\n");
    for (GtfsException e : List.of(refused(f), assertThrows(GtfsException.class, () -> repaired(f)))) {
      assertTrue(e.notices().stream().anyMatch(n -> n.code().equals("point_near_origin")
          && n.file().equals("shapingba/stops.txt") && n.line() == 3 && n.field().equals("stop_lat")),
          e.notices().toString());
    }
  }
}
