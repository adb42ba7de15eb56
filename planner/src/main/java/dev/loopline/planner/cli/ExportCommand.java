package dev.loopline.planner.cli;

import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.merge.MergeReport.Repair;
import dev.loopline.gtfs.io.OutputGuard;
import dev.loopline.planner.app.ExportRequest;
import dev.loopline.planner.app.ExportResult;
import dev.loopline.planner.app.ExportService;
import dev.loopline.planner.app.JdbcUrls;
import dev.loopline.planner.app.PostgisExportRequest;
import dev.loopline.planner.app.PostgisExportResult;
import dev.loopline.planner.app.PostgisExportService;
import dev.loopline.planner.app.ProposalFiles;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.planner.proposal.SimulationSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code loopline export}: the unified feed of a network plus proposals, as one GTFS zip that other tools (and the
 * MobilityData validator) can read. Each proposal is checked, routed and timetabled as {@code evaluate} does; the
 * zip is written atomically.
 */
@Command(name = "export",
    header = "Write a scenario's unified feed as one GTFS zip, or the network as PostGIS tables.",
    mixinStandardHelpOptions = true, sortOptions = false,
    description = {"With --out: the network's unified feed with proposals applied, in order, as",
        "one GTFS zip: new lines added (stops, routes, calendars, trips, stop_times and",
        "shapes namespaced by proposal id), withdrawn routes removed, changed timetables",
        "regenerated with vehicle blocks, merged lines under the unified brand.",
        "With --postgis: the network as tables QGIS opens directly (stops, route shapes",
        "by operator and district, rail, districts, border belt, population cells with",
        "coverage, proposed new lines with their per-district splits; SRID 4326,",
        "spatial indexes, comments), replacing the schema in one transaction."})
public final class ExportCommand implements Callable<Integer> {

  @Option(names = "--network", required = true, paramLabel = "DIR", description = "a network built by 'loopline build'")
  Path network;

  @Option(names = "--with", paramLabel = "PROPOSAL",
      description = "a proposal (YAML or JSON: a new line or changes to existing routes) to apply; repeatable")
  List<Path> proposals = new ArrayList<>();

  @Option(names = "--out", paramLabel = "ZIP", description = "the GTFS zip to write")
  Path out;

  @Option(names = "--postgis", paramLabel = "JDBC_URL",
      description = "write PostGIS tables to this database instead, e.g. jdbc:postgresql://127.0.0.1:5432/gis?user=postgres")
  String postgis;

  @Option(names = "--schema", paramLabel = "NAME",
      description = "the schema --postgis writes (default: ${DEFAULT-VALUE}); replaced only when Loopline wrote it")
  String schema = PostgisExportRequest.DEFAULT_SCHEMA;

  @Option(names = "--repair", description = {"mend or drop what MobilityData's validator would reject in the",
      "network's own feed (built from a feed with errors), each reported"})
  boolean repair;

  @CommandLine.Mixin
  SimulationOptions simulation;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if ((out == null) == (postgis == null)) {
      throw new UserException("give either --out ZIP (a GTFS zip) or --postgis JDBC_URL (PostGIS tables)");
    }
    if (postgis != null) {
      return exportPostgis();
    }
    List<NamedPath> inputs = new ArrayList<>();
    inputs.add(new NamedPath("--network", network));
    proposals.forEach(p -> inputs.add(new NamedPath("--with", p)));
    NamedPath zip = new NamedPath("--out", out);
    OutputGuard.checkPaths(inputs, List.of(zip));
    OutputGuard.checkFile(zip);
    List<NetworkProposal> read = ProposalFiles.readAll(proposals);
    SimulationSettings settings = simulation.settings();
    try (Network net = Network.load(network)) {
      ExportResult result = new ExportService(net).export(new ExportRequest(read, settings, out, repair));
      PrintWriter w = spec.commandLine().getOut();
      w.printf("wrote %s: the unified feed with %d proposal%s applied (%s)%n", out,
          read.size(), read.size() == 1 ? "" : "s", String.join(", ", read.stream().map(NetworkProposal::id).toList()));
      printRepairs(w, result.repairs());
    }
    return 0;
  }

  private int exportPostgis() {
    List<NetworkProposal> read = ProposalFiles.readAll(proposals);
    PostgisExportRequest request = PostgisExportRequest.of(postgis, schema, read, simulation.settings());
    try (Network net = Network.load(network); TerminalProgress bar = TerminalProgress.start()) {
      PostgisExportResult r = new PostgisExportService(net).export(request, bar);
      var w = spec.commandLine().getOut();
      w.printf("wrote schema %s to %s:%n", r.schema(), JdbcUrls.redact(postgis));
      r.rows().forEach((table, rows) -> w.printf("  %-18s %,d rows%n", table, rows));
    }
    return 0;
  }

  /** Each repair on a line of its own (the first {@value #SHOWN}), naming the file, field and what was done. */
  static void printRepairs(PrintWriter w, List<Repair> repairs) {
    if (repairs.isEmpty()) {
      return;
    }
    w.println("  repaired " + repairs.size() + " problem" + (repairs.size() == 1 ? "" : "s")
        + " of the network's feed that MobilityData's validator would reject:");
    repairs.stream().limit(SHOWN).forEach(r -> w.println("    " + r.file() + (r.field() == null ? "" : " " + r.field())
        + ": " + r.action() + ": " + r.reason()));
    if (repairs.size() > SHOWN) {
      w.println("    ... and " + (repairs.size() - SHOWN) + " more");
    }
    w.flush();
  }

  private static final int SHOWN = 20;
}
