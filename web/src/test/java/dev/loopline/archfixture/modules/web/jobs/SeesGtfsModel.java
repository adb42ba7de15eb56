package dev.loopline.archfixture.modules.web.jobs;

/** Planted violation: a web job reads the GTFS model itself. */
public class SeesGtfsModel {
  public void use(dev.loopline.archfixture.modules.gtfs.model.Feed target) {}
}
