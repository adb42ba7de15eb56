package dev.loopline.planner.sample;

import dev.loopline.gtfs.io.AtomicFiles;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws the sample as a PNG (Java2D, headless): districts, the two ridges, streets by class, expressways, bus lines,
 * metro lines with stations, and the border gaps, with a title that says it is a synthetic sample. For the docs
 * and for a person to check at a glance that the generated city is plausible.
 */
public final class SampleRenderer {
  private static final Color[] DISTRICT_FILL = {
      new Color(255, 236, 200), new Color(214, 234, 248), new Color(232, 218, 239), new Color(213, 245, 227),
      new Color(250, 219, 216), new Color(252, 243, 207)};

  private final GeneratedSample s;
  private final double scale;
  private final double x0;
  private final double y1;
  private final int width;
  private final int height;

  private SampleRenderer(GeneratedSample s, int width) {
    this.s = s;
    Layout l = s.layout();
    this.width = width;
    this.scale = width / (2 * l.halfWidth);
    this.height = (int) Math.round(2 * l.halfHeight * scale);
    this.x0 = -l.halfWidth;
    this.y1 = l.halfHeight;
  }

  /** Renders to {@code png} (written to a temporary file first, then moved into place). */
  public static void render(GeneratedSample sample, Path png, int width) throws IOException {
    System.setProperty("java.awt.headless", "true");
    BufferedImage img = new SampleRenderer(sample, width).draw();
    AtomicFiles.replaceFile(png.toAbsolutePath().normalize(), tmp -> ImageIO.write(img, "png", tmp.toFile()));
  }

  private double px(double x) {
    return (x - x0) * scale;
  }

  private double py(double y) {
    return (y1 - y) * scale;
  }

