package dev.loopline.archfixture.modules.gtfs;

/** Planted violation: the gtfs module uses the street network. */
public class SeesOsm {
  public void use(dev.loopline.archfixture.modules.osm.Street target) {}
}
