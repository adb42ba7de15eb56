package dev.loopline.archfixture.planner.routing;

/** Planted violation: the core calls the application layer. */
public class SeesApp {
  public Object use() {
    return new dev.loopline.archfixture.planner.app.Service();
  }
}
