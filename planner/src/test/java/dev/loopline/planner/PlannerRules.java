package dev.loopline.planner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.Map;

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
 *   gis       → score, proposal, network         (GIS tables, the PostGIS writer; with app, the only JDBC users)
 *   app       → the core above                  (one service per user operation)
 *   cli, sample, bench → app and the core        (adapters and tools; nothing below sees them)
 * </pre>
 * The rules run over production classes; the benchmarks ({@code bench}, test sources) are command-line tools that use
 * the CLI's launcher and errors, which is why "only cli sees cli" holds for the application, not for them.
 * The rules are written for a root package so that the same rules run over the real planner
 * ({@link PlannerArchitectureTest}) and over a planted, deliberately violating copy of its layout in the test sources
 * ({@link PlannerRulesCatchViolationsTest}), which proves that each rule fails when broken.
 */
final class PlannerRules {
  /** The core: everything below the application layer. */
  static final String[] CORE = {"progress", "transit", "network", "routing", "proposal", "score", "report"};

  private final String root;

  PlannerRules(String root) {
    this.root = root;
  }

  /** Every rule by name; the names are what {@link PlannerRulesCatchViolationsTest} plants a violation for. */
  Map<String, ArchRule> all() {
    Map<String, ArchRule> rules = new LinkedHashMap<>();
    rules.put("no cycles", slices().matching(root + ".(**)").should().beFreeOfCycles());
    rules.put("only cli sees cli", noClasses().that().resideOutsideOfPackage(pkg("cli")).should()
        .dependOnClassesThat().resideInAPackage(pkg("cli")));
    rules.put("core and app never see cli, sample, bench",
        noneOf(pkgs(concat(CORE, "gis", "app")), pkgs("cli", "sample", "bench")));
    rules.put("core never calls app", noneOf(pkgs(concat(CORE, "gis")), pkgs("app")));
    rules.put("core never sees gis", noneOf(pkgs(CORE), pkgs("gis")));
    rules.put("only gis and app see the database", noClasses().that().resideOutsideOfPackages(pkg("gis"), pkg("app"))
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.postgresql..", "net.postgis.."));
    rules.put("progress sees nothing of ours", noneOf(pkgs("progress"), concat(pkgs("transit", "network", "routing",
        "proposal", "score", "report", "app"), "dev.loopline.gtfs..", "dev.loopline.osm..")));
    rules.put("transit never sees network, routing, proposal, score, report",
        noneOf(pkgs("transit"), pkgs("network", "routing", "proposal", "score", "report")));
    rules.put("network never sees routing, proposal, score, report",
        noneOf(pkgs("network"), pkgs("routing", "proposal", "score", "report")));
    rules.put("routing never sees proposal, score, report", noneOf(pkgs("routing"), pkgs("proposal", "score",
        "report")));
    rules.put("proposal never sees transit, network, routing, score, report",
        noneOf(pkgs("proposal"), pkgs("transit", "network", "routing", "score", "report")));
    rules.put("score never sees report", noneOf(pkgs("score"), pkgs("report")));
    rules.put("report never sees transit, network, routing", noneOf(pkgs("report"), pkgs("transit", "network",
        "routing")));
    return rules;
  }

  String pkg(String name) {
    return root + "." + name + "..";
  }

  private String[] pkgs(String... names) {
    String[] out = new String[names.length];
    for (int i = 0; i < names.length; i++) {
      out[i] = pkg(names[i]);
    }
    return out;
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static ArchRule noneOf(String[] from, String[] to) {
    return noClasses().that().resideInAnyPackage(from).should().dependOnClassesThat().resideInAnyPackage(to);
  }
}
