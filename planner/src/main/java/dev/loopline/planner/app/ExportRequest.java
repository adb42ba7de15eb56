package dev.loopline.planner.app;

import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.planner.proposal.SimulationSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Write a scenario's unified feed (the proposals applied: lines added, existing routes changed) as one GTFS zip.
 *
 * @param proposals  the proposals to apply, in order (none: the unified feed as it is)
 * @param simulation how the proposals' timetables are derived from their road routes
 * @param out        the GTFS zip to write
 */
public record ExportRequest(List<NetworkProposal> proposals, SimulationSettings simulation, Path out) {
  public ExportRequest {
    proposals = List.copyOf(proposals);
    Objects.requireNonNull(simulation, "simulation");
    Objects.requireNonNull(out, "out");
  }
}
