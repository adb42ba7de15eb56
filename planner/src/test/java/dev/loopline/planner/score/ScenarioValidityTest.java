package dev.loopline.planner.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.testing.ValidatorOracle;
import dev.loopline.gtfs.write.GtfsWriter;
import dev.loopline.gtfs.write.WriteOptions;
import dev.loopline.planner.progress.ProgressListener;
import dev.loopline.planner.proposal.ScenarioBuilder;
import dev.loopline.planner.proposal.SimulatedLine;
import dev.loopline.planner.proposal.SimulationSettings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario feed a proposal makes is valid GTFS: the MobilityData validator finds no ERROR, for new lines and for
 * every kind of change to existing routes.
 */
class ScenarioValidityTest {

  @Test
  void theBaselineAndTheScenarioPassTheValidator(@TempDir Path dir) throws Exception {
    Evaluator ev = new Evaluator(TestNetwork.context(false), CostModel.defaults(), SimulationSettings.DEFAULTS,
        CoverageSettings.DEFAULTS, null);
    ev.baseline(ProgressListener.none());
    SimulatedLine line = ev.simulate(EvaluatorTest.loopLine());
    Feed baseline = TestNetwork.feed();
    Path base = dir.resolve("baseline.zip");
    GtfsWriter.write(baseline, base, WriteOptions.defaults());
    assertEquals(List.of(), ValidatorOracle.errors(base, "cn", TestNetwork.DATE));
    Feed scenario = ScenarioBuilder.build(baseline, List.of(line), TestNetwork.DATE);
    Path out = dir.resolve("scenario.zip");
    GtfsWriter.write(scenario, out, WriteOptions.defaults());
    assertEquals(List.of(), ValidatorOracle.errors(out, "cn", TestNetwork.DATE));
  }

  @Test
  void everyKindOfChangeToExistingRoutesGivesAValidFeed(@TempDir Path dir) throws Exception {
    Path timetables = dir.resolve("timetables.yaml");
    java.nio.file.Files.writeString(timetables, """
        id: T
        name: 时刻调整
        changes:
          - { change: headway, route: beibei:5, periods: [{ from: "07:00", to: "09:00", headway_min: 5 }] }
          - { change: span, route: shapingba:9, first: "05:00", last: "09:00" }
          - change: reroute
            route: shapingba:88
            from: shapingba:A1
            to: beibei:X
            via: [{ new: { name: 绕行站, lat: %.8f, lon: %.8f } }]
          - { change: truncate, route: shapingba:30, to: shapingba:A2 }
        """.formatted(TestNetwork.lat(1000), TestNetwork.lon(2000)));
    Path lines = dir.resolve("lines.yaml");
    java.nio.file.Files.writeString(lines, """
        id: L
        name: 线路调整
        changes:
          - change: merge
            routes: [shapingba:88, beibei:5]
            id: T88
            name: 沙北贯通线
          - change: extend
            route: shapingba:30
            at: start
            stops: [{ new: { name: 延伸站, lat: %.8f, lon: %.8f } }]
          - { change: withdraw, route: shapingba:9 }
        """.formatted(TestNetwork.lat(0), TestNetwork.lon(1500)));
    Feed baseline = ScenarioChangesTest.withThreeStopRoute();
    ScenarioScorer scorer = ScenarioChangesTest.scorer(baseline, false);
    for (Path p : List.of(timetables, lines)) {
      Feed scenario = scorer.apply(List.of(dev.loopline.planner.proposal.NetworkProposalReader.read(p))).feed();
      Path out = dir.resolve(p.getFileName() + ".zip");
      GtfsWriter.write(scenario, out, WriteOptions.defaults());
      assertEquals(List.of(), ValidatorOracle.errors(out, "cn", TestNetwork.DATE), p.getFileName().toString());
    }
  }
}
