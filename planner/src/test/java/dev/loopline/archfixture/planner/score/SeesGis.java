package dev.loopline.archfixture.planner.score;

/** Planted violation: scores know the GIS tables built from them. */
public class SeesGis {
  public Object use() {
    return new dev.loopline.archfixture.planner.gis.Tables();
  }
}
