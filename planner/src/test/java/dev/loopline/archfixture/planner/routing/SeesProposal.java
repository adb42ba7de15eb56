package dev.loopline.archfixture.planner.routing;

/** Planted violation: trip planning knows proposals. */
public class SeesProposal {
  public Object use() {
    return new dev.loopline.archfixture.planner.proposal.Proposal();
  }
}
