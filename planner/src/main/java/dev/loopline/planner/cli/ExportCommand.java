package dev.loopline.planner.cli;

import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.io.OutputGuard;
import dev.loopline.planner.app.ExportRequest;
import dev.loopline.planner.app.ExportService;
import dev.loopline.planner.app.ProposalFiles;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.planner.proposal.SimulationSettings;
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
    header = "Write a scenario's unified feed (proposals applied) as one GTFS zip.", mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {"Write the network's unified feed with proposals applied, in order, as one",
        "GTFS zip: new lines added (stops, routes, calendars, trips, stop_times and",
        "shapes namespaced by proposal id), withdrawn routes removed, changed timetables",
        "regenerated with vehicle blocks, merged lines under the unified brand."})
public final class ExportCommand implements Callable<Integer> {

  @Option(names = "--network", required = true, paramLabel = "DIR", description = "a network built by 'loopline build'")
  Path network;

  @Option(names = "--with", paramLabel = "PROPOSAL",
      description = "a proposal (YAML or JSON: a new line or changes to existing routes) to apply; repeatable")
  List<Path> proposals = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "ZIP", description = "the GTFS zip to write")
  Path out;

  @CommandLine.Mixin
  SimulationOptions simulation;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    List<NamedPath> inputs = new ArrayList<>();
    inputs.add(new NamedPath("--network", network));
    proposals.forEach(p -> inputs.add(new NamedPath("--with", p)));
    NamedPath zip = new NamedPath("--out", out);
    OutputGuard.checkPaths(inputs, List.of(zip));
    OutputGuard.checkFile(zip);
    List<NetworkProposal> read = ProposalFiles.readAll(proposals);
    SimulationSettings settings = simulation.settings();
    try (Network net = Network.load(network)) {
      new ExportService(net).export(new ExportRequest(read, settings, out));
      spec.commandLine().getOut().printf("wrote %s: the unified feed with %d proposal%s applied (%s)%n", out,
          read.size(), read.size() == 1 ? "" : "s", String.join(", ", read.stream().map(NetworkProposal::id).toList()));
    }
    return 0;
  }
}
