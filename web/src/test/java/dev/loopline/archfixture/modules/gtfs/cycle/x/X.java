package dev.loopline.archfixture.modules.gtfs.cycle.x;

/** Planted violation: a package cycle, x to y. */
public class X {
  public void use(dev.loopline.archfixture.modules.gtfs.cycle.y.Y target) {}
}
