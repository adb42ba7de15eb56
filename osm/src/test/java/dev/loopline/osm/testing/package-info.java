/**
 * Test support: street networks opened once per test JVM ({@link dev.loopline.osm.testing.TestNetworks}), the Porto
 * Alegre data, and a tiny GTFS table reader for real stops and shapes ({@link dev.loopline.osm.testing.GtfsZip}).
 * The shared fixtures helper is the gtfs tests' {@code dev.loopline.gtfs.testing.Fixtures}.
 */
package dev.loopline.osm.testing;
