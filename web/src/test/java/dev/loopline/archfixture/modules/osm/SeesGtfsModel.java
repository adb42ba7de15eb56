package dev.loopline.archfixture.modules.osm;

/** Planted violation: osm uses the GTFS model, not just the geo toolkit. */
public class SeesGtfsModel {
  public void use(dev.loopline.archfixture.modules.gtfs.model.Feed target) {}
}
