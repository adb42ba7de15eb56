package dev.loopline.planner;

import dev.loopline.archfixture.planner.app.SeesSample;
import dev.loopline.archfixture.planner.cycle.a.A;
import dev.loopline.archfixture.planner.cycle.b.B;
import dev.loopline.archfixture.planner.network.SeesBench;
import dev.loopline.archfixture.planner.network.SeesRouting;
import dev.loopline.archfixture.planner.proposal.SeesNetwork;
import dev.loopline.archfixture.planner.routing.SeesApp;
import dev.loopline.archfixture.planner.routing.SeesProposal;
import dev.loopline.archfixture.planner.score.SeesCli;
import dev.loopline.archfixture.planner.score.SeesReport;
import dev.loopline.archfixture.planner.transit.SeesScore;
import dev.loopline.gtfs.testing.ArchRuleProof;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The package rules catch what they forbid: each rule of {@link PlannerRules}, run over the planted violations in
 * {@code dev.loopline.archfixture.planner} (a miniature of the planner's layout in the test sources), fails and names
 * the class that breaks it. Without this, a rule that matched nothing (a typo in a package name) would pass forever.
 */
class PlannerRulesCatchViolationsTest {
  private static final String ROOT = "dev.loopline.archfixture.planner";

  /** Rule name to the classes planted to break it; each rule is run over exactly these classes. */
  private static final Map<String, List<Class<?>>> PLANTED = Map.ofEntries(
      Map.entry("no cycles", List.of(A.class, B.class)),
      Map.entry("only cli sees cli", List.of(SeesCli.class)),
      Map.entry("core and app never see cli, sample, bench",
          List.of(SeesCli.class, SeesBench.class, SeesSample.class)),
      Map.entry("core never calls app", List.of(SeesApp.class)),
      Map.entry("core never sees gis", List.of(dev.loopline.archfixture.planner.score.SeesGis.class)),
      Map.entry("only gis and app see the database", List.of(dev.loopline.archfixture.planner.report.SeesJdbc.class)),
      Map.entry("progress sees nothing of ours",
          List.of(dev.loopline.archfixture.planner.progress.SeesTransit.class)),
      Map.entry("transit never sees network, routing, proposal, score, report", List.of(SeesScore.class)),
      Map.entry("network never sees routing, proposal, score, report", List.of(SeesRouting.class)),
      Map.entry("routing never sees proposal, score, report", List.of(SeesProposal.class)),
      Map.entry("proposal never sees transit, network, routing, score, report", List.of(SeesNetwork.class)),
      Map.entry("score never sees report", List.of(SeesReport.class)),
      Map.entry("report never sees transit, network, routing",
          List.of(dev.loopline.archfixture.planner.report.SeesTransit.class)));

  @TestFactory
  Stream<DynamicTest> eachRuleFailsOnItsPlantedViolationAndNamesIt() {
    return ArchRuleProof.eachRuleCatches(new PlannerRules(ROOT).all(), PLANTED);
  }

  @Test
  void theRulesPassOverTheLawfulPartOfTheFixture() {
    ArchRuleProof.allPassOverTheLawful(new PlannerRules(ROOT).all().values(), ROOT);
  }
}
