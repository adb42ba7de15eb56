package dev.loopline.osm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * GraphHopper changes its API between major versions; keeping it inside one adapter package is what makes an
 * upgrade a one-package job. This guards that boundary inside the osm module.
 */
class AdapterBoundaryTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.loopline.osm");

  @Test
  void onlyTheAdapterPackageUsesGraphHopper() {
    noClasses().that().resideOutsideOfPackage("dev.loopline.osm.graphhopper")
        .should().dependOnClassesThat().resideInAPackage("com.graphhopper..")
        .orShould().dependOnClassesThat().resideInAPackage("com.carrotsearch..")
        .check(MAIN);
  }

  @Test
  void districtsAndPopulationDoNotNeedTheStreetNetwork() {
    noClasses().that().resideInAnyPackage("dev.loopline.osm.district..", "dev.loopline.osm.population..")
        .should().dependOnClassesThat().resideInAPackage("dev.loopline.osm.graphhopper..")
        .check(MAIN);
  }
}
