package dev.loopline.web.store;

import java.util.Optional;

/**
 * Who is reading or writing proposals, as far as the store cares: a name for the history and a team for privacy.
 * The web's security supplies it from the signed-in user; work the server does itself (importing the proposal files
 * at start) has no team and sees every proposal.
 */
public interface ProposalViewer {
  /** The author recorded in the history. */
  String name();

  /** The viewer's team; empty: the server itself, which sees every proposal. */
  Optional<String> team();

  /** The server itself: author {@code loopline}, no team. */
  ProposalViewer SYSTEM = new ProposalViewer() {
    @Override
    public String name() {
      return "loopline";
    }

    @Override
    public Optional<String> team() {
      return Optional.empty();
    }
  };
}
