package dev.loopline.planner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The planner's package rules, in the spirit of OTP's {@code RaptorArchitectureTest}: which package may use which,
 * so that the layers of docs/architecture.md hold as code changes. From the bottom up:
 * <pre>
 *   progress                                    (listener interface; sees nothing of ours)
 *   transit   → progress                        (Raptor SPI over the timetable)
 *   network   → transit, progress               (the network directory)
 *   routing   → network, transit                (trip planning)
 *   proposal  → (gtfs, osm only)                (proposals, simulation, scenarios)
 *   score     → proposal, routing, network, transit, progress
 *   report    → score, proposal
 *   app       → the core above                  (one service per user operation)
 *   cli, sample, bench → app and the core        (adapters and tools; nothing below sees them)
 * </pre>
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

  private static String pkg(String name) {
    return ROOT + "." + name + "..";
  }

  private static String[] pkgs(String... names) {
    String[] out = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = pkg(names[i]);
    }
    return out;
  }

  private static void noneOf(String[] from, String[] to) {
    ArchRule rule = noClasses().that().resideInAnyPackage(from).should().dependOnClassesThat().resideInAnyPackage(to);
    rule.check(classes);
  }

  @Test
  void everyPackageIsImported() {
    for (String p : new String[] {"progress", "transit", "network", "routing", "proposal", "score", "report", "app",
        "cli", "sample"}) {
      assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith(ROOT + "." + p)), "no classes in " + p);
    }
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("dev.loopline.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void onlyTheCommandLineSeesTheCommandLine() {
    noClasses().that().resideOutsideOfPackage(pkg("cli")).should().dependOnClassesThat()
        .resideInAPackage(pkg("cli")).check(classes);
  }

  @Test
  void theCoreNeverSeesTheSampleTheBenchmarksOrTheAdapters() {
    noneOf(pkgs("progress", "transit", "network", "routing", "proposal", "score", "report", "app"),
        pkgs("cli", "sample", "bench"));
  }

  @Test
  void theCoreDoesNotCallTheApplicationLayer() {
    noneOf(pkgs("progress", "transit", "network", "routing", "proposal", "score", "report"), pkgs("app"));
  }

  @Test
  void progressSeesNothingOfOurs() {
    noneOf(pkgs("progress"), new String[] {"dev.loopline.gtfs..", "dev.loopline.osm..", pkg("transit"),
        pkg("network"), pkg("routing"), pkg("proposal"), pkg("score"), pkg("report"), pkg("app")});
  }

  @Test
  void transitSeesOnlyTheTimetableAndTheStreets() {
    noneOf(pkgs("transit"), pkgs("network", "routing", "proposal", "score", "report"));
  }

  @Test
  void networkDoesNotKnowWhatIsDoneWithIt() {
    noneOf(pkgs("network"), pkgs("routing", "proposal", "score", "report"));
  }

  @Test
  void routingDoesNotSeeProposalsOrScores() {
    noneOf(pkgs("routing"), pkgs("proposal", "score", "report"));
  }

  @Test
  void proposalsDoNotSeeRoutingScoresOrReports() {
    noneOf(pkgs("proposal"), pkgs("transit", "network", "routing", "score", "report"));
  }

  @Test
  void scoresDoNotSeeReports() {
    noneOf(pkgs("score"), pkgs("report"));
  }

  @Test
  void reportsOnlyPresentScores() {
    noneOf(pkgs("report"), pkgs("transit", "network", "routing"));
  }
}