  private BufferedImage draw() {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(new Color(246, 244, 238));
    g.fillRect(0, 0, width, height);
    for (int i = 0; i < s.districts().polygons().size(); i++) {
      g.setColor(DISTRICT_FILL[i % DISTRICT_FILL.length]);
      g.fill(path(s.districts().polygons().get(i)));
    }
    drawRidges(g);
    drawStreets(g);
    drawBus(g);
    drawRail(g);
    g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {9, 6}, 0));
    g.setColor(new Color(90, 90, 90));
    for (Polygon p : s.districts().polygons()) {
      g.draw(path(p));
    }
    drawGaps(g);
    drawLabels(g);
    drawTitle(g);
    g.dispose();
    return img;
  }

  private Path2D path(Polygon p) {
    Path2D.Double path = new Path2D.Double();
    Coordinate[] c = p.getExteriorRing().getCoordinates();
    path.moveTo(px(c[0].x), py(c[0].y));
    for (int i = 1; i < c.length; i++) {
      path.lineTo(px(c[i].x), py(c[i].y));
    }
    path.closePath();
    return path;
  }

  private Path2D line(List<Xy> pts) {
    Path2D.Double path = new Path2D.Double();
    path.moveTo(px(pts.get(0).x()), py(pts.get(0).y()));
    for (int i = 1; i < pts.size(); i++) {
      path.lineTo(px(pts.get(i).x()), py(pts.get(i).y()));
    }
    return path;
  }

  private void drawRidges(Graphics2D g) {
    GeometryFactory gf = new GeometryFactory();
    for (Ridge r : s.layout().ridges) {
      Coordinate[] c = r.crest().stream().map(p -> new Coordinate(p.x(), p.y())).toArray(Coordinate[]::new);
      Geometry band = gf.createLineString(c).buffer(r.halfWidth());
      for (int i = 0; i < band.getNumGeometries(); i++) {
        g.setColor(new Color(120, 150, 95, 150));
        g.fill(path((Polygon) band.getGeometryN(i)));
      }
      g.setColor(new Color(80, 105, 60));
      g.setStroke(new BasicStroke(1.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {2, 4}, 0));
      g.draw(line(r.crest()));
    }
  }

  private void drawStreets(Graphics2D g) {
    Streets st = s.streets();
    HighwayClass[] order = {HighwayClass.FOOTWAY, HighwayClass.STEPS, HighwayClass.RESIDENTIAL,
        HighwayClass.TERTIARY, HighwayClass.SECONDARY, HighwayClass.PRIMARY, HighwayClass.TRUNK,
        HighwayClass.MOTORWAY_LINK, HighwayClass.MOTORWAY};
    for (HighwayClass c : order) {
      Stroke solid = new BasicStroke(width(c), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
      Stroke dashed = new BasicStroke(width(c), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {4, 3},
          0);
      for (OsmWay w : st.ways()) {
        if (!c.osm().equals(w.highway())) {
          continue;
        }
        boolean tunnel = "yes".equals(w.tags().get("tunnel"));
        g.setStroke(tunnel ? dashed : solid);
        g.setColor(tunnel ? new Color(110, 110, 110) : color(c));
        Path2D.Double p = new Path2D.Double();
        int[] n = w.nodes();
        p.moveTo(px(st.x(n[0])), py(st.y(n[0])));
        for (int i = 1; i < n.length; i++) {
          p.lineTo(px(st.x(n[i])), py(st.y(n[i])));
        }
        g.draw(p);
      }
    }
  }

  private float width(HighwayClass c) {
    float k = (float) Math.max(0.6, Math.min(1.6, width / 1400.0 * Math.sqrt(s.options().scale())));
    return k * switch (c) {
      case MOTORWAY -> 2.6f;
      case TRUNK -> 2.2f;
      case PRIMARY -> 1.6f;
      case MOTORWAY_LINK, SECONDARY -> 1.2f;
      case TERTIARY -> 0.9f;
      case RESIDENTIAL -> 0.5f;
      case FOOTWAY, STEPS -> 0.35f;
    };
  }

  private static Color color(HighwayClass c) {
    return switch (c) {
      case MOTORWAY -> new Color(214, 64, 64);
      case MOTORWAY_LINK -> new Color(224, 120, 110);
      case TRUNK -> new Color(230, 120, 60);
      case PRIMARY -> new Color(240, 160, 70);
      case SECONDARY -> new Color(225, 195, 90);
      case TERTIARY -> new Color(170, 170, 170);
      case RESIDENTIAL -> new Color(195, 195, 195);
      case FOOTWAY -> new Color(150, 190, 150);
      case STEPS -> new Color(120, 160, 120);
    };
  }

  private void drawBus(Graphics2D g) {
    g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    for (BusLine l : s.network().lines()) {
      Color c = Color.decode("#" + l.color());
      g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), l.partner() >= 0 ? 230 : 140));
      g.draw(line(l.shape0()));
    }
    g.setColor(new Color(30, 60, 140, 170));
    for (StopSite site : s.network().sites().values()) {
      double r = 1.4;
      g.fill(new Ellipse2D.Double(px(site.position().x()) - r, py(site.position().y()) - r, 2 * r, 2 * r));
    }
  }

  private void drawRail(Graphics2D g) {
    for (RailLine l : s.layout().railLines) {
      Color c = Color.decode("#" + l.color());
      g.setStroke(new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.setColor(c);
      g.draw(line(l.stations().stream().map(RailStation::position).toList()));
    }
    for (RailLine l : s.layout().railLines) {
      for (RailStation st : l.stations()) {
        double r = 4;
        Ellipse2D e = new Ellipse2D.Double(px(st.position().x()) - r, py(st.position().y()) - r, 2 * r, 2 * r);
        g.setColor(Color.WHITE);
        g.fill(e);
        g.setStroke(new BasicStroke(1.5f));
        g.setColor(Color.BLACK);
        g.draw(e);
      }
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    for (RailLine l : s.layout().railLines) {
      RailStation a = l.stations().get(0);
      label(g, "L" + l.number(), px(a.position().x()) + 6, py(a.position().y()) - 6, Color.decode("#" + l.color()));
    }
  }

  private void drawGaps(Graphics2D g) {
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
    for (BorderGap gap : s.layout().gaps) {
      double r = gap.noStopRadius() * scale;
      double cx = px(gap.centre().x());
      double cy = py(gap.centre().y());
      g.setColor(new Color(220, 30, 30, 60));
      g.fill(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
      g.setColor(new Color(200, 20, 20));
      g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {5, 4}, 0));
      g.draw(new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r));
      label(g, "gap: " + gap.en(), cx + r + 3, cy + 4, new Color(170, 0, 0));
    }
  }

  private void drawLabels(Graphics2D g) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (Town t : s.layout().towns) {
      if (t.kind() == TownKind.URBAN && t.residents() >= 60_000) {
        label(g, t.en(), px(t.centre().x()) - 20, py(t.centre().y()) - 8, new Color(40, 40, 40));
      }
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
    for (int i = 0; i < DistrictSpec.ALL.size(); i++) {
      Xy seed = s.layout().districtSeeds.get(i);
      label(g, DistrictSpec.ALL.get(i).en().toUpperCase(Locale.ROOT), px(seed.x()) - 60, py(seed.y()),
          new Color(70, 70, 110));
    }
    g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 13));
    for (Ridge r : s.layout().ridges) {
      Xy p = r.crest().get(r.crest().size() / 2);
      label(g, r.en(), px(p.x()) + 8, py(p.y()) - 30, new Color(60, 85, 45));
    }
  }

  private static void label(Graphics2D g, String text, double x, double y, Color color) {
    Rectangle2D b = g.getFontMetrics().getStringBounds(text, g);
    g.setColor(new Color(255, 255, 255, 190));
    g.fill(new Rectangle2D.Double(x - 2, y + b.getY() - 1, b.getWidth() + 4, b.getHeight() + 2));
    g.setColor(color);
    g.drawString(text, (float) x, (float) y);
  }

  private void drawTitle(Graphics2D g) {
    String title = "SYNTHETIC SAMPLE - not real data";
    String sub = String.format(Locale.ROOT, "Western (Chongqing) Science City, Loopline generator, seed %d, scale %d",
        s.options().seed(), s.options().scale());
    String legend = "ridges green  |  streets by class  |  thick: metro lines  |  thin: bus lines  |  red: border gaps";
    g.setColor(new Color(255, 255, 255, 225));
    g.fillRect(0, 0, width, 74);
    g.setColor(new Color(160, 0, 0));
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 24));
    g.drawString(title, 14, 30);
    g.setColor(Color.DARK_GRAY);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    g.drawString(sub, 14, 50);
    g.drawString(legend, 14, 68);
  }
}
