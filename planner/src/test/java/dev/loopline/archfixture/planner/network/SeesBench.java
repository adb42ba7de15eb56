package dev.loopline.archfixture.planner.network;

/** Planted violation: the core uses a benchmark. */
public class SeesBench {
  public Object use() {
    return new dev.loopline.archfixture.planner.bench.Bench();
  }
}
