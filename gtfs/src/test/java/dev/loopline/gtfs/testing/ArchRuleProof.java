package dev.loopline.gtfs.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Proof that architecture rules bite: a rule that names a misspelt package matches nothing and passes forever, so each
 * rule set is also run over a fixture package in the test sources with one planted class per rule that breaks it.
 * Each rule must fail over its planted classes, naming every one of them, and pass over the fixture's lawful classes
 * (those not named {@code Sees...} and outside its {@code cycle} packages).
 */
public final class ArchRuleProof {
  private ArchRuleProof() {}

  /**
   * One dynamic test per rule: it fails over exactly its planted classes and its report names each of them.
   *
   * @param rules   the rules by name, written for the fixture's root package
   * @param planted rule name to the classes planted to break it; must name every rule
   */
  public static Stream<DynamicTest> eachRuleCatches(Map<String, ArchRule> rules, Map<String, List<Class<?>>> planted) {
    assertEquals(rules.keySet(), planted.keySet(), "every rule needs a planted violation, and only rules have one");
    return rules.entrySet().stream().map(r -> DynamicTest.dynamicTest(r.getKey(), () -> {
      List<Class<?>> classes = planted.get(r.getKey());
      EvaluationResult result = r.getValue().evaluate(new ClassFileImporter().importClasses(classes));
      assertTrue(result.hasViolation(), r.getKey() + " passed over its planted violation");
      String report = String.join("\n", result.getFailureReport().getDetails());
      for (Class<?> c : classes) {
        assertTrue(report.contains(c.getName()), r.getKey() + " does not name " + c.getName() + ":\n" + report);
      }
    }));
  }

  /** Every rule passes over the fixture's lawful classes, so a rule failing on any input proves nothing above. */
  public static void allPassOverTheLawful(Iterable<ArchRule> rules, String fixtureRoot) {
    JavaClasses lawful = new ClassFileImporter().importPackages(fixtureRoot).that(DescribedPredicate.describe(
        "not planted", (JavaClass c) -> !c.getSimpleName().startsWith("Sees") && !c.getPackageName().contains(".cycle")));
    assertFalse(lawful.isEmpty(), "no lawful classes in " + fixtureRoot);
    for (ArchRule rule : rules) {
      rule.check(lawful);
    }
  }
}
