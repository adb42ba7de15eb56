package dev.loopline.archfixture.planner.proposal;

/** Planted violation: proposals know the network. */
public class SeesNetwork {
  public Object use() {
    return new dev.loopline.archfixture.planner.network.Net();
  }
}
