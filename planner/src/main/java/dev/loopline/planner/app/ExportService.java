package dev.loopline.planner.app;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.Severity;
import dev.loopline.gtfs.merge.FeedRepairer;
import dev.loopline.gtfs.merge.MergeReport.Repair;
import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.read.SourceLines;
import dev.loopline.gtfs.validate.FeedValidator;
import dev.loopline.gtfs.write.GtfsWriter;
import dev.loopline.gtfs.write.WriteOptions;
import dev.loopline.osm.StreetMode;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.proposal.ChangeApplier;
import dev.loopline.planner.proposal.Proposal;
import dev.loopline.planner.proposal.ProposalException;
import dev.loopline.planner.proposal.AppliedScenario;
import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.planner.proposal.RunningTimeModel;
import dev.loopline.planner.proposal.SimulationSettings;
import dev.loopline.planner.score.NetworkScoring;
import dev.loopline.planner.score.RunningTimeCalibration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The {@code export} operation on one open network: the unified feed of a scenario — proposed lines added (new
 * stops, routes, calendars, trips with their vehicle blocks, stop_times and shapes namespaced by proposal id) and
 * changes to existing routes applied (withdrawn routes removed, changed timetables regenerated with vehicle blocks,
 * merged lines under the unified brand) — each proposal checked, routed and timetabled as {@code evaluate} does
 * (running times calibrated on the network's bus trips).
 */
public final class ExportService {
  private final Network network;

  public ExportService(Network network) {
    this.network = network;
  }

  /**
   * Writes a scenario's unified feed as a GTFS zip to {@code zip}, for a download that streams it from there (no
   * proposals: the baseline).
   *
   * @param simulation the running-time settings the network's {@code loopline.yaml} gives (as {@code export} uses)
   * @throws ProposalException when a proposal cannot be placed on this network
   */
  public void writeScenarioZip(List<NetworkProposal> proposals, SimulationSettings simulation, Path zip)
      throws IOException {
    GtfsWriter.write(scenario(proposals, simulation), zip, WriteOptions.defaults());
  }

  /**
   * The feed with the proposals' lines added, in memory (for a download).
   *
   * @throws ProposalException when a proposal cannot be placed on this network
   */
  public Feed feed(List<Proposal> proposals, SimulationSettings simulation) {
    return scenario(proposals.stream().map(NetworkProposal::of).toList(), simulation);
  }

  /**
   * The scenario's feed, in memory: the unified feed with the proposals applied in order — withdrawn routes
   * removed, changed routes' timetables regenerated (with vehicle blocks), merged routes run as one line under the
   * unified brand, new lines added — with the running times {@code evaluate} uses (calibrated on the network's bus
   * trips).
   *
   * @throws ProposalException naming the file, line and field of a change that cannot be applied
   */
  public Feed scenario(List<NetworkProposal> proposals, SimulationSettings simulation) {
    return apply(proposals, simulation).feed();
  }

  /**
   * The proposals applied in order: the scenario's feed, the lines added, what happened to each route touched and
   * the warnings ({@link #scenario} keeps only the feed).
   *
   * @throws ProposalException naming the file, line and field of a change that cannot be applied
   */
  public AppliedScenario apply(List<NetworkProposal> proposals, SimulationSettings simulation) {
    // The same running times as 'evaluate': calibrated on the network's bus trips of its default service date.
    RunningTimeModel model = !simulation.calibrate() ? null : RunningTimeCalibration.fit(network.feed(),
        NetworkScoring.defaultDate(network), network.streets()::busRoute).orElse(null);
    LocalDate anchor = network.serviceDays().firstDate().orElse(LocalDate.of(2026, 1, 1));
    ChangeApplier applier = new ChangeApplier(network.feed(), network.index(), network.streets()::busRoute,
        p -> network.streets().snap(p, StreetMode.BUS), simulation, model);
    return applier.apply(proposals, anchor);
  }

  /**
   * Writes the feed with the proposals' lines as a GTFS zip, atomically, once the Loopline validator (which holds
   * the ERROR rules of MobilityData's) finds no error in it. A network built from a feed with errors carries them;
   * with {@link ExportRequest#repair()} they are mended or dropped as {@code merge --repair} does, and reported.
   *
   * @return the zip written and the repairs made
   * @throws GtfsException listing the errors, when the feed has errors and repair is off or cannot fix them
   * @throws ProposalException when a proposal cannot be placed on this network
   */
  public ExportResult export(ExportRequest request) throws IOException {
    Feed feed = scenario(request.proposals(), request.simulation());
    List<Repair> repairs = List.of();
    List<Notice> errors = errors(feed);
    if (!errors.isEmpty() && request.repair()) {
      FeedRepairer.Repaired repaired = FeedRepairer.repair("network", feed, SourceLines.NONE);
      feed = repaired.feed();
      repairs = repaired.repairs();
      errors = errors(feed);
    }
    if (!errors.isEmpty()) {
      String count = errors.size() == 1 ? "1 error" : errors.size() + " errors";
      throw new GtfsException(request.repair()
          ? "the scenario feed has " + count + " that --repair cannot fix; nothing written"
          : "the scenario feed has " + count + " (from the network's own feed, built from a feed with errors);"
              + " nothing written: export with --repair to mend or drop them, each reported", errors);
    }
    GtfsWriter.write(feed, request.out(), WriteOptions.defaults());
    return new ExportResult(request.out(), repairs);
  }

  private static List<Notice> errors(Feed feed) {
    return FeedValidator.validate(feed, SourceLines.NONE).stream().filter(n -> n.severity() == Severity.ERROR)
        .toList();
  }
}
