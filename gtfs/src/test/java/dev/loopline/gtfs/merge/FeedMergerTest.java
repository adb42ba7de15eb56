package dev.loopline.gtfs.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.geo.Geo;
import dev.loopline.gtfs.merge.MergeReport.StopDecision;
import dev.loopline.gtfs.merge.MergeReport.StopOutcome;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.RawTable;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Transfer;
import dev.loopline.gtfs.model.Translation;
import dev.loopline.gtfs.model.Trip;
import dev.loopline.gtfs.testing.TestFeeds;
import dev.loopline.gtfs.testing.ValidatorOracle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge rules on small feeds in the Science City, each built to show one rule: namespacing of every id kind,
 * twin stops, links, duplicate trips, route name clashes, the brand network, repair, time zones, order
 * independence. Merged outputs are checked against the MobilityData validator.
 */
class FeedMergerTest {
  @TempDir
  Path dir;
  private ConstructedFeeds feeds;

  private MergeInput input(String feedId, Map<String, String> files) {
    feeds = feeds == null ? new ConstructedFeeds(dir) : feeds;
    return feeds.input(feedId, files);
  }

  private Path write(Feed feed) throws Exception {
    feeds = feeds == null ? new ConstructedFeeds(dir) : feeds;
    return feeds.write(feed);
  }

  private static final String CALENDAR =
      "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date\n";

