package dev.loopline.gtfs.merge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.merge.MergeReport.StopDecision;
import dev.loopline.gtfs.merge.MergeReport.StopOutcome;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.read.ReadOptions;
import dev.loopline.gtfs.testing.Fixtures;
import dev.loopline.gtfs.testing.ValidatorOracle;
import dev.loopline.gtfs.write.GtfsWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Merging real feeds of separate agencies: the output passes MobilityData's validator with no ERROR, the known
 * twin stops are merged and the near pairs linked, and feeding the same feeds in the other order gives the same
 * bytes.
 */
class FeedMergerFixturesTest {
  @TempDir
  Path dir;

  private static MergeInput input(String feedId, String fixture) {
    return new MergeInput(feedId, GtfsReader.read(Fixtures.path(fixture), ReadOptions.defaults()));
  }

  /** Merges in the given order and in reverse, checks byte equality, returns the first result and its zip. */
  private MergeResult mergeBothWays(MergeOptions options, MergeInput a, MergeInput b) throws Exception {
    MergeResult forward = FeedMerger.merge(List.of(a, b), options);
    MergeResult backward = FeedMerger.merge(List.of(b, a), options);
    Path one = dir.resolve("forward.zip");
    Path two = dir.resolve("backward.zip");
    GtfsWriter.write(forward.feed(), one);
    GtfsWriter.write(backward.feed(), two);
    assertArrayEquals(Files.readAllBytes(one), Files.readAllBytes(two), "feed order changed the output");
    assertEquals(forward.report().toJson(), backward.report().toJson());
    assertEquals(List.of(), ValidatorOracle.errors(one, "zz", LocalDate.of(2019, 5, 1)));
    return forward;
  }

  @Test
  void beattySampleFeedsShareTheirAirportStop() throws Exception {
    MergeInput dta = input("dta", "beatty/sample-feed");
    MergeInput pta = input("pta", "beatty/another-sample-feed");
    // The reference sample feed has a boarding area without a parent platform: invalid as published.
    GtfsException e = assertThrows(GtfsException.class, () -> FeedMerger.merge(List.of(dta, pta),
        MergeOptions.defaults()));
    assertTrue(e.notices().stream().anyMatch(n -> n.file().equals("dta/stops.txt") && n.line() == 12
        && n.code().equals("location_without_parent_station")), e.notices().toString());

    MergeResult r = mergeBothWays(MergeOptions.defaults().withRepair(true), dta, pta);
    StopDecision airport = r.report().decision("dta:BEATTY_AIRPORT", "pta:AIRPORT");
    assertEquals(StopOutcome.MERGED, airport.outcome());
    assertEquals(0.0, airport.distanceMeters());
    assertEquals("dta:BEATTY_AIRPORT", airport.keptId());
    FeedIndex idx = new FeedIndex(r.feed());
    assertNull(idx.stop("pta:AIRPORT"));
    // Plemo's airport trips now end at the shared stop.
    StopTimes st = r.feed().stopTimes();
    int trip = st.indexOfTrip("pta:MUSEUMAIRPORT1");
    assertEquals("dta:BEATTY_AIRPORT", st.stopId(st.firstRowOfTrip(trip) + st.rowCountOfTrip(trip) - 1));
    assertEquals(1, r.report().repairs().size());
    assertEquals("stops.txt", r.report().repairs().get(0).file());
    assertEquals(12, r.report().repairs().get(0).line());
    // Fares, frequencies and transfers survive with their references.
    assertEquals(List.of("dta:a", "dta:p"), r.feed().fareAttributes().stream().map(f -> f.fareId()).toList());
    assertTrue(r.feed().frequencies().stream().allMatch(f -> idx.trip(f.tripId()) != null));
    assertTrue(r.feed().transfers().stream().anyMatch(t -> "pta:PARENT_OF_MUSEUM".equals(t.fromStopId())));
  }

