package dev.loopline.archfixture.planner.cycle.a;

/** Planted violation: a package cycle, a to b. */
public class A {
  public Object use() {
    return new dev.loopline.archfixture.planner.cycle.b.B();
  }
}
