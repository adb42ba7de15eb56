package dev.loopline.web;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Guards the design card's arrows: web → planner → osm → gtfs (geo toolkit and file helpers only); gtfs knows
 * nothing of the layers above. Maven already refuses a missing module dependency at compile time; this test also catches the
 * reverse kind of leak (e.g. a package named after one module living in another) and keeps the rule visible.
 */
class ModuleArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.loopline");
  }

  @Test
  void everyModuleIsImported() {
    // A rule over an empty import would pass vacuously; make sure each layer is really there.
    for (String pkg : new String[] {"dev.loopline.gtfs", "dev.loopline.osm", "dev.loopline.planner"}) {
      org.junit.jupiter.api.Assertions.assertTrue(
          classes.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)), "no classes imported from " + pkg);
    }
  }

  @Test
  void gtfsDependsOnNoOtherModule() {
    noClasses().that().resideInAPackage("dev.loopline.gtfs..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("dev.loopline.osm..", "dev.loopline.planner..", "dev.loopline.web..")
        .check(classes);
  }

  @Test
  void osmDependsOnlyOnTheGeoToolkitAndFileHelpersOfGtfs() {
    // One distance, projection, point index and CSV reader for every module: they live in gtfs (which depends on
    // nothing of ours); osm may use those two packages and nothing else of gtfs.
    noClasses().that().resideInAPackage("dev.loopline.osm..")
        .should().dependOnClassesThat()
        .resideInAnyPackage("dev.loopline.planner..", "dev.loopline.web..")
        .orShould().dependOnClassesThat(resideInAPackage("dev.loopline.gtfs..")
            .and(DescribedPredicate.not(resideInAnyPackage("dev.loopline.gtfs.geo..", "dev.loopline.gtfs.io.."))))
        .check(classes);
  }

  @Test
  void plannerDoesNotReachUp() {
    noClasses().that().resideInAPackage("dev.loopline.planner..")
        .should().dependOnClassesThat().resideInAPackage("dev.loopline.web..")
        .check(classes);
  }

  @Test
  void graphHopperStaysInTheOsmModule() {
    // GraphHopper's API churns between versions; only the osm adapter may touch it.
    noClasses().that().resideOutsideOfPackage("dev.loopline.osm..")
        .should().dependOnClassesThat().resideInAPackage("com.graphhopper..")
        .check(classes);
  }

  @Test
  void raptorStaysInThePlanner() {
    noClasses().that().resideInAnyPackage("dev.loopline.gtfs..", "dev.loopline.osm..")
        .should().dependOnClassesThat().resideInAPackage("org.opentripplanner..")
        .check(classes);
  }
}
