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
 * @param repair     mend or drop what MobilityData's validator would reject in the network's own feed (a network
 *                   built from a feed with errors), reporting each, instead of refusing the export
 */
public record ExportRequest(List<NetworkProposal> proposals, SimulationSettings simulation, Path out,
                            boolean repair) {
  public ExportRequest {
    proposals = List.copyOf(proposals);
    Objects.requireNonNull(simulation, "simulation");
    Objects.requireNonNull(out, "out");
  }

  /** An export that refuses a feed with errors rather than repair it. */
  public ExportRequest(List<NetworkProposal> proposals, SimulationSettings simulation, Path out) {
    this(proposals, simulation, out, false);
  }
}
