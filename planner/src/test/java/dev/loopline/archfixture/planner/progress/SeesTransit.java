package dev.loopline.archfixture.planner.progress;

/** Planted violation: the progress listener knows the transit layer. */
public class SeesTransit {
  public Object use() {
    return new dev.loopline.archfixture.planner.transit.Timetable();
  }
}
