package dev.loopline.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopline.planner.app.ProposalService;
import dev.loopline.planner.proposal.NetworkProposal;
import dev.loopline.web.store.ProposalStore;
import dev.loopline.web.store.ProposalViewer;
import dev.loopline.web.store.StoredProposal;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Saved proposals by id, read for work on them (evaluations, comparisons, exports). */
@Component
public class SavedProposals {
  private final ProposalStore store;
  private final ProposalViewer viewer;
  private final ProposalService proposals;
  private final ObjectMapper json;

  public SavedProposals(ProposalStore store, ProposalService proposals, ObjectMapper json, ProposalViewer viewer) {
    this.store = store;
    this.viewer = viewer;
    this.proposals = proposals;
    this.json = json;
  }

  /**
   * The proposals in the order given.
   *
   * @param field the request field the ids came in, named in errors ({@code proposalIds[2]: no proposal 'X'})
   * @throws ApiException 400 for an unknown or repeated id
   */
  public List<NetworkProposal> load(List<String> ids, String field) {
    List<NetworkProposal> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      String at = field + "[" + i + "]";
      if (id == null || !seen.add(id)) {
        throw ApiException.badRequest(field, at + ": " + (id == null ? "null" : "'" + id + "' given twice"));
      }
      StoredProposal s = store.find(viewer, id)
          .orElseThrow(() -> ApiException.badRequest(field, at + ": no proposal '" + id + "'"));
      try {
        out.add(proposals.parse(json.readTree(s.body())));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