  @Test
  void cobbAndMartaNearDuplicatesAtHolmesAreMergedOrLinked() throws Exception {
    MergeResult r = mergeBothWays(MergeOptions.defaults(), input("cobb", "cobb-marta/cobblinc-bus-30-only.gtfs.zip"),
        input("marta", "cobb-marta/marta-bus-856-only.gtfs.zip"));
    MergeReport report = r.report();
    // 5.7 m apart, the same corner written two ways: one stop.
    StopDecision twin = report.decision("cobb:948", "marta:78002");
    assertEquals(StopOutcome.MERGED, twin.outcome());
    assertEquals(5.7, twin.distanceMeters());
    assertEquals("cobb:948", twin.keptId());
    // 24.5 m and the same names, but 78002 is already cobb:948's twin: a feed's two stops stay two.
    StopDecision second = report.decision("cobb:706", "marta:78002");
    assertEquals(StopOutcome.LINKED, second.outcome());
    assertTrue(second.reason().contains("two stops of feed 'cobb'"), second.reason());
    // Close, but named differently ("H. E. HOLMES DR" vs "HAMILTON E HOLMES"; a house number): linked.
    assertEquals(StopOutcome.LINKED, report.decision("cobb:703", "marta:98505").outcome());
    assertEquals(13.1, report.decision("cobb:703", "marta:98505").distanceMeters());
    assertEquals(StopOutcome.LINKED, report.decision("cobb:704", "marta:98021").outcome());
    // The rail station's bus loop and CobbLinc's station stop, 138 m apart: linked.
    assertEquals(StopOutcome.LINKED, report.decision("cobb:720", "marta:98900").outcome());
    assertEquals(8, report.stopDecisions().size(), "the 8 cross-agency pairs within 150 m");
    assertEquals(1, report.mergedStops());
    FeedIndex idx = new FeedIndex(r.feed());
    assertNull(idx.stop("marta:78002"));
    assertNotNull(idx.stop("cobb:948"));
    // Each linked pair has transfers both ways between the stops that remain.
    assertTrue(r.feed().transfers().stream().anyMatch(t -> "cobb:703".equals(t.fromStopId())
        && "marta:98505".equals(t.toStopId()) && t.minTransferTime() == 15));
    assertTrue(r.feed().transfers().stream().anyMatch(t -> "marta:98505".equals(t.fromStopId())
        && "cobb:703".equals(t.toStopId())));
    assertEquals(0, report.duplicateTrips().size());
  }

  @Test
  void portoAlegreBusAndMetroAreLinkedNotMerged() throws Exception {
    MergeResult r = mergeBothWays(MergeOptions.defaults(), input("eptc", "porto-alegre/poa_eptc.zip"),
        input("trensurb", "porto-alegre/poa_trensurb.zip"));
    MergeReport report = r.report();
    // Bus stops in the street are not metro platforms, however close.
    assertEquals(0, report.mergedStops());
    assertTrue(report.stopDecisions().size() > 10, report.stopDecisions().size() + " decisions");
    StopDecision airport = report.decision("eptc:3836", "trensurb:ASG");
    assertEquals(StopOutcome.LINKED, airport.outcome());
    assertEquals(36.0, airport.distanceMeters());
    assertEquals((int) Math.ceil(36.0 * 1.4 / 1.3), airport.minTransferTime(), 1);
    assertTrue(airport.reason().contains("names do not agree"), airport.reason());
    FeedIndex idx = new FeedIndex(r.feed());
    assertEquals("trensurb:TRENS", idx.route("trensurb:LINHA1").agencyId());
    assertEquals(2, r.feed().agencies().size());
    assertEquals(LocalDate.of(2019, 3, 1), r.feed().feedInfo().startDate());
    assertEquals(LocalDate.of(2019, 12, 31), r.feed().feedInfo().endDate());
    assertEquals("pt", r.feed().feedInfo().lang());
  }
}
