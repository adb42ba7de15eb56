package dev.loopline.web.tiles;

import dev.loopline.osm.StreetLine;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline basemap of one street network: answers a tile address with PNG bytes. A tile without streets is one
 * shared transparent PNG; drawn tiles are kept in a bounded least-recently-used cache, since a map view asks for the
 * same few dozen tiles again and again while the user pans. Thread-safe.
 */
public final class BasemapTiles {
  /** Tiles kept in memory (a drawn tile of the sample is a few kilobytes to a few tens of them). */
  private static final int CACHE_TILES = 2_048;

  private final TileRenderer renderer;
  private final byte[] empty;
  private final Map<TileKey, byte[]> cache = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<TileKey, byte[]> eldest) {
      return size() > CACHE_TILES;
    }
  };

  private BasemapTiles(StreetIndex index) {
    this.renderer = new TileRenderer(index);
    this.empty = TileRenderer.png(new BufferedImage(TileRenderer.SIZE, TileRenderer.SIZE,
        BufferedImage.TYPE_INT_ARGB));
  }

  /** The basemap of a network's streets ({@code NetworkInfoService.streets()}). */
  public static BasemapTiles of(List<StreetLine> streets) {
    return new BasemapTiles(StreetIndex.of(streets));
  }

  /**
   * The PNG of a tile.
   *
   * @throws IllegalArgumentException when the address does not exist (zoom out of range, x or y outside the world)
   */
  public byte[] png(int z, int x, int y) {
    TileKey key = new TileKey(z, x, y);
    synchronized (cache) {
      byte[] hit = cache.get(key);
      if (hit != null) {
        return hit;
      }
    }
    int[] streets = renderer.streetsOf(key);
    byte[] bytes = streets.length == 0 ? empty : TileRenderer.png(renderer.image(key, streets));
    synchronized (cache) {
      cache.put(key, bytes);
    }
    return bytes;
  }

  /** True when a tile has no street: the shared blank tile. */
  public boolean blank(int z, int x, int y) {
    return png(z, x, y) == empty;
  }
}
