package dev.loopline.archfixture.planner.app;

/** Planted violation: the application layer uses the sample generator. */
public class SeesSample {
  public Object use() {
    return new dev.loopline.archfixture.planner.sample.Generator();
  }
}
