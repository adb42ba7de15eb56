package dev.loopline.gtfs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The gtfs module's package rules. It depends on no other Loopline module; inside it, the model, the datums
 * ({@code geo}) and the file helpers ({@code io}) are the bottom, reading, validating and writing sit on them, and
 * merging sits on top. No cycles.
 */
class GtfsArchitectureTest {
  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.loopline");

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("dev.loopline.(**)").should().beFreeOfCycles().check(MAIN);
  }

  @Test
  void gtfsDependsOnNoOtherModule() {
    noClasses().that().resideInAPackage("dev.loopline.gtfs..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.loopline.osm..", "dev.loopline.planner..",
            "dev.loopline.web..")
        .check(MAIN);
  }

  @Test
  void modelGeoAndIoAreTheBottom() {
    noClasses().that().resideInAnyPackage("dev.loopline.gtfs.model..", "dev.loopline.gtfs.geo..",
            "dev.loopline.gtfs.io..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.loopline.gtfs.read..", "dev.loopline.gtfs.validate..",
            "dev.loopline.gtfs.write..", "dev.loopline.gtfs.merge..")
        .check(MAIN);
  }

  @Test
  void readingValidatingAndWritingDoNotSeeMerging() {
    noClasses().that().resideInAnyPackage("dev.loopline.gtfs.read..", "dev.loopline.gtfs.validate..",
            "dev.loopline.gtfs.write..")
        .should().dependOnClassesThat().resideInAPackage("dev.loopline.gtfs.merge..")
        .check(MAIN);
  }

  @Test
  void writingDoesNotDependOnReading() {
    noClasses().that().resideInAPackage("dev.loopline.gtfs.write..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.loopline.gtfs.read..", "dev.loopline.gtfs.validate..")
        .check(MAIN);
  }
}
