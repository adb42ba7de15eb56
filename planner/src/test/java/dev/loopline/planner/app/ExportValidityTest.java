package dev.loopline.planner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.testing.ValidatorOracle;
import dev.loopline.gtfs.write.GtfsWriter;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.network.TestNetworkDirs;
import dev.loopline.planner.proposal.Proposal;
import dev.loopline.planner.proposal.ProposalStop;
import dev.loopline.planner.proposal.ScenarioBuilder;
import dev.loopline.planner.proposal.SimulationSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export of the synthetic sample with all its proposals — new lines, and a headway change, a withdrawal, a border
 * merge and a reroute of existing lines — is a feed MobilityData's validator passes with no ERROR
 * (and without the warnings the export used to cause), that can be told apart from the baseline and that carries
 * what consumers show: a colour and the fare for each new route, an English name for each new stop, and timepoint=0
 * for simulated times.
 */
class ExportValidityTest {
  @TempDir
  static Path dir;
  static Network net;
  static List<Proposal> proposals;
  static List<dev.loopline.planner.proposal.NetworkProposal> all;
  static Feed scenario;
  static Path zip;

  @BeforeAll
  static void export() throws Exception {
    net = TestNetworkDirs.sample();
    try (var s = Files.list(TestNetworkDirs.root().resolve("sample/proposals"))) {
      all = s.sorted().map(dev.loopline.planner.proposal.NetworkProposalReader::read).toList();
    }
    proposals = ScenarioRequest.newLines(all);
    assertTrue(proposals.size() >= 4, proposals.size() + " proposals");
    assertTrue(all.size() >= proposals.size() + 4, all.size() + " proposals with changes to existing lines");
    zip = dir.resolve("scenario.zip");
    GtfsWriter.write(new ExportService(net).scenario(all, SimulationSettings.DEFAULTS), zip);
    scenario = GtfsReader.read(zip).feed();
  }

  @Test
  void theValidatorFindsNoErrorAndNoneOfTheWarningsTheExportUsedToCause() {
    Map<String, Integer> codes = ValidatorOracle.codes(zip, "cn", net.serviceDays().firstDate().orElseThrow());
    assertTrue(codes.keySet().stream().noneMatch(c -> c.startsWith("ERROR")), codes.toString());
    assertTrue(codes.keySet().stream().noneMatch(c -> c.contains("missing_timepoint_value")
        || c.contains("trip_distance_exceeds_shape_distance")), codes.toString());
  }

  @Test
  void theScenarioHasItsOwnFeedVersion() {
    String base = net.feed().feedInfo().version();
    String own = scenario.feedInfo().version();
    assertNotEquals(base, own);
    for (Proposal p : proposals) {
      assertTrue(own.contains(p.id()), own);
    }
  }

  @Test
  void newRoutesHaveAColourAndTheProposalsFare() {
    for (Proposal p : proposals) {
      String routeId = ScenarioBuilder.routeId(p.id());
      Route r = scenario.routes().stream().filter(x -> x.id().equals(routeId)).findFirst().orElseThrow();
      assertTrue(r.color() != null && r.color().matches("[0-9A-F]{6}") && r.textColor() != null, r.toString());
      String fareId = scenario.fareRules().stream().filter(f -> routeId.equals(f.routeId())).map(f -> f.fareId())
          .findFirst().orElseThrow(() -> new AssertionError("no fare rule for " + routeId));
      var fare = scenario.fareAttributes().stream().filter(f -> f.fareId().equals(fareId)).findFirst().orElseThrow();
      assertEquals(0, fare.price().compareTo(java.math.BigDecimal.valueOf(p.fare())), fare.toString());
    }
  }

  @Test
  void newStopsHaveTheirEnglishNames() {
    int checked = 0;
    for (Proposal p : proposals) {
      for (int i = 0; i < p.stops().size(); i++) {
        if (p.stops().get(i) instanceof ProposalStop.New n) {
          assertNotNull(n.nameEn(), "the sample gives every new stop an English name");
          String stopId = p.id() + ":stop-" + i;
          assertTrue(scenario.translations().stream().anyMatch(t -> t.tableName().equals("stops")
              && stopId.equals(t.recordId()) && t.language().equals("en") && t.translation().equals(n.nameEn())),
              stopId);
          checked++;
        }
      }
    }
    assertTrue(checked > 0);
  }

  @Test
  void simulatedTimesAreNotTimepointsAndTheBaselinesAre() {
    StopTimes st = scenario.stopTimes();
    int simulated = 0;
    for (int r = 0; r < st.size(); r++) {
      String trip = st.tripId(r);
      // New lines' trips, and the regenerated trips of changed routes (<route>~<service>~...).
      boolean isNew = all.stream().anyMatch(p -> trip.startsWith(p.id())) || trip.contains("~");
      if (isNew) {
        assertEquals(0, st.timepoint(r), st.tripId(r));
        simulated++;
      } else if (st.arrival(r) != StopTimes.MISSING) {
        assertEquals(1, st.timepoint(r), st.tripId(r));
      }
    }
    assertTrue(simulated > 0);
  }
}
