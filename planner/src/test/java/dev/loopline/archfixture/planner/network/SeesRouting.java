package dev.loopline.archfixture.planner.network;

/** Planted violation: the network knows trip planning. */
public class SeesRouting {
  public Object use() {
    return new dev.loopline.archfixture.planner.routing.Router();
  }
}