  /**
   * Shapingba: S1 大学城站 and S2 西永, route 101, trip T1 07:00 S1 to 07:20 S2 on weekdays of 2026 (Beibei runs it
   * too), and its own trip T2 at 09:00, so that route 101 keeps a trip after the merge.
   */
  static Map<String, String> shapingba() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("agency.txt", "agency_id,agency_name,agency_url,agency_timezone\n"
        + "SPB,沙坪坝公交,https://spb.example.cn,Asia/Shanghai\n");
    f.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\n"
        + "S1,大学城站,29.60000,106.30000\n"
        + "S2,西永,29.59000,106.21900\n");
    f.put("routes.txt", "route_id,agency_id,route_short_name,route_long_name,route_type\n"
        + "R1,SPB,101,大学城-西永,3\n");
    f.put("trips.txt", "route_id,service_id,trip_id\nR1,WK,T1\nR1,WK,T2\n");
    f.put("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "T1,07:00:00,07:00:00,S1,1\n"
        + "T1,07:20:00,07:20:00,S2,2\n"
        + "T2,09:00:00,09:00:00,S1,1\n"
        + "T2,09:20:00,09:20:00,S2,2\n");
    f.put("calendar.txt", CALENDAR + "WK,1,1,1,1,1,0,0,20260101,20261231\n");
    return f;
  }

  /**
   * Beibei: X1 大学城 10 m north of S1 (twin), X2 西永站 5 m east of S2 (twin), X3 陈家桥 67 m north of S1 (a
   * different stop: linked). Route 101 too (a clash); trip U1 is Shapingba's T1 again (a duplicate), U2 is its own.
   */
  static Map<String, String> beibei() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("agency.txt", "agency_id,agency_name,agency_url,agency_timezone\n"
        + "BB,北碚公交,https://bb.example.cn,Asia/Shanghai\n");
    f.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon\n"
        + "X1,大学城,29.60009,106.30000\n"
        + "X2,西永站,29.59000,106.21905\n"
        + "X3,陈家桥,29.60060,106.30000\n");
    f.put("routes.txt", "route_id,agency_id,route_short_name,route_long_name,route_type\n"
        + "R1,BB,101,大学城-西永,3\n"
        + "R2,BB,580,陈家桥-西永,3\n");
    f.put("trips.txt", "route_id,service_id,trip_id\nR1,DAY,U1\nR2,DAY,U2\n");
    f.put("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "U1,07:00:00,07:00:00,X1,1\n"
        + "U1,07:20:00,07:20:00,X2,2\n"
        + "U2,08:00:00,08:00:00,X3,1\n"
        + "U2,08:30:00,08:30:00,X2,2\n");
    f.put("calendar.txt", CALENDAR + "DAY,1,1,1,1,1,0,0,20260101,20261231\n");
    return f;
  }

  private MergeResult mergeTwoDistricts() {
    return FeedMerger.merge(List.of(input("shapingba", shapingba()), input("beibei", beibei())),
        MergeOptions.defaults());
  }

  @Test
  void twinStopsAreMergedUnderTheSmallestIdAndReferencesFollow() throws Exception {
    MergeResult r = mergeTwoDistricts();
    FeedIndex idx = new FeedIndex(r.feed());
    // beibei:X1 < shapingba:S1, so Beibei's id is kept; Shapingba's stop is gone and its trips use X1.
    assertNotNull(idx.stop("beibei:X1"));
    assertNull(idx.stop("shapingba:S1"));
    assertNull(idx.stop("shapingba:S2"));
    StopDecision d = r.report().decision("shapingba:S1", "beibei:X1");
    assertEquals(StopOutcome.MERGED, d.outcome());
    assertEquals("beibei:X1", d.keptId());
    assertEquals(1.0, d.nameScore());
    assertEquals(10.0, d.distanceMeters(), 0.2);
    assertEquals(StopOutcome.MERGED, r.report().decision("shapingba:S2", "beibei:X2").outcome());
    assertEquals(2, r.report().mergedStops());
    StopTimes st = r.feed().stopTimes();
    for (int row = 0; row < st.size(); row++) {
      assertTrue(idx.stop(st.stopId(row)) != null, "stop_times row " + row + " points at " + st.stopId(row));
    }
    assertEquals(List.of(), ValidatorOracle.errors(write(r.feed())));
  }

  @Test
  void nearStopsWithOtherNamesAreLinkedByWalkingTransfersBothWays() {
    MergeResult r = mergeTwoDistricts();
    StopDecision d = r.report().decision("shapingba:S1", "beibei:X3");
    assertEquals(StopOutcome.LINKED, d.outcome());
    assertTrue(d.reason().contains("farther apart than the dedup distance"), d.reason());
    // S1 is now X1: the transfers join X1 and X3, timed from their own positions.
    double meters = Geo.distanceMeters(29.60009, 106.30000, 29.60060, 106.30000);
    int expected = (int) Math.ceil(meters * 1.4 / 1.3);
    assertEquals(expected, d.minTransferTime());
    List<Transfer> links = r.feed().transfers().stream()
        .filter(t -> List.of("beibei:X1", "beibei:X3").contains(t.fromStopId())).toList();
    assertEquals(2, links.size(), links.toString());
    for (Transfer t : links) {
      assertEquals(Transfer.MIN_TIME, t.transferType());
      assertEquals(expected, t.minTransferTime());
    }
  }

  @Test
  void closePairWithDisagreeingNamesIsLinkedNotMerged() {
    Map<String, String> b = beibei();
    b.put("stops.txt", b.get("stops.txt").replace("X1,大学城,", "X1,虎溪,"));
    MergeResult r = FeedMerger.merge(List.of(input("shapingba", shapingba()), input("beibei", b)),
        MergeOptions.defaults());
    StopDecision d = r.report().decision("shapingba:S1", "beibei:X1");
    assertEquals(StopOutcome.LINKED, d.outcome());
    assertTrue(d.reason().startsWith("names do not agree"), d.reason());
    assertTrue(d.nameScore() < StopNames.AGREEMENT);
    assertNotNull(new FeedIndex(r.feed()).stop("shapingba:S1"));
  }

  @Test
  void dedupDistanceDecidesWhatIsCloseEnoughToMerge() {
    Map<String, String> b = beibei();
    // X3 renamed to S1's name: 67 m away it is linked by default and merged with a 70 m dedup distance.
    b.put("stops.txt", b.get("stops.txt").replace("X3,陈家桥,", "X3,大学城站,"));
    MergeResult normal = FeedMerger.merge(List.of(input("shapingba", shapingba()), input("beibei", b)),
        MergeOptions.defaults());
    assertEquals(StopOutcome.LINKED, normal.report().decision("shapingba:S1", "beibei:X3").outcome());
    MergeResult wide = FeedMerger.merge(List.of(input("shapingba", shapingba()), input("beibei", b)),
        MergeOptions.defaults().withDedupDistance(70));
    // X1 is nearer and merges first; X3 would join a second Beibei stop into the group, so it stays linked.
    StopDecision d = wide.report().decision("shapingba:S1", "beibei:X3");
    assertEquals(StopOutcome.LINKED, d.outcome());
    assertTrue(d.reason().contains("two stops of feed 'beibei'"), d.reason());
  }

  @Test
  void identicalTripOfTwoFeedsIsKeptOnce() throws Exception {
    MergeResult r = mergeTwoDistricts();
    FeedIndex idx = new FeedIndex(r.feed());
    assertNotNull(idx.trip("beibei:U1"));
    assertNull(idx.trip("shapingba:T1"));
    assertEquals(1, r.report().duplicateTrips().size());
    MergeReport.DuplicateTrip dup = r.report().duplicateTrips().get(0);
    assertEquals("beibei:U1", dup.keptTrip());
    assertEquals("shapingba:T1", dup.droppedTrip());
    assertEquals(2, dup.stops());
    assertEquals(261, dup.serviceDays());
    assertTrue(r.feed().stopTimes().indexOfTrip("shapingba:T1") < 0);
    assertEquals(List.of(), ValidatorOracle.errors(write(r.feed())));
  }

  @Test
  void sameTimesOnOtherDaysAreNotADuplicate() {
    Map<String, String> a = shapingba();
    a.put("calendar.txt", CALENDAR + "WK,1,1,1,1,1,1,0,20260101,20261231\n");
    MergeResult r = FeedMerger.merge(List.of(input("shapingba", a), input("beibei", beibei())),
        MergeOptions.defaults());
    assertEquals(List.of(), r.report().duplicateTrips());
    assertNotNull(new FeedIndex(r.feed()).trip("shapingba:T1"));
  }

  @Test
  void sameDaysEncodedDifferentlyAreStillADuplicate() {
    // Beibei's service as calendar_dates only: the same 261 weekdays, listed one by one.
    Map<String, String> b = beibei();
    b.remove("calendar.txt");
    StringBuilder dates = new StringBuilder("service_id,date,exception_type\n");
    for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5) {
        dates.append("DAY,").append(d.toString().replace("-", "")).append(",1\n");
      }
    }
    b.put("calendar_dates.txt", dates.toString());
    MergeResult r = FeedMerger.merge(List.of(input("shapingba", shapingba()), input("beibei", b)),
        MergeOptions.defaults());
    assertEquals(1, r.report().duplicateTrips().size());
  }

  @Test
  void clashingShortNamesArePrefixedWithTheDistrictAndReported() {
    MergeResult r = mergeTwoDistricts();
    FeedIndex idx = new FeedIndex(r.feed());
    assertEquals("S101", idx.route("shapingba:R1").shortName());
    assertEquals("B101", idx.route("beibei:R1").shortName());
    assertEquals("580", idx.route("beibei:R2").shortName());
    assertEquals(2, r.report().routeRenames().size());
    MergeReport.RouteRename rename = r.report().routeRenames().get(0);
    assertEquals("beibei:R1", rename.routeId());
    assertEquals("101", rename.from());
    assertEquals("B101", rename.to());
    assertEquals(List.of("shapingba"), rename.clashesWith());
  }

  @Test
  void districtPrefixesAreTheShortestUniqueLeadOfEachFeedId() {
    Map<String, String> p = RouteNameClashes.prefixes(
        List.of("shapingba", "jiulongpo", "beibei", "jiangjin", "bishan", "hightech", "rail"));
    assertEquals(Map.of("shapingba", "S", "jiulongpo", "JIU", "beibei", "BE", "jiangjin", "JIA", "bishan", "BI",
        "hightech", "H", "rail", "R"), p);
    assertEquals(Map.of("bus", "BUS", "bus2", "BUS2"), RouteNameClashes.prefixes(List.of("bus", "bus2")));
  }

  @Test
  void renamedShortNameAvoidsANameAlreadyInUse() {
    Map<String, String> b = beibei();
    // Beibei already has a route "S101": Shapingba's 101 becomes S-101 instead.
    b.put("routes.txt", b.get("routes.txt") + "R3,BB,S101,,3\n");
    b.put("trips.txt", b.get("trips.txt") + "R3,DAY,U3\n");
    b.put("stop_times.txt", b.get("stop_times.txt") + "U3,10:00:00,10:00:00,X3,1\nU3,10:30:00,10:30:00,X2,2\n");
    MergeResult r = FeedMerger.merge(List.of(input("shapingba", shapingba()), input("beibei", b)),
        MergeOptions.defaults());
    FeedIndex idx = new FeedIndex(r.feed());
    assertEquals("S-101", idx.route("shapingba:R1").shortName());
    assertEquals("S101", idx.route("beibei:R3").shortName());
  }

  @Test
  void everyRouteJoinsTheBrandNetworkWithItsEnglishName() {
    MergeResult r = mergeTwoDistricts();
    Feed f = r.feed();
    assertEquals(1, f.networks().size());
    assertEquals(FeedMerger.NETWORK_ID, f.networks().get(0).id());
    assertEquals("西部(重庆)科学城一体化公交", f.networks().get(0).name());
    assertEquals(f.routes().size(), f.routeNetworks().size());
    f.routeNetworks().forEach(rn -> assertEquals(FeedMerger.NETWORK_ID, rn.networkId()));
    Translation en = f.translations().stream().filter(t -> "networks".equals(t.tableName())).findFirst()
        .orElseThrow();
    assertEquals("Science City Integrated Bus", en.translation());
    assertEquals("en", en.language());
    assertEquals(FeedMerger.NETWORK_ID, en.recordId());
    assertEquals("西部(重庆)科学城一体化公交", f.feedInfo().publisherName());
    assertEquals(LocalDate.of(2026, 1, 1), f.feedInfo().startDate());
    assertEquals(LocalDate.of(2026, 12, 31), f.feedInfo().endDate());
    assertTrue(f.feedInfo().version().startsWith("sha256-"));
    // Operators stay separate: they are who gets the subsidies.
    assertEquals(List.of("beibei:BB", "shapingba:SPB"), f.agencies().stream().map(a -> a.id()).toList());
  }

  @Test
  void feedOrderDoesNotChangeASingleByte() throws Exception {
    MergeResult ab = FeedMerger.merge(List.of(input("shapingba", shapingba()), input("beibei", beibei())),
        MergeOptions.defaults());
    MergeResult ba = FeedMerger.merge(List.of(input("beibei", beibei()), input("shapingba", shapingba())),
        MergeOptions.defaults());
    assertArrayEquals(Files.readAllBytes(write(ab.feed())), Files.readAllBytes(write(ba.feed())));
    assertEquals(ab.report().toJson().replaceAll("\"source\" : \"[^\"]*\"", ""),
        ba.report().toJson().replaceAll("\"source\" : \"[^\"]*\"", ""));
  }

  /** Every id kind namespaced, in every file, with references intact. */
  @Test
  void everyIdAndEveryReferenceIsNamespaced() throws Exception {
    Map<String, String> a = new LinkedHashMap<>();
    a.put("agency.txt", "agency_name,agency_url,agency_timezone,agency_lang\n"
        + "璧山公交,https://bs.example.cn,Asia/Shanghai,zh\n");
    a.put("levels.txt", "level_id,level_index,level_name\nL1,0,地面\n");
    a.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon,zone_id,location_type,parent_station,level_id\n"
        + "P1,璧山站,29.5900,106.2300,,1,,\n"
        + "S1,璧山站1号站台,29.5901,106.2301,Z1,0,P1,L1\n"
        + "S2,璧泉,29.6000,106.2400,Z2,0,,\n");
    a.put("routes.txt", "route_id,route_short_name,route_long_name,route_type\nR1,201,璧山环线,3\n");
    a.put("trips.txt", "route_id,service_id,trip_id,block_id,shape_id\n"
        + "R1,WK,T1,B1,SH1\nR1,WK,T2,B1,SH1\n");
    a.put("stop_times.txt", "trip_id,arrival_time,departure_time,stop_id,stop_sequence\n"
        + "T1,07:00:00,07:00:00,S1,1\nT1,07:15:00,07:15:00,S2,2\n"
        + "T2,10:00:00,10:00:00,S2,1\nT2,10:15:00,10:15:00,S1,2\n");
    a.put("calendar.txt", CALENDAR + "WK,1,1,1,1,1,0,0,20260101,20261231\n");
    a.put("calendar_dates.txt", "service_id,date,exception_type\nWK,20260501,2\n");
    a.put("shapes.txt", "shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence\n"
        + "SH1,29.5901,106.2301,1\nSH1,29.6000,106.2400,2\n");
    a.put("frequencies.txt", "trip_id,start_time,end_time,headway_secs\nT2,10:00:00,12:00:00,600\n");
    a.put("transfers.txt", "from_stop_id,to_stop_id,from_trip_id,to_trip_id,transfer_type,min_transfer_time\n"
        + "S1,S2,,,2,300\nS2,S2,T1,T2,1,\n");
    a.put("fare_attributes.txt", "fare_id,price,currency_type,payment_method,transfers\nF1,2.00,CNY,0,0\n");
    a.put("fare_rules.txt", "fare_id,route_id,origin_id,destination_id\nF1,R1,Z1,Z2\n");
    a.put("feed_info.txt", "feed_publisher_name,feed_publisher_url,feed_lang\n璧山公交,https://bs.example.cn,zh\n");
    a.put("translations.txt", "table_name,field_name,language,translation,record_id\n"
        + "stops,stop_name,en,Bishan Station Platform 1,S1\nroutes,route_long_name,en,Bishan Loop,R1\n");
    MergeResult r = FeedMerger.merge(List.of(input("bishan", a), input("beibei", TestFeeds.minimal())),
        MergeOptions.defaults());
    Feed f = r.feed();
    FeedIndex idx = new FeedIndex(f);

    assertNotNull(idx.agency("bishan:agency"), "an agency without id is named after its feed");
    Route route = idx.route("bishan:R1");
    assertEquals("bishan:agency", route.agencyId());
    Stop s1 = idx.stop("bishan:S1");
    assertEquals("bishan:P1", s1.parentStation());
    assertEquals("bishan:Z1", s1.zoneId());
    assertEquals("bishan:L1", s1.levelId());
    RawTable levels = f.otherFiles().stream().filter(t -> t.fileName().equals("levels.txt")).findFirst()
        .orElseThrow();
    assertEquals("bishan:L1", levels.rows().get(0).get(levels.header().indexOf("level_id")));
    Trip t1 = idx.trip("bishan:T1");
    assertEquals("bishan:R1", t1.routeId());
    assertEquals("bishan:WK", t1.serviceId());
    assertEquals("bishan:B1", t1.blockId());
    assertEquals("bishan:SH1", t1.shapeId());
    assertEquals(2, idx.shape("bishan:SH1").size());
    assertTrue(f.stopTimes().tripIds().contains("bishan:T1"));
    assertTrue(f.stopTimes().stopIds().containsAll(List.of("bishan:S1", "bishan:S2")));
    assertEquals("bishan:WK", f.calendarDates().get(0).serviceId());
    assertEquals("bishan:T2", f.frequencies().get(0).tripId());
    assertTrue(f.transfers().stream().anyMatch(t -> "bishan:S1".equals(t.fromStopId())
        && "bishan:S2".equals(t.toStopId()) && t.minTransferTime() == 300));
    assertTrue(f.transfers().stream().anyMatch(t -> "bishan:T1".equals(t.fromTripId())
        && "bishan:T2".equals(t.toTripId())));
    assertEquals("bishan:F1", f.fareAttributes().get(0).fareId());
    assertEquals("bishan:agency", f.fareAttributes().get(0).agencyId());
    assertEquals(List.of("bishan:F1", "bishan:R1", "bishan:Z1", "bishan:Z2"), List.of(f.fareRules().get(0).fareId(),
        f.fareRules().get(0).routeId(), f.fareRules().get(0).originId(), f.fareRules().get(0).destinationId()));
    assertTrue(f.translations().stream().anyMatch(t -> "stops".equals(t.tableName())
        && "bishan:S1".equals(t.recordId())));
    assertTrue(f.translations().stream().anyMatch(t -> "routes".equals(t.tableName())
        && "bishan:R1".equals(t.recordId())));
    assertTrue(f.routeNetworks().stream().anyMatch(rn -> rn.routeId().equals("bishan:R1")));
    assertNotNull(idx.stop("beibei:S1"));
    assertEquals("zh", f.feedInfo().lang());
    assertEquals(List.of(), ValidatorOracle.errors(write(f)));
  }

  @Test
  void invalidInputsStopTheMergeWithEveryProblemListed() {
    Map<String, String> b = beibei();
    b.put("trips.txt", b.get("trips.txt") + "R2,DAY,U3\nR9,DAY,U4\n");
    b.put("stop_times.txt", b.get("stop_times.txt")
        + "U4,09:00:00,09:00:00,X3,1\nU4,09:10:00,09:10:00,X9,2\n");
    GtfsException e = assertThrows(GtfsException.class, () -> FeedMerger.merge(
        List.of(input("shapingba", shapingba()), input("beibei", b)), MergeOptions.defaults()));
    assertTrue(e.getMessage().contains("--repair"), e.getMessage());
    List<String> lines = e.notices().stream().map(Notice::format).toList();
    assertTrue(lines.contains("ERROR beibei/trips.txt:5 route_id: route_id 'R9' does not exist in routes.txt"),
        lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("ERROR beibei/stop_times.txt:7 stop_id:")), lines.toString());
  }

  @Test
  void repairDropsWhatWouldBreakTheOutputAndSaysWhere() throws Exception {
    Map<String, String> b = beibei();
    b.put("trips.txt", b.get("trips.txt") + "R2,DAY,U3\nR9,DAY,U4\nR2,DAY,U5\n");
    b.put("stop_times.txt", b.get("stop_times.txt")
        + "U4,09:00:00,09:00:00,X3,1\nU4,09:10:00,09:10:00,X2,2\n"
        + "U5,10:00:00,10:00:00,X3,1\nU5,10:10:00,10:10:00,X9,2\nU5,10:20:00,10:20:00,X1,3\n"
        + "U2,,08:45:00,X1,3\n");
    MergeResult r = FeedMerger.merge(List.of(input("shapingba", shapingba()), input("beibei", b)),
        MergeOptions.defaults().withRepair(true));
    FeedIndex idx = new FeedIndex(r.feed());
    assertNull(idx.trip("beibei:U3"), "trip without stop times");
    assertNull(idx.trip("beibei:U4"), "trip of a missing route");
    assertNotNull(idx.trip("beibei:U5"), "kept without its row at the missing stop");
    StopTimes st = r.feed().stopTimes();
    int u5 = st.indexOfTrip("beibei:U5");
    assertEquals(2, st.rowCountOfTrip(u5));
    List<String> repairs = new ArrayList<>();
    r.report().repairs().forEach(x -> repairs.add(x.file() + ":" + x.line() + " " + x.field() + " " + x.action()));
    assertTrue(repairs.contains("trips.txt:4 trip_id dropped"), repairs.toString());
    assertTrue(repairs.contains("trips.txt:5 route_id dropped"), repairs.toString());
    assertTrue(repairs.contains("stop_times.txt:9 stop_id dropped"), repairs.toString());
    assertTrue(repairs.contains("stop_times.txt:11 arrival_time mended"), repairs.toString());
    int u2 = st.indexOfTrip("beibei:U2");
    int last = st.firstRowOfTrip(u2) + st.rowCountOfTrip(u2) - 1;
    assertEquals(st.departure(last), st.arrival(last));
    assertEquals(List.of(), ValidatorOracle.errors(write(r.feed())));
  }

  @Test
  void repairDropsTripsWhoseTimesGoBackwards() {
    Map<String, String> b = beibei();
    b.put("stop_times.txt", b.get("stop_times.txt").replace("U2,08:30:00,08:30:00", "U2,07:30:00,07:30:00"));
    GtfsException e = assertThrows(GtfsException.class, () -> FeedMerger.merge(
        List.of(input("shapingba", shapingba()), input("beibei", b)), MergeOptions.defaults()));
    assertTrue(e.notices().stream().anyMatch(n -> n.code().equals("stop_time_with_arrival_before_previous_departure_time")
        && n.file().equals("beibei/stop_times.txt") && n.line() == 5), e.notices().toString());
    MergeResult r = FeedMerger.merge(List.of(input("shapingba", shapingba()), input("beibei", b)),
        MergeOptions.defaults().withRepair(true));
    assertNull(new FeedIndex(r.feed()).trip("beibei:U2"));
    assertTrue(r.report().repairs().stream().anyMatch(x -> x.reason().contains("times go backwards")));
  }

  @Test
  void agencyTimezonesOfTwoFeedsMustAgreeEvenWithRepair() {
    Map<String, String> b = beibei();
    b.put("agency.txt", b.get("agency.txt").replace("Asia/Shanghai", "Asia/Tokyo"));
    GtfsException e = assertThrows(GtfsException.class, () -> FeedMerger.merge(
        List.of(input("shapingba", shapingba()), input("beibei", b)), MergeOptions.defaults().withRepair(true)));
    assertEquals("agency time zones disagree: feed 'beibei' (agency 'BB') uses Asia/Tokyo but feed 'shapingba'"
        + " (agency 'SPB') uses Asia/Shanghai; a merged feed has a single time zone", e.getMessage());
  }

  @Test
  void feedIdsMustBeDistinctNamespaces() {
    GtfsException e = assertThrows(GtfsException.class, () -> FeedMerger.merge(
        List.of(input("beibei", shapingba()), input("Beibei", beibei())), MergeOptions.defaults()));
    assertTrue(e.getMessage().contains("given twice"), e.getMessage());
    assertThrows(GtfsException.class, () -> input("bei:bei", beibei()));
  }

  @Test
  void stationsAreNeverMergedButTheirPlatformsAre() {
    Map<String, String> a = shapingba();
    a.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station\n"
        + "ST,大学城站,29.60000,106.30000,1,\n"
        + "S1,大学城站,29.60000,106.30000,0,ST\n"
        + "S2,西永,29.59000,106.21900,0,\n");
    Map<String, String> b = beibei();
    b.put("stops.txt", "stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station\n"
        + "XS,大学城,29.60001,106.30000,1,\n"
        + "X1,大学城,29.60001,106.30000,0,XS\n"
        + "X2,西永站,29.59000,106.21905,0,\n"
        + "X3,陈家桥,29.60060,106.30000,0,\n");
    MergeResult r = FeedMerger.merge(List.of(input("shapingba", a), input("beibei", b)), MergeOptions.defaults());
    FeedIndex idx = new FeedIndex(r.feed());
    assertNotNull(idx.stop("shapingba:ST"));
    assertNotNull(idx.stop("beibei:XS"));
    assertNull(r.report().decision("shapingba:ST", "beibei:XS"));
    assertEquals(StopOutcome.MERGED, r.report().decision("shapingba:S1", "beibei:X1").outcome());
    assertEquals("beibei:XS", idx.stop("beibei:X1").parentStation());
  }
}
