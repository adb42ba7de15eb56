package dev.loopline.osm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.osm.graphhopper.StreetNetworks;
import dev.loopline.gtfs.testing.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing OSM into the graph cache: reuse, invalidation, progress, and clear errors for bad files. */
class StreetImportTest {
  @TempDir
  Path tmp;

  private static final LatLon BEATTY_CENTRE = new LatLon(36.9094, -116.7682);

  @Test
  void secondOpenLoadsTheCacheInsteadOfImporting() {
    Path osm = Fixtures.path("beatty/beatty.osm");
    Path cache = tmp.resolve("cache");
    List<ImportStage> first = new ArrayList<>();
    List<ImportStage> second = new ArrayList<>();
    StreetNetworkInfo a;
    try (StreetNetwork n = StreetNetworks.open(StreetConfig.of(osm, cache), (s, d, t) -> first.add(s))) {
      a = n.info();
      assertTrue(a.importedNow());
      assertTrue(n.snap(BEATTY_CENTRE, StreetMode.WALK).ok());
    }
    try (StreetNetwork n = StreetNetworks.open(StreetConfig.of(osm, cache), (s, d, t) -> second.add(s))) {
      StreetNetworkInfo b = n.info();
      assertFalse(b.importedNow(), "the second open must reuse the cached graph");
      assertEquals(a.cacheKey(), b.cacheKey());
      assertEquals(a.graphFolder(), b.graphFolder());
      assertEquals(a.edges(), b.edges());
      assertTrue(n.snap(BEATTY_CENTRE, StreetMode.WALK).ok());
    }
    assertTrue(first.contains(ImportStage.IMPORTING));
    assertFalse(second.contains(ImportStage.IMPORTING));
    assertEquals(ImportStage.READY, second.get(second.size() - 1));
    assertTrue(second.contains(ImportStage.HASHING) && second.contains(ImportStage.LOADING));
    // nothing but finished entries is left in the cache folder
    assertEquals(List.of(a.graphFolder().getFileName().toString()), listNames(cache));
  }

  @Test
  void changingTheOsmContentReimports() throws IOException {
    Path osm = tmp.resolve("beatty.osm");
    Files.copy(Fixtures.path("beatty/beatty.osm"), osm);
    Path cache = tmp.resolve("cache");
    String firstKey;
    try (StreetNetwork n = StreetNetworks.open(StreetConfig.of(osm, cache), ImportProgress.none())) {
      firstKey = n.info().cacheKey();
    }
    // same path, different bytes (a comment is enough: the key hashes content, not names or dates)
    String xml = Files.readString(osm, StandardCharsets.UTF_8).replace("</osm>", "<!-- edited --></osm>");
    Files.writeString(osm, xml, StandardCharsets.UTF_8);
    try (StreetNetwork n = StreetNetworks.open(StreetConfig.of(osm, cache), ImportProgress.none())) {
      assertTrue(n.info().importedNow());
      assertNotEquals(firstKey, n.info().cacheKey());
    }
  }

  @Test
  void changingTheWalkSpeedReimportsAndChangesTimes() {
    Path osm = Fixtures.path("beatty/beatty.osm");
    Path cache = tmp.resolve("cache");
    LatLon a = new LatLon(36.914893, -116.76821);
    LatLon b = new LatLon(36.905697, -116.76218);
    WalkPath normal;
    try (StreetNetwork n = StreetNetworks.open(StreetConfig.of(osm, cache), ImportProgress.none())) {
      normal = n.walkPath(a, b);
    }
    try (StreetNetwork n = StreetNetworks.open(StreetConfig.of(osm, cache).withWalkSpeed(1.0), ImportProgress.none())) {
      assertTrue(n.info().importedNow(), "a different walking speed is a different profile: re-import");
      WalkPath slow = n.walkPath(a, b);
      assertEquals(normal.meters(), slow.meters(), 0.01);
      assertEquals(normal.seconds() * 1.3, slow.seconds(), 0.5);
    }
    // the snapping limit is a query setting: it must not invalidate the cache
    try (StreetNetwork n = StreetNetworks.open(StreetConfig.of(osm, cache).withMaxSnapDistance(100),
        ImportProgress.none())) {
      assertFalse(n.info().importedNow());
    }
  }

