package dev.loopline.web.store;

import java.util.List;
import java.util.Optional;

/** Where proposals live between requests. Implementations are thread-safe. */
public interface ProposalStore {
  /** Every proposal, by id. */
  List<StoredProposal> list();

  Optional<StoredProposal> find(String id);

  /**
   * Saves a new proposal.
   *
   * @return false (and nothing saved) when a proposal with this id exists
   */
  boolean create(String id, String name, String body);

  /**
   * Replaces a proposal's document.
   *
   * @return false when there is no proposal with this id
   */
  boolean update(String id, String name, String body);

  /** @return false when there was no proposal with this id */
  boolean delete(String id);
}
