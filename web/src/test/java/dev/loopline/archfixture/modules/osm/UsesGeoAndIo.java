package dev.loopline.archfixture.modules.osm;

/** Lawful: osm may use the geo toolkit and the file helpers of gtfs. */
public class UsesGeoAndIo {
  public void use(dev.loopline.archfixture.modules.gtfs.geo.Distance d, dev.loopline.archfixture.modules.gtfs.io.CsvReader r) {}
}
