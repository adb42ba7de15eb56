package dev.loopline.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The module rules ({@link ModuleRules}) over every module's production classes: web → planner → osm → gtfs (geo
 * toolkit and file helpers only), no package cycle anywhere, the web through the planner's application layer. Maven
 * already refuses a missing module dependency at compile time; these rules also catch the reverse kind of leak (a
 * package named after one module living in another) and the package-level ones Maven cannot see. That each rule fails
 * when broken is shown by {@link ModuleRulesCatchViolationsTest}.
 */
class ModuleArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // The web's benchmark puts the planner's test-jar on this classpath; its classes are tests too.
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("dev.loopline");
  }

  @Test
  void everyModuleIsImported() {
    // A rule over an empty import would pass vacuously; make sure each layer is really there.
    for (String pkg : new String[] {"dev.loopline.gtfs", "dev.loopline.osm", "dev.loopline.planner",
        "dev.loopline.web"}) {
      assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)), "no classes imported from " + pkg);
    }
  }

  @TestFactory
  Stream<DynamicTest> moduleRulesHold() {
    return new ModuleRules("dev.loopline").all().entrySet().stream()
        .map(r -> DynamicTest.dynamicTest(r.getKey(), () -> r.getValue().check(classes)));
  }
}
