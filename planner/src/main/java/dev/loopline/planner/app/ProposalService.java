package dev.loopline.planner.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.proposal.AppliedScenario;
import dev.loopline.planner.proposal.Change;
import dev.loopline.planner.proposal.FieldLines;
import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.planner.proposal.NetworkProposalReader;
import dev.loopline.planner.proposal.ProposalException;
import dev.loopline.planner.proposal.SimulationSettings;
import java.util.List;

/**
 * Proposals sent as JSON documents (the web's): the same fields as the YAML proposal files — a new line, or
 * {@code changes} to existing routes — read with the same checks, and applied to the network to find what only the
 * network can tell (unknown route or stop ids, routes that do not meet). Thread-safe.
 */
public final class ProposalService {
  /** The name a JSON proposal goes by in error messages (it has no file). */
  public static final String SOURCE = "proposal";

  private final Network network;

  public ProposalService(Network network) {
    this.network = network;
  }

  /**
   * Reads a proposal document with every check that needs no network.
   *
   * @throws ProposalException naming the field ({@code stops[2].stop}) of the first mistake
   */
  public NetworkProposal parse(JsonNode document) {
    return NetworkProposalReader.parse(document, SOURCE, FieldLines.NONE);
  }

  /**
   * Reads a proposal document and applies it to the network (timetables derived without calibration: the check is
   * about whether it applies, not its running times).
   *
   * @throws ProposalException naming the field of the first mistake, including those only the network can tell
   */
  public ProposalCheck check(JsonNode document) {
    NetworkProposal p = parse(document);
    SimulationSettings uncalibrated = new SimulationSettings(SimulationSettings.DEFAULTS.trafficFactor(),
        SimulationSettings.DEFAULTS.dwellSeconds(), false);
    AppliedScenario applied = new ExportService(network).apply(List.of(p), uncalibrated);
    return new ProposalCheck(p.id(), p.name(), p.nameEn(), p.changes().stream().map(Change::kind).toList(),
        applied.routes(), applied.warnings());
  }
}
