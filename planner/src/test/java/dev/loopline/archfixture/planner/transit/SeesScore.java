package dev.loopline.archfixture.planner.transit;

/** Planted violation: the transit layer knows the scores. */
public class SeesScore {
  public Object use() {
    return new dev.loopline.archfixture.planner.score.Score();
  }
}
