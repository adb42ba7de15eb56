package dev.loopline.web.tiles;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Draws one 256-pixel tile of streets with Java2D (headless) into a PNG: transparent where there is no street, so the
 * page's land colour and the map's own layers show through. Casings (the grey edges of white streets) are painted
 * under all fills so that junctions read as joined roads. Same streets and tile → same bytes.
 */
final class TileRenderer {
  static final int SIZE = 256;
  /** Pixels around the tile whose streets are still drawn, so a wide road cut at the edge continues seamlessly. */
  private static final int MARGIN = 16;
  private static final Color TUNNEL = new Color(150, 150, 150, 170);

  private final StreetIndex index;

  TileRenderer(StreetIndex index) {
    this.index = index;
    System.setProperty("java.awt.headless", "true");
  }

  /** The streets a tile would draw (empty: the tile is blank), ascending in paint order. */
  int[] streetsOf(TileKey t) {
    double world = t.worldPixels();
    double x0 = (t.x() * SIZE - MARGIN) / world;
    double y0 = (t.y() * SIZE - MARGIN) / world;
    double x1 = ((t.x() + 1) * SIZE + MARGIN) / world;
    double y1 = ((t.y() + 1) * SIZE + MARGIN) / world;
    int[] candidates = index.candidates(x0, y0, x1, y1);
    int visible = 0;
    for (int line : candidates) {
      if (index.style(line).visibleAt(t.z())) {
        candidates[visible++] = line;
      }
    }
    return java.util.Arrays.copyOf(candidates, visible);
  }

  /** The tile as an image (transparent background). */
  BufferedImage image(TileKey t, int[] streets) {
    BufferedImage img = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      int z = t.z();
      double world = t.worldPixels();
      double ox = t.x() * (double) SIZE;
      double oy = t.y() * (double) SIZE;
      for (int line : streets) { // casings first, under every fill
        StreetStyle s = index.style(line);
        if (!index.tunnel(line) && s.casedAt(z)) {
          g.setStroke(new BasicStroke(s.width(z) + 1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
          g.setColor(s.casing());
          g.draw(path(line, world, ox, oy));
        }
      }
      for (int line : streets) {
        StreetStyle s = index.style(line);
        float w = s.width(z);
        if (index.tunnel(line)) {
          g.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1,
              new float[] {Math.max(2, w * 1.5f), Math.max(2, w)}, 0));
          g.setColor(TUNNEL);
        } else if (s.dashed()) {
          g.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1,
              new float[] {Math.max(2, w * 3), Math.max(1.5f, w * 1.5f)}, 0));
          g.setColor(s.fill(z));
        } else {
          g.setStroke(new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
          g.setColor(s.fill(z));
        }
        g.draw(path(line, world, ox, oy));
      }
    } finally {
      g.dispose();
    }
    return img;
  }

  private Path2D path(int line, double world, double ox, double oy) {
    Path2D.Double p = new Path2D.Double();
    int a = index.firstPoint(line);
    p.moveTo(index.x(a) * world - ox, index.y(a) * world - oy);
    for (int k = a + 1; k < index.endPoint(line); k++) {
      p.lineTo(index.x(k) * world - ox, index.y(k) * world - oy);
    }
    return p;
  }

  static byte[] png(BufferedImage img) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // writing to memory does not fail
    }
    return out.toByteArray();
  }
}
