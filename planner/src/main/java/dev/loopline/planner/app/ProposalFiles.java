package dev.loopline.planner.app;

import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.planner.proposal.NetworkProposalReader;
import dev.loopline.planner.proposal.Proposal;
import dev.loopline.planner.proposal.ProposalException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the proposal files a request names, as {@code evaluate} and {@code export} take them. */
public final class ProposalFiles {
  private ProposalFiles() {}

  /**
   * Reads new-line proposal files (YAML or JSON) in order, refusing two with the same id and any file that lists
   * changes to the network.
   *
   * @throws ProposalException naming the file, line and field of the first mistake
   */
  public static List<Proposal> read(List<Path> files) {
    List<Proposal> out = new ArrayList<>();
    for (NetworkProposal p : readAll(files)) {
      out.add(p.singleNewLine().orElseThrow(() -> p.error("changes", "lists changes to the network; only new "
          + "lines are read here ('evaluate', 'compare' and 'export' take both)")));
    }
    return out;
  }

  /**
   * Reads proposal files of either format — a new line, or a list of changes to the network — in order, refusing
   * two with the same id.
   *
   * @throws ProposalException naming the file, line and field of the first mistake
   */
  public static List<NetworkProposal> readAll(List<Path> files) {
    List<NetworkProposal> out = new ArrayList<>();
    Map<String, Path> ids = new HashMap<>();
    for (Path f : files) {
      NetworkProposal p = NetworkProposalReader.read(f);
      Path before = ids.putIfAbsent(p.id(), f);
      if (before != null) {
        throw p.error("id", "'" + p.id() + "' is also the id of " + before + "; proposal ids must differ");
      }
      out.add(p);
    }
    return out;
  }
}
