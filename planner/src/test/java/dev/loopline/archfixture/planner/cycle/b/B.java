package dev.loopline.archfixture.planner.cycle.b;

/** Planted violation: a package cycle, b to a. */
public class B {
  public Object use() {
    return new dev.loopline.archfixture.planner.cycle.a.A();
  }
}
