package dev.loopline.web;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The design card's arrows between modules: web → planner → osm → gtfs (osm uses only gtfs's geo toolkit and file
 * helpers); no package cycle across them; GraphHopper only in osm, Raptor only in the planner; and the web reaches the
 * planner through its application layer: the web's REST, job, tile, store and security packages never see the
 * command line ({@code planner.cli}) nor the Raptor layer ({@code planner.transit}). Only the web's root package, its
 * command-line entry ({@code serve} plugs into the CLI), may see {@code planner.cli}.
 *
 * <p>Written for a root package, so that the same rules run over the real modules ({@link ModuleArchitectureTest})
 * and over planted violations in the test sources ({@link ModuleRulesCatchViolationsTest}).
 */
final class ModuleRules {
  private final String root;

  ModuleRules(String root) {
    this.root = root;
  }

  /** Every rule by name; the names are what {@link ModuleRulesCatchViolationsTest} plants a violation for. */
  Map<String, ArchRule> all() {
    Map<String, ArchRule> rules = new LinkedHashMap<>();
    rules.put("no cycles across modules", slices().matching(root + ".(**)").should().beFreeOfCycles());
    rules.put("gtfs depends on no other module", noClasses().that().resideInAPackage(pkg("gtfs"))
        .should().dependOnClassesThat().resideInAnyPackage(pkg("osm"), pkg("planner"), pkg("web")));
    // One distance, projection, point index and CSV reader for every module: they live in gtfs (which depends on
    // nothing of ours); osm may use those two packages and nothing else of gtfs.
    rules.put("osm uses only gtfs.geo and gtfs.io", noClasses().that().resideInAPackage(pkg("osm"))
        .should().dependOnClassesThat().resideInAnyPackage(pkg("planner"), pkg("web"))
        .orShould().dependOnClassesThat(resideInAPackage(pkg("gtfs"))
            .and(DescribedPredicate.not(resideInAnyPackage(pkg("gtfs.geo"), pkg("gtfs.io"))))));
    rules.put("planner does not reach up", noClasses().that().resideInAPackage(pkg("planner"))
        .should().dependOnClassesThat().resideInAPackage(pkg("web")));
    // GraphHopper's API churns between versions; only the osm adapter may touch it.
    rules.put("GraphHopper only in osm", noClasses().that().resideInAPackage(root + "..")
        .and().resideOutsideOfPackage(pkg("osm"))
        .should().dependOnClassesThat().resideInAPackage("com.graphhopper.."));
    rules.put("Raptor only in the planner", noClasses().that().resideInAnyPackage(pkg("gtfs"), pkg("osm"), pkg("web"))
        .should().dependOnClassesThat().resideInAPackage("org.opentripplanner.."));
    // Until the web's code lands these two check no class; ModuleRulesCatchViolationsTest shows that they bite.
    rules.put("web reaches the planner through app, not cli", noClasses().that().resideInAPackage(pkg("web"))
        .and().resideOutsideOfPackage(root + ".web")
        .should().dependOnClassesThat().resideInAPackage(pkg("planner.cli"))
        .allowEmptyShould(true));
    rules.put("web never sees the Raptor layer or the benchmarks", noClasses().that().resideInAPackage(pkg("web"))
        .should().dependOnClassesThat().resideInAnyPackage(pkg("planner.transit"), pkg("planner.bench"))
        .allowEmptyShould(true));
    return rules;
  }

  private String pkg(String name) {
    return root + "." + name + "..";
  }
}
