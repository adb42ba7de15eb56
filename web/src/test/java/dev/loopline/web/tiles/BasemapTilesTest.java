package dev.loopline.web.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.osm.LatLon;
import dev.loopline.osm.StreetLine;
import dev.loopline.osm.StreetNetwork;
import dev.loopline.planner.network.Network;
import dev.loopline.web.SampleNetwork;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The offline basemap of the synthetic sample: streets drawn where the graph has them, nothing elsewhere. */
class BasemapTilesTest {
  private static Network network;
  private static StreetNetwork streets;
  private static List<StreetLine> lines;
  private static BasemapTiles tiles;

  @BeforeAll
  static void load() {
    network = Network.load(SampleNetwork.dir());
    streets = network.streets();
    lines = new ArrayList<>();
    streets.forEachStreet(lines::add);
    tiles = BasemapTiles.of(lines);
  }

  @AfterAll
  static void close() {
    network.close();
  }

  @Test
  void streetPixelsLieOnStreetsAndNowhereElse() throws IOException {
    // A zoom-15 tile around the middle of a primary road: the road's own pixels are painted, and every pixel far
    // from every street (computed here independently, from the streets' coordinates) is transparent.
    StreetLine road = lines.stream().filter(l -> l.roadClass().equals("primary") && !l.tunnel()).findFirst()
        .orElseThrow();
    LatLon mid = road.points().get(road.points().size() / 2);
    int z = 15;
    TileKey key = TileKey.containing(z, mid.lat(), mid.lon());
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(tiles.png(z, key.x(), key.y())));
    assertEquals(256, img.getWidth());
    double world = key.worldPixels();
    int px = (int) (TileKey.mercatorX(mid.lon()) * world - key.x() * 256.0);
    int py = (int) (TileKey.mercatorY(mid.lat()) * world - key.y() * 256.0);
    assertTrue(alpha(img, px, py) > 0, "the primary road is drawn at " + px + "," + py);

    List<double[]> segments = segmentsInPixels(key);
    int painted = 0;
    int farChecked = 0;
    for (int y = 0; y < 256; y += 4) {
      for (int x = 0; x < 256; x += 4) {
        double d = distanceToStreets(segments, x + 0.5, y + 0.5);
        if (alpha(img, x, y) > 0) {
          painted++;
          assertTrue(d < 12, "pixel " + x + "," + y + " is painted " + d + " px from the nearest street");
        } else if (d > 12) {
          farChecked++;
        }
      }
    }
    assertTrue(painted > 20, "street pixels: " + painted);
    assertTrue(farChecked > 0 || painted > 3000, "the tile has both streets and empty land");
  }

  @Test
  void tilesAwayFromTheNetworkAreBlank() {
    TileKey ocean = TileKey.containing(12, 0.0, 0.0);
    assertTrue(tiles.blank(12, ocean.x(), ocean.y()));
    assertTrue(tiles.blank(0, 0, 0) == false, "the whole world holds the region's motorways");
  }

  @Test
  void theSameTileHasTheSameBytesEveryTime() {
    LatLon p = lines.get(lines.size() / 2).points().get(0);
    BasemapTiles other = BasemapTiles.of(lines);
    for (int z : new int[] {11, 14, 17}) {
      TileKey k = TileKey.containing(z, p.lat(), p.lon());
      byte[] a = tiles.png(z, k.x(), k.y());
      assertFalse(tiles.blank(z, k.x(), k.y()), "zoom " + z + " tile at a street has something drawn");
      assertArrayEquals(a, other.png(z, k.x(), k.y()), "zoom " + z + " drawn twice");
    }
  }

  @Test
  void tileAddressesOutsideTheWorldAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> tiles.png(-1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> tiles.png(TileKey.MAX_ZOOM + 1, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> tiles.png(3, 8, 0));
    assertThrows(IllegalArgumentException.class, () -> tiles.png(3, 0, -1));
  }

  private static int alpha(BufferedImage img, int x, int y) {
    return img.getRGB(x, y) >>> 24;
  }

  private static List<double[]> segmentsInPixels(TileKey key) {
    double world = key.worldPixels();
    List<double[]> out = new ArrayList<>();
    for (StreetLine l : lines) {
      for (int i = 1; i < l.points().size(); i++) {
        LatLon a = l.points().get(i - 1);
        LatLon b = l.points().get(i);
        out.add(new double[] {TileKey.mercatorX(a.lon()) * world - key.x() * 256.0,
            TileKey.mercatorY(a.lat()) * world - key.y() * 256.0, TileKey.mercatorX(b.lon()) * world - key.x() * 256.0,
            TileKey.mercatorY(b.lat()) * world - key.y() * 256.0});
      }
    }
    out.removeIf(s -> Math.max(s[0], s[2]) < -50 || Math.min(s[0], s[2]) > 306 || Math.max(s[1], s[3]) < -50
        || Math.min(s[1], s[3]) > 306);
    return out;
  }

  private static double distanceToStreets(List<double[]> segments, double x, double y) {
    double best = Double.MAX_VALUE;
    for (double[] s : segments) {
      double dx = s[2] - s[0];
      double dy = s[3] - s[1];
      double len2 = dx * dx + dy * dy;
      double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - s[0]) * dx + (y - s[1]) * dy) / len2));
      best = Math.min(best, Math.hypot(x - (s[0] + t * dx), y - (s[1] + t * dy)));
    }
    return best;
  }
}
