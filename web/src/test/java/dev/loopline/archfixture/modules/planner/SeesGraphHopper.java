package dev.loopline.archfixture.modules.planner;

/** Planted violation: GraphHopper used outside the osm module. */
public class SeesGraphHopper {
  public void use(com.graphhopper.util.shapes.GHPoint target) {}
}
