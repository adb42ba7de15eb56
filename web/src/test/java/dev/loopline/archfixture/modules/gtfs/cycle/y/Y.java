package dev.loopline.archfixture.modules.gtfs.cycle.y;

/** Planted violation: a package cycle, y to x. */
public class Y {
  public void use(dev.loopline.archfixture.modules.gtfs.cycle.x.X target) {}
}
