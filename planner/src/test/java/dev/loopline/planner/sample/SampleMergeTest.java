package dev.loopline.planner.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopline.gtfs.merge.FeedMerger;
import dev.loopline.gtfs.merge.FeedSource;
import dev.loopline.gtfs.merge.FeedsConfig;
import dev.loopline.gtfs.merge.MergeInput;
import dev.loopline.gtfs.merge.MergeOptions;
import dev.loopline.gtfs.merge.MergeReport;
import dev.loopline.gtfs.merge.MergeResult;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.read.GtfsReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sample exercises the merger as intended: twin stops up to 30 m apart become one stop, the 35-40 m twins stay
 * two, and the cross-border trips both districts publish are kept once.
 */
class SampleMergeTest {
  private static MergeResult merged;
  private static JsonNode manifest;

  @BeforeAll
  static void merge() throws IOException {
    List<MergeInput> inputs = new ArrayList<>();
    for (FeedSource s : FeedsConfig.load(SampleFixture.dir().resolve("feeds.yaml")).feeds()) {
      inputs.add(new MergeInput(s.id(), GtfsReader.read(s.path(), s.readOptions())));
    }
    merged = FeedMerger.merge(inputs, MergeOptions.defaults());
    manifest = new ObjectMapper().readTree(SampleFixture.dir().resolve("manifest.json").toFile());
  }

  @Test
  void twinsWithin30mMergeAndFartherOnesDoNot() {
    Set<String> surviving = new HashSet<>();
    merged.feed().stops().forEach(s -> surviving.add(s.id()));
    int near = 0;
    int far = 0;
    for (JsonNode t : manifest.get("twin_stops")) {
      String a = t.get("stop").asText();
      String b = t.get("twin").asText();
      MergeReport.StopDecision d = merged.report().decision(a, b);
      assertNotNull(d, "the merger considered " + a + " / " + b);
      if (t.get("merge_at_30m").asBoolean()) {
        assertEquals(MergeReport.StopOutcome.MERGED, d.outcome(), a + " / " + b + ": " + d.reason());
        String kept = a.compareTo(b) < 0 ? a : b;
        assertTrue(surviving.contains(kept) && !surviving.contains(kept.equals(a) ? b : a), "kept " + kept);
        near++;
      } else {
        assertTrue(t.get("distance_m").asDouble() >= 35, "far twins are 35-40 m apart");
        assertTrue(d.outcome() != MergeReport.StopOutcome.MERGED, a + " / " + b + " must stay apart");
        assertTrue(surviving.contains(a) && surviving.contains(b));
        far++;
      }
    }
    assertTrue(near >= 50, "many twins to merge: " + near);
    assertTrue(far >= 2, "some twins too far for a 30 m rule: " + far);
  }

  @Test
  void crossBorderTripsAreKeptOnce() {
    int expected = 0;
    var owner = SampleFixture.sample();
    for (BusLine l : owner.network().lines()) {
      if (l.partner() >= 0) {
        for (int dir = 0; dir < l.directions(); dir++) {
          expected += l.headways().departures(true).size() + l.headways().departures(false).size();
        }
      }
    }
    assertTrue(expected > 500, "cross-border trips: " + expected);
    assertEquals(expected, merged.report().duplicateTrips().size(), "every doubly published trip dropped once");
    int inputs = merged.report().inputs().stream().mapToInt(MergeReport.InputSummary::trips).sum();
    assertEquals(inputs - expected, merged.feed().trips().size());
  }

  @Test
  void theRouteOfACrossBorderLineWhoseTripsWereAllKeptUnderItsPartnerIsDroppedAndReported() {
    Set<String> served = new HashSet<>();
    merged.feed().trips().forEach(t -> served.add(t.routeId()));
    merged.feed().routes().forEach(r -> assertTrue(served.contains(r.id()), r.id() + " has no trip"));
    List<MergeReport.Adjustment> dropped = merged.report().adjustments().stream()
        .filter(a -> a.file().equals("routes.txt") && a.action().equals("dropped")).toList();
    assertTrue(dropped.size() >= 2, "routes left empty by duplicate trips: " + dropped);
    assertEquals(dropped.size(), merged.report().droppedRoutes());
    dropped.forEach(a -> assertTrue(a.reason().contains("duplicate of another feed's trip"), a.toString()));
    // Each dropped route's trips live on under a route of another feed.
    Set<String> keptRoutes = new HashSet<>();
    merged.report().duplicateTrips().forEach(d -> keptRoutes.add(d.keptRoute()));
    Set<String> droppedFrom = new HashSet<>();
    merged.report().duplicateTrips().forEach(d -> droppedFrom.add(d.droppedRoute()));
    dropped.forEach(a -> assertTrue(droppedFrom.contains(a.id()), a.id() + " lost its trips as duplicates"));
    assertTrue(keptRoutes.stream().allMatch(served::contains));
  }

  @Test
  void proposalStopIdsSurviveTheMerge() throws IOException {
    Set<String> ids = new HashSet<>();
    for (Stop s : merged.feed().stops()) {
      ids.add(s.id());
    }
    for (JsonNode p : manifest.get("proposals")) {
      String yaml = java.nio.file.Files.readString(SampleFixture.dir().resolve(p.get("file").asText()));
      for (String line : yaml.split("\n")) {
        if (line.trim().startsWith("- stop: ")) {
          String id = line.trim().substring("- stop: ".length());
          assertTrue(ids.contains(id), p.get("id").asText() + ": stop " + id + " is in the merged feed");
        }
      }
    }
  }
}
