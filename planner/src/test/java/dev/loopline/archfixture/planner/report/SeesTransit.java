package dev.loopline.archfixture.planner.report;

/** Planted violation: the report reaches down to the transit layer. */
public class SeesTransit {
  public Object use() {
    return new dev.loopline.archfixture.planner.transit.Timetable();
  }
}
