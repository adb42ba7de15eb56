package dev.loopline.archfixture.modules.web.api;

/** Planted violation: a controller formats an evaluation with a report presenter instead of asking the app. */
public class SeesReport {
  public void use(dev.loopline.archfixture.modules.planner.report.Presenter target) {}
}
