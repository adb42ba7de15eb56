package dev.loopline.archfixture.modules.web.jobs;

/** Planted violation: a web job runs a benchmark. */
public class SeesBench {
  public void use(dev.loopline.archfixture.modules.planner.bench.Bench target) {}
}
