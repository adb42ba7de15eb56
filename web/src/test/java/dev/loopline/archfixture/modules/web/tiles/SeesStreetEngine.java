package dev.loopline.archfixture.modules.web.tiles;

/** Planted violation: the basemap reads the street engine instead of the streets an application service gives. */
public class SeesStreetEngine {
  public void use(dev.loopline.archfixture.modules.osm.Street target) {}
}
