package dev.loopline.web;

import dev.loopline.archfixture.modules.gtfs.SeesOsm;
import dev.loopline.archfixture.modules.gtfs.SeesRaptor;
import dev.loopline.archfixture.modules.gtfs.cycle.x.X;
import dev.loopline.archfixture.modules.gtfs.cycle.y.Y;
import dev.loopline.archfixture.modules.osm.SeesGtfsModel;
import dev.loopline.archfixture.modules.planner.SeesGraphHopper;
import dev.loopline.archfixture.modules.planner.SeesWeb;
import dev.loopline.archfixture.modules.web.api.SeesCli;
import dev.loopline.archfixture.modules.web.api.SeesReport;
import dev.loopline.archfixture.modules.web.api.SeesTransit;
import dev.loopline.archfixture.modules.web.jobs.SeesBench;
import dev.loopline.archfixture.modules.web.tiles.SeesStreetEngine;
import dev.loopline.gtfs.testing.ArchRuleProof;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The module rules catch what they forbid: each rule of {@link ModuleRules}, run over the planted violations in
 * {@code dev.loopline.archfixture.modules} (test sources), fails and names the planted class; over the fixture's lawful
 * classes (the web's command-line entry seeing the CLI, a controller calling an application service, osm using the geo
 * toolkit, the web holding the open network, a type the web may see, with its nested types) every rule passes.
 */
class ModuleRulesCatchViolationsTest {
  private static final String ROOT = "dev.loopline.archfixture.modules";

  /** Rule name to the classes planted to break it; each rule is run over exactly these classes. */
  private static final Map<String, List<Class<?>>> PLANTED = Map.of(
      "no cycles across modules", List.of(X.class, Y.class),
      "gtfs depends on no other module", List.of(SeesOsm.class),
      "osm uses only gtfs.geo and gtfs.io", List.of(SeesGtfsModel.class),
      "planner does not reach up", List.of(SeesWeb.class),
      "GraphHopper only in osm", List.of(SeesGraphHopper.class),
      "Raptor only in the planner", List.of(SeesRaptor.class),
      "web reaches the planner through app, not cli", List.of(SeesCli.class),
      "web never sees the Raptor layer or the benchmarks", List.of(SeesTransit.class, SeesBench.class),
      "web sees of the core only app, progress and the named types", List.of(SeesReport.class,
          SeesStreetEngine.class, dev.loopline.archfixture.modules.web.jobs.SeesGtfsModel.class, SeesTransit.class));

  @TestFactory
  Stream<DynamicTest> eachRuleFailsOnItsPlantedViolationAndNamesIt() {
    return ArchRuleProof.eachRuleCatches(new ModuleRules(ROOT).all(), PLANTED);
  }

  @Test
  void theRulesPassOverTheLawfulPartOfTheFixture() {
    ArchRuleProof.allPassOverTheLawful(new ModuleRules(ROOT).all().values(), ROOT);
  }
}
