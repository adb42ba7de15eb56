/**
 * Test support: the shared fixtures ({@link dev.loopline.osm.testing.Fixtures}), street networks opened once per test
 * JVM ({@link dev.loopline.osm.testing.TestNetworks}), and a tiny GTFS reader for real stops and shapes
 * ({@link dev.loopline.osm.testing.GtfsZip}), since the osm module may not use the gtfs module.
 */
package dev.loopline.osm.testing;