  @Test
  void missingFileIsAClearError() {
    Path missing = tmp.resolve("nowhere.osm.pbf");
    StreetInputException e = assertThrows(StreetInputException.class,
        () -> StreetNetworks.open(StreetConfig.of(missing, tmp.resolve("cache")), ImportProgress.none()));
    assertEquals(missing, e.file());
    assertTrue(e.getMessage().contains("nowhere.osm.pbf") && e.getMessage().contains("not found"), e.getMessage());
  }

  @Test
  void emptyFileIsAClearError() throws IOException {
    Path empty = Files.createFile(tmp.resolve("empty.osm.pbf"));
    StreetInputException e = assertThrows(StreetInputException.class,
        () -> StreetNetworks.open(StreetConfig.of(empty, tmp.resolve("cache")), ImportProgress.none()));
    assertTrue(e.getMessage().contains("empty.osm.pbf") && e.getMessage().contains("empty"), e.getMessage());
  }

  @Test
  void corruptPbfIsAClearErrorAndLeavesNoCacheEntry() throws IOException {
    // a real PBF header followed by garbage: starts like an OSM file, breaks while reading
    byte[] real = Files.readAllBytes(Fixtures.path("porto-alegre/poa_osm.pbf"));
    byte[] corrupt = new byte[20_000];
    System.arraycopy(real, 0, corrupt, 0, 200);
    byte[] noise = new byte[corrupt.length - 200];
    new Random(7).nextBytes(noise);
    System.arraycopy(noise, 0, corrupt, 200, noise.length);
    Path bad = tmp.resolve("corrupt.osm.pbf");
    Files.write(bad, corrupt);
    Path cache = tmp.resolve("cache");
    StreetInputException e = assertThrows(StreetInputException.class,
        () -> StreetNetworks.open(StreetConfig.of(bad, cache), ImportProgress.none()));
    assertEquals(bad, e.file());
    assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("corrupt"), e.getMessage());
    assertEquals(List.of(), listNames(cache), "a failed import must leave nothing in the cache");
  }

  @Test
  void randomBytesAreAClearError() throws IOException {
    byte[] noise = new byte[5_000];
    new Random(11).nextBytes(noise);
    Path bad = tmp.resolve("noise.pbf");
    Files.write(bad, noise);
    StreetInputException e = assertThrows(StreetInputException.class,
        () -> StreetNetworks.open(StreetConfig.of(bad, tmp.resolve("cache")), ImportProgress.none()));
    assertEquals(bad, e.file());
  }

  @Test
  void truncatedXmlIsAClearError() throws IOException {
    String xml = Files.readString(Fixtures.path("beatty/beatty.osm"), StandardCharsets.UTF_8);
    Path bad = tmp.resolve("truncated.osm");
    Files.writeString(bad, xml.substring(0, xml.length() / 2), StandardCharsets.UTF_8);
    Path cache = tmp.resolve("cache");
    StreetInputException e = assertThrows(StreetInputException.class,
        () -> StreetNetworks.open(StreetConfig.of(bad, cache), ImportProgress.none()));
    assertEquals(bad, e.file());
    assertTrue(e.line() > 1000, "the XML error names its line: " + e.getMessage());
    assertFalse(e.getMessage().contains("\n"), "one line for the user: " + e.getMessage());
    assertEquals(List.of(), listNames(cache));
  }

  @Test
  void extractWithoutStreetsIsAClearError() throws IOException {
    Path bad = tmp.resolve("no-streets.osm");
    Files.writeString(bad, """
        <?xml version='1.0' encoding='UTF-8'?>
        <osm version='0.6'>
          <node id='1' lat='36.90' lon='-116.76' />
          <node id='2' lat='36.91' lon='-116.76' />
          <way id='10'><nd ref='1'/><nd ref='2'/><tag k='waterway' v='river'/></way>
        </osm>
        """, StandardCharsets.UTF_8);
    Path cache = tmp.resolve("cache");
    StreetInputException e = assertThrows(StreetInputException.class,
        () -> StreetNetworks.open(StreetConfig.of(bad, cache), ImportProgress.none()));
    assertEquals(bad, e.file());
    assertTrue(e.getMessage().contains("no streets"), e.getMessage());
    assertEquals(List.of(), listNames(cache));
  }

  @Test
  void aFolderInsteadOfAFileIsAClearError() {
    StreetInputException e = assertThrows(StreetInputException.class,
        () -> StreetNetworks.open(StreetConfig.of(tmp, tmp.resolve("cache")), ImportProgress.none()));
    assertTrue(e.getMessage().contains("not a file"), e.getMessage());
  }

  private static List<String> listNames(Path dir) {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
