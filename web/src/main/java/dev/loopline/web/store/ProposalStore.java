package dev.loopline.web.store;

import java.util.List;
import java.util.Optional;

/**
 * Where proposals live between requests, with the history of every edit. Each call acts for a viewer: a proposal
 * of another team that is not shared does not exist for it (reads, edits and deletes alike). Every change and its
 * history entry are saved together or not at all. Implementations are thread-safe.
 */
public interface ProposalStore {
  /** Every proposal the viewer may see, by id. */
  List<StoredProposal> list(ProposalViewer viewer);

  Optional<StoredProposal> find(ProposalViewer viewer, String id);

  /**
   * Saves a new proposal, owned by the viewer's team and private to it (the server's own are shared).
   *
   * @return false (and nothing saved) when a proposal with this id exists
   */
  boolean create(ProposalViewer viewer, String id, String name, String body);

  /**
   * Replaces a proposal's document.
   *
   * @return false when there is no proposal with this id that the viewer may see
   */
  boolean update(ProposalViewer viewer, String id, String name, String body);

  /** @return false when there was no proposal with this id that the viewer may see */
  boolean delete(ProposalViewer viewer, String id);

  /**
   * Shares a proposal with every planner and operator, or makes it private to its team again.
   *
   * @return false when there is no proposal with this id owned by the viewer's team
   */
  boolean share(ProposalViewer viewer, String id, boolean shared);

  /** The proposal's saved states, oldest first (also after a deletion); empty when the viewer may not see it. */
  List<ProposalVersion> history(ProposalViewer viewer, String id);
}
