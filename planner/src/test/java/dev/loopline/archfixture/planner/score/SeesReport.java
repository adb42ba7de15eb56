package dev.loopline.archfixture.planner.score;

/** Planted violation: scores know the report. */
public class SeesReport {
  public Object use() {
    return new dev.loopline.archfixture.planner.report.Report();
  }
}
