package dev.loopline.web.tiles;

/**
 * The address of one map tile in the Web Mercator ("slippy map") tiling: at zoom {@code z} the world is
 * {@code 2^z × 2^z} tiles, {@code x} counted eastwards from 180°W and {@code y} southwards from about 85°N.
 */
public record TileKey(int z, int x, int y) {
  /** Deeper than this a tile of streets shows no more than its parent magnified. */
  public static final int MAX_ZOOM = 20;

  public TileKey {
    if (z < 0 || z > MAX_ZOOM) {
      throw new IllegalArgumentException("zoom must be 0.." + MAX_ZOOM + ", was " + z);
    }
    int n = 1 << z;
    if (x < 0 || x >= n || y < 0 || y >= n) {
      throw new IllegalArgumentException("tile " + x + "/" + y + " does not exist at zoom " + z + " (0.." + (n - 1)
          + ")");
    }
  }

  /** The world's size in pixels at this zoom, for 256-pixel tiles. */
  public double worldPixels() {
    return TileRenderer.SIZE * (double) (1 << z);
  }

  /** Longitude → x in 0..1 across the world (Web Mercator). */
  public static double mercatorX(double lon) {
    return (lon + 180) / 360;
  }

  /** Latitude → y in 0..1 down the world (Web Mercator; clamped at the projection's ±85.05°). */
  public static double mercatorY(double lat) {
    double clamped = Math.max(-85.05112878, Math.min(85.05112878, lat));
    double r = Math.toRadians(clamped);
    return (1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2;
  }

  /** The tile at this zoom holding a position. */
  public static TileKey containing(int z, double lat, double lon) {
    int n = 1 << z;
    int x = (int) Math.min(n - 1, Math.floor(mercatorX(lon) * n));
    int y = (int) Math.min(n - 1, Math.floor(mercatorY(lat) * n));
    return new TileKey(z, x, y);
  }
}
