package dev.loopline.archfixture.modules.web.api;

/** Planted violation: a REST controller uses the Raptor layer. */
public class SeesTransit {
  public void use(dev.loopline.archfixture.modules.planner.transit.Timetable target) {}
}
