package dev.loopline.planner.app;

import dev.loopline.gtfs.model.Feed;
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
   * Writes the feed with the proposals' lines as a GTFS zip, atomically.
   *
   * @return the zip written
   * @throws ProposalException when a proposal cannot be placed on this network
   */
  public Path export(ExportRequest request) throws IOException {
    GtfsWriter.write(scenario(request.proposals(), request.simulation()), request.out(), WriteOptions.defaults());
    return request.out();
  }
}
