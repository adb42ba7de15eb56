package dev.loopline.web;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The design card's arrows between modules: web → planner → osm → gtfs (osm uses only gtfs's geo toolkit and file
 * helpers); no package cycle across them; GraphHopper only in osm, Raptor only in the planner; and the web reaches the
 * planner through its application layer: the web's REST, job, tile, store and security packages never see the
 * command line ({@code planner.cli}) nor the Raptor layer ({@code planner.transit}). Only the web's root package, its
 * command-line entry ({@code serve} plugs into the CLI), may see {@code planner.cli}. Of the core (planner, osm,
 * gtfs) the web sees only {@code planner.app}, {@code planner.progress} (the listener a long operation reports to)
 * and the few classes of {@link #WEB_SEES}, each named with its reason; any other core class is a forbidden edge.
 *
 * <p>Written for a root package, so that the same rules run over the real modules ({@link ModuleArchitectureTest})
 * and over planted violations in the test sources ({@link ModuleRulesCatchViolationsTest}).
 */
final class ModuleRules {
  /**
   * The core classes (relative to the root package) the web may see besides {@code planner.app} and
   * {@code planner.progress}, with why: values the application layer takes or returns and the typed errors it throws.
   * Their nested classes come with them. Anything else of the core goes through an application service.
   */
  static final Map<String, String> WEB_SEES = Map.ofEntries(
      Map.entry("planner.network.Network", "the open network: serve loads it once and every application service "
          + "is built on it (NetworkConfiguration)"),
      Map.entry("planner.network.NetworkException", "a network that cannot be opened or lacks what a request needs; "
          + "ApiProblems answers it"),
      Map.entry("planner.proposal.NetworkProposal", "a parsed proposal: what ProposalService reads and the evaluate "
          + "and export services take"),
      Map.entry("planner.proposal.Change", "a proposal's changes, whose kinds the proposal list shows"),
      Map.entry("planner.proposal.ProposalException", "a proposal that cannot be read or placed, answered with its "
          + "line and field"),
      Map.entry("osm.StreetLine", "a street as the basemap draws it (NetworkInfoService.streets())"),
      Map.entry("osm.LatLon", "a street's points"),
      Map.entry("gtfs.Notice", "a validation's notices (ValidateResult carries them)"),
      Map.entry("gtfs.Severity", "a notice's severity"),
      // The operators' feed catalogue (web.feeds) records uploaded district feeds as the merge's own inputs. An
      // application-layer merge service taking feed versions would hide these too; until then they are named here.
      Map.entry("gtfs.merge.FeedSource", "a district feed as the merge reads it: the catalogue's versions become these"),
      Map.entry("gtfs.merge.FeedsConfig", "the server's feeds list (serve --feeds), recorded as the first versions"),
      Map.entry("gtfs.merge.MergeOptions", "what an operator's merge of the newest versions asks the merger for"),
      Map.entry("gtfs.geo.CoordinateSystem", "an uploaded feed's coordinate system, checked and recorded"),
      Map.entry("gtfs.GtfsException", "an upload the GTFS reader's zip defences refuse, answered naming the entry"),
      Map.entry("gtfs.io.AtomicFiles", "stored feed files and temporary downloads written and removed as the CLI does"));

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
    // ModuleRulesCatchViolationsTest shows that each web rule bites.
    rules.put("web reaches the planner through app, not cli", noClasses().that().resideInAPackage(pkg("web"))
        .and().resideOutsideOfPackage(root + ".web")
        .should().dependOnClassesThat().resideInAPackage(pkg("planner.cli"))
        .allowEmptyShould(true));
    rules.put("web never sees the Raptor layer or the benchmarks", noClasses().that().resideInAPackage(pkg("web"))
        .should().dependOnClassesThat().resideInAnyPackage(pkg("planner.transit"), pkg("planner.bench"))
        .allowEmptyShould(true));
    // The edge to planner.cli has its own rule above (the web's root package may take it).
    rules.put("web sees of the core only app, progress and the named types", noClasses().that()
        .resideInAPackage(pkg("web")).should().dependOnClassesThat(beyondWhatTheWebMaySee()));
    return rules;
  }

  private DescribedPredicate<JavaClass> beyondWhatTheWebMaySee() {
    List<String> open = List.of(root + ".planner.app.", root + ".planner.progress.", root + ".planner.cli.");
    List<String> core = List.of(root + ".planner.", root + ".osm.", root + ".gtfs.");
    return DescribedPredicate.describe("core classes outside planner.app, planner.progress and " + WEB_SEES.keySet(),
        c -> {
          String name = c.getName();
          int nested = name.indexOf('$');
          String top = nested < 0 ? name : name.substring(0, nested);
          return core.stream().anyMatch(top::startsWith) && open.stream().noneMatch(top::startsWith)
              && !WEB_SEES.containsKey(top.substring(root.length() + 1));
        });
  }

  private String pkg(String name) {
    return root + "." + name + "..";
  }
}
