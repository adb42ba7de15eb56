package dev.loopline.osm;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The osm module's package rules: the street API ({@code dev.loopline.osm}) is what the planner sees and depends on
 * none of its implementations; of the gtfs module it uses only the geo toolkit and the file helpers; the packages
 * form no cycle. (GraphHopper's own boundary: {@link AdapterBoundaryTest}.)
 */
class OsmArchitectureTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.loopline.osm");

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("dev.loopline.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void ofTheGtfsModuleOnlyTheGeoToolkitAndTheFileHelpers() {
    noClasses().that().resideInAPackage("dev.loopline.osm..")
        .should().dependOnClassesThat(resideInAPackage("dev.loopline.gtfs..")
            .and(DescribedPredicate.not(resideInAnyPackage("dev.loopline.gtfs.geo..", "dev.loopline.gtfs.io.."))))
        .check(MAIN);
  }

  @Test
  void theStreetApiDoesNotDependOnItsImplementations() {
    noClasses().that().resideInAPackage("dev.loopline.osm")
        .should().dependOnClassesThat().resideInAnyPackage("dev.loopline.osm.graphhopper..",
            "dev.loopline.osm.district..", "dev.loopline.osm.population..")
        .check(MAIN);
  }
}
