package dev.loopline.planner.app;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.write.GtfsWriter;
import dev.loopline.gtfs.write.WriteOptions;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.proposal.LineSimulator;
import dev.loopline.planner.proposal.Proposal;
import dev.loopline.planner.proposal.ProposalException;
import dev.loopline.planner.proposal.ProposalResolver;
import dev.loopline.planner.proposal.RunningTimeModel;
import dev.loopline.planner.proposal.ScenarioBuilder;
import dev.loopline.planner.proposal.SimulatedLine;
import dev.loopline.planner.proposal.SimulationSettings;
import dev.loopline.planner.score.NetworkScoring;
import dev.loopline.planner.score.RunningTimeCalibration;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code export} operation on one open network: the unified feed plus proposed lines (new stops, routes,
 * calendars, trips with their vehicle blocks, stop_times and shapes namespaced by proposal id), each proposal
 * checked, routed and timetabled as {@code evaluate} does (running times calibrated on the network's bus trips).
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
    List<SimulatedLine> lines = new ArrayList<>();
    // The same running times as 'evaluate': calibrated on the network's bus trips of its default service date.
    RunningTimeModel model = !simulation.calibrate() ? null : RunningTimeCalibration.fit(network.feed(),
        NetworkScoring.defaultDate(network), network.streets()::busRoute).orElse(null);
    for (Proposal p : proposals) {
      lines.add(LineSimulator.simulate(ProposalResolver.resolve(p, network.index(), network.streets()),
          network.streets()::busRoute, simulation, model));
    }
    LocalDate anchor = network.serviceDays().firstDate().orElse(LocalDate.of(2026, 1, 1));
    return ScenarioBuilder.build(network.feed(), lines, anchor);
  }

  /**
   * Writes the feed with the proposals' lines as a GTFS zip, atomically.
   *
   * @return the zip written
   * @throws ProposalException when a proposal cannot be placed on this network
   */
  public Path export(ExportRequest request) throws IOException {
    GtfsWriter.write(feed(request.proposals(), request.simulation()), request.out(), WriteOptions.defaults());
    return request.out();
  }
}
