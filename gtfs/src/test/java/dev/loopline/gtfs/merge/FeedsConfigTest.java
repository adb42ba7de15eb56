package dev.loopline.gtfs.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.geo.CoordinateSystem;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** feeds.yaml is edited by hand: it must resolve paths next to itself and point at mistakes by line. */
class FeedsConfigTest {
  @TempDir
  Path dir;

  @BeforeEach
  void feeds() throws Exception {
    Files.createDirectories(dir.resolve("data/shapingba"));
    Files.writeString(dir.resolve("data/beibei.zip"), "");
  }

  private Path yaml(String text) throws Exception {
    return Files.writeString(dir.resolve("feeds.yaml"), text);
  }

  private String error(String text) throws Exception {
    Path file = yaml(text);
    return assertThrows(GtfsException.class, () -> FeedsConfig.load(file)).getMessage();
  }

  @Test
  void pathsAreRelativeToTheYamlFileAndOptionsAreRead() throws Exception {
    FeedsConfig config = FeedsConfig.load(yaml("""
        # the Science City's district feeds
        feeds:
          - id: shapingba
            path: data/shapingba
            crs: gcj02
            encoding: gbk
          - id: beibei
            path: data/beibei.zip
        """));
    assertEquals(dir.toAbsolutePath().normalize(), config.baseDir());
    assertEquals(2, config.feeds().size());
    FeedSource s = config.feeds().get(0);
    assertEquals("shapingba", s.id());
    assertEquals(dir.resolve("data/shapingba").toAbsolutePath().normalize(), s.path());
    assertEquals(CoordinateSystem.GCJ02, s.crs());
    assertEquals(Charset.forName("GBK"), s.encoding());
    FeedSource b = config.feeds().get(1);
    assertEquals(CoordinateSystem.WGS84, b.crs());
    assertNull(b.encoding());
  }

  @Test
  void mistakesNameTheLine() throws Exception {
    assertEquals("feeds.yaml:4: unknown key 'crs_system' in a feed entry (expected id, path, crs, encoding)",
        error("feeds:\n  - id: shapingba\n    path: data/shapingba\n    crs_system: gcj02\n")
            .replace(dir.resolve("feeds.yaml").toString(), "feeds.yaml"));
    assertEquals("feeds.yaml:4: feed 'beibei': path 'data/nope.zip' does not exist (looked at "
            + dir.toAbsolutePath().normalize().resolve("data/nope.zip") + ")",
        error("feeds:\n  - id: shapingba\n    path: data/shapingba\n  - id: beibei\n    path: data/nope.zip\n")
            .replace(dir.resolve("feeds.yaml").toString(), "feeds.yaml"));
    assertEquals("feeds.yaml:4: feed id 'shapingba' is listed twice (also on line 2)",
        error("feeds:\n  - id: shapingba\n    path: data/shapingba\n  - id: shapingba\n    path: data/beibei.zip\n")
            .replace(dir.resolve("feeds.yaml").toString(), "feeds.yaml"));
    assertEquals("feeds.yaml:2: feed 'shapingba' has no 'path'",
        error("feeds:\n  - id: shapingba\n").replace(dir.resolve("feeds.yaml").toString(), "feeds.yaml"));
    assertEquals("feeds.yaml:2: unknown coordinate system 'mars' (expected wgs84, gcj02 or bd09)",
        error("feeds:\n  - id: shapingba\n    path: data/shapingba\n    crs: mars\n")
            .replace(dir.resolve("feeds.yaml").toString(), "feeds.yaml"));
    assertEquals("feeds.yaml:1: unknown key 'feed' (expected 'feeds')",
        error("feed:\n  - id: shapingba\n").replace(dir.resolve("feeds.yaml").toString(), "feeds.yaml"));
  }

  @Test
  void badIdsEncodingsAndEmptyFilesAreRefused() throws Exception {
    String badId = error("feeds:\n  - id: sha ping\n    path: data/shapingba\n");
    assertTrue(badId.contains(":2: feed id 'sha ping' is not usable as a namespace"), badId);
    String badEncoding = error("feeds:\n  - id: shapingba\n    path: data/shapingba\n    encoding: klingon\n");
    assertTrue(badEncoding.contains("unknown encoding 'klingon'"), badEncoding);
    assertTrue(error("").contains("the file is empty"));
    assertTrue(error("feeds: []\n").contains("no feeds listed"));
    String notYaml = error("feeds:\n  - id: \"unterminated\n    path: x\n");
    assertTrue(notYaml.contains("not valid YAML"), notYaml);
    Path missing = dir.resolve("nope.yaml");
    assertEquals(missing + ": file not found",
        assertThrows(GtfsException.class, () -> FeedsConfig.load(missing)).getMessage());
  }

  @Test
  void commandLineFeedSpecsParse() {
    FeedSource s = FeedSource.parse("jiulongpo=feeds/jlp.zip,crs=bd09,encoding=gb18030", dir);
    assertEquals("jiulongpo", s.id());
    assertEquals(dir.resolve("feeds/jlp.zip"), s.path());
    assertEquals(CoordinateSystem.BD09, s.crs());
    assertEquals(Charset.forName("GB18030"), s.encoding());
    assertEquals("--feed 'jiulongpo': expected ID=PATH[,crs=gcj02][,encoding=gbk]",
        assertThrows(GtfsException.class, () -> FeedSource.parse("jiulongpo", dir)).getMessage());
    assertEquals("--feed 'x=a.zip,colour=red': unknown option 'colour' (expected crs=... or encoding=...)",
        assertThrows(GtfsException.class, () -> FeedSource.parse("x=a.zip,colour=red", dir)).getMessage());
  }
}
