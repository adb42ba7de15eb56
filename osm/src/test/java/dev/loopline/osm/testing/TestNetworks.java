package dev.loopline.osm.testing;

import dev.loopline.gtfs.testing.Fixtures;

import dev.loopline.osm.ImportProgress;
import dev.loopline.osm.StreetConfig;
import dev.loopline.osm.StreetNetwork;
import dev.loopline.osm.graphhopper.StreetNetworks;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Street networks of the real fixtures, opened once per test JVM and shared by the test classes (importing Porto
 * Alegre for every class would dominate the suite). Their cache lives under {@code target/}, so repeated runs load
 * instead of import; tests of the cache itself use their own temporary folders.
 */
public final class TestNetworks {
  private static final Map<String, StreetNetwork> OPEN = new ConcurrentHashMap<>();

  private TestNetworks() {}

  public static Path cacheDir() {
    return Path.of("target", "street-cache-tests").toAbsolutePath();
  }

  public static StreetNetwork beatty() {
    return open("beatty/beatty.osm");
  }

  public static StreetNetwork portoAlegre() {
    return open("porto-alegre/poa_osm.pbf");
  }

  public static StreetNetwork cobb() {
    return open("cobb-marta/cobb-county.filtered.osm.pbf");
  }

  private static StreetNetwork open(String fixture) {
    Path osm = Fixtures.path(fixture);
    return OPEN.computeIfAbsent(fixture,
        f -> StreetNetworks.open(StreetConfig.of(osm, cacheDir()), ImportProgress.none()));
  }
}
