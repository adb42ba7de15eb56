package dev.loopline.planner.cli;

import dev.loopline.gtfs.io.NamedPath;
import dev.loopline.gtfs.io.OutputGuard;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.write.GtfsWriter;
import dev.loopline.gtfs.write.WriteOptions;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.proposal.LineSimulator;
import dev.loopline.planner.proposal.Proposal;
import dev.loopline.planner.proposal.ProposalException;
import dev.loopline.planner.proposal.ProposalReader;
import dev.loopline.planner.proposal.ProposalResolver;
import dev.loopline.planner.proposal.ScenarioBuilder;
import dev.loopline.planner.proposal.SimulatedLine;
import dev.loopline.planner.proposal.SimulationSettings;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    header = "Write the unified feed plus proposed lines as one GTFS zip.", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Write the network's unified feed plus proposed lines as one GTFS zip (new stops, routes,",
        "calendars, trips, stop_times and shapes namespaced by proposal id)."})
public final class ExportCommand implements Callable<Integer> {

  @Option(names = "--network", required = true, paramLabel = "DIR", description = "a network built by 'loopline build'")
  Path network;

  @Option(names = "--with", paramLabel = "PROPOSAL", description = "a proposal (YAML or JSON) to add; repeatable")
  List<Path> proposals = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "ZIP", description = "the GTFS zip to write")
  Path out;

  @Option(names = "--traffic-factor", paramLabel = "F", defaultValue = "1.3",
      description = "multiplier on free-flow bus running times (default: ${DEFAULT-VALUE})")
  double trafficFactor;

  @Option(names = "--dwell", paramLabel = "SECONDS", defaultValue = "20",
      description = "dwell time at each intermediate stop (default: ${DEFAULT-VALUE})")
  int dwellSeconds;

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
    List<Proposal> read = readProposals(proposals);
    SimulationSettings settings = simulation(trafficFactor, dwellSeconds);
    try (Network net = Network.load(network)) {
      Feed feed = export(net, read, settings);
      GtfsWriter.write(feed, out, WriteOptions.defaults());
      spec.commandLine().getOut().printf("wrote %s: the unified feed plus %d proposal%s (%s)%n", out, read.size(),
          read.size() == 1 ? "" : "s", String.join(", ", read.stream().map(Proposal::id).toList()));
    }
    return 0;
  }

  /** The unified feed with the proposals' lines added. */
  public static Feed export(Network net, List<Proposal> proposals, SimulationSettings settings) {
    List<SimulatedLine> lines = new ArrayList<>();
    for (Proposal p : proposals) {
      try {
        lines.add(LineSimulator.simulate(ProposalResolver.resolve(p, net.index(), net.streets()), net.streets(),
            settings));
      } catch (ProposalException e) {
        throw new UserException(e.getMessage(), e);
      }
    }
    LocalDate anchor = net.serviceDays().firstDate().orElse(LocalDate.of(2026, 1, 1));
    return ScenarioBuilder.build(net.feed(), lines, anchor);
  }

  /** Simulation settings from the command line, with one-line errors naming the option. */
  static SimulationSettings simulation(double trafficFactor, int dwellSeconds) {
    if (!(trafficFactor >= 1 && trafficFactor <= 5)) {
      throw new UserException("--traffic-factor: must be between 1 and 5, got " + trafficFactor);
    }
    if (dwellSeconds < 0 || dwellSeconds > 600) {
      throw new UserException("--dwell: must be between 0 and 600 seconds, got " + dwellSeconds);
    }
    return new SimulationSettings(trafficFactor, dwellSeconds);
  }

  /** Reads proposal files, refusing two with the same id; mistakes become one-line user errors. */
  static List<Proposal> readProposals(List<Path> files) {
    List<Proposal> out = new ArrayList<>();
    Map<String, Path> ids = new HashMap<>();
    for (Path f : files) {
      Proposal p;
      try {
        p = ProposalReader.read(f);
      } catch (ProposalException e) {
        throw new UserException(e.getMessage(), e);
      }
      Path before = ids.putIfAbsent(p.id(), f);
      if (before != null) {
        throw new UserException(f + ": id: '" + p.id() + "' is also the id of " + before
            + "; proposal ids must differ");
      }
      out.add(p);
    }
    return out;
  }
}
