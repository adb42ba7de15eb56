package dev.loopline.planner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The planner's package rules ({@link PlannerRules}) over its production classes: no package cycles, and the named
 * rules for which package may use which. A new cycle or forbidden edge fails here; that each rule really fails when
 * broken is shown by {@link PlannerRulesCatchViolationsTest}.
 */
class PlannerArchitectureTest {
  private static final String ROOT = "dev.loopline.planner";
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  @Test
  void everyPackageIsImported() {
    // A rule over an empty package passes vacuously; make sure each layer is really there.
    for (String p : new String[] {"progress", "transit", "network", "routing", "proposal", "score", "report", "gis",
        "app", "cli", "sample"}) {
      assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith(ROOT + "." + p)), "no classes in " + p);
    }
  }

  @TestFactory
  Stream<DynamicTest> packageRulesHold() {
    Map<String, ArchRule> rules = new PlannerRules(ROOT).all();
    return rules.entrySet().stream().map(r -> DynamicTest.dynamicTest(r.getKey(), () -> r.getValue().check(classes)));
  }
}
