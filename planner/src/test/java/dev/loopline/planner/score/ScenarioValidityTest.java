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

/** The scenario feed a proposal makes is valid GTFS: the MobilityData validator finds no ERROR. */
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
}
