package dev.loopline.planner.report;

import dev.loopline.osm.LatLon;
import dev.loopline.gtfs.geo.LocalProjection;
import dev.loopline.planner.proposal.PlacedStop;
import dev.loopline.planner.score.ClosedLoop;
import dev.loopline.planner.score.Evaluation;
import dev.loopline.planner.score.GridCell;
import dev.loopline.planner.score.MapLine;
import dev.loopline.planner.score.ProposalScore;
import dev.loopline.planner.score.ScenarioScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Maps as inline SVG, drawn from the same geometry as the GeoJSON layers in a local metric projection (no tiles, no
 * scripts: the page must work offline): district areas and names, rail lines, newly covered cells, loops closed
 * with rail, the proposed lines and their stops, a scale bar.
 */
final class SvgMap {
  static final String[] PROPOSAL_COLORS = {"#d62728", "#1f77b4", "#9467bd", "#8c564b", "#e377c2", "#17becf"};
  private static final String[] DISTRICT_FILLS = {"#eef3e2", "#f6eddc", "#e3eef6", "#f3e4ee", "#ecece4", "#e2f1ef",
      "#f7f1d9", "#e9e4f3"};
  private static final int W = 640;
  private static final int H = 480;
  private final LocalProjection proj;
  private final double scale;
  private final double cx;
  private final double cy;

  private SvgMap(Envelope lonLat) {
    this.proj = LocalProjection.centredOn(lonLat);
    double wm = Math.max(1, proj.x(lonLat.getMaxX()) - proj.x(lonLat.getMinX()));
    double hm = Math.max(1, proj.y(lonLat.getMaxY()) - proj.y(lonLat.getMinY()));
    this.scale = Math.min((W - 20) / wm, (H - 40) / hm);
    this.cx = (proj.x(lonLat.getMaxX()) + proj.x(lonLat.getMinX())) / 2;
    this.cy = (proj.y(lonLat.getMaxY()) + proj.y(lonLat.getMinY())) / 2;
  }

  private double px(double lon) {
    return W / 2.0 + (proj.x(lon) - cx) * scale;
  }

  private double py(double lat) {
    return (H - 20) / 2.0 - (proj.y(lat) - cy) * scale;
  }

  /** The whole region with every proposal. */
  static String overview(Evaluation e) {
    Envelope env = new Envelope();
    e.districtAreas().values().forEach(g -> env.expandToInclude(g.getEnvelopeInternal()));
    for (ProposalScore s : e.proposals()) {
      s.line().directions().forEach(d -> d.geometry().forEach(p -> env.expandToInclude(p.lon(), p.lat())));
    }
    if (env.isNull()) {
      e.cells().forEach(c -> env.expandToInclude(c.lon(), c.lat()));
    }
    if (env.isNull()) {
      return "";
    }
    SvgMap m = new SvgMap(env);
    StringBuilder sb = m.open("Region map");
    m.districts(sb, e);
    m.railLines(sb, e.railLines());
    for (int i = 0; i < e.proposals().size(); i++) {
      ProposalScore s = e.proposals().get(i);
      m.line(sb, s, PROPOSAL_COLORS[i % PROPOSAL_COLORS.length], 2.5);
    }
    m.districtLabels(sb, e);
    return m.close(sb);
  }

  /** One proposal, zoomed to its extent with a margin. */
  static String proposal(Evaluation e, ProposalScore s, String color) {
    Envelope env = new Envelope();
    s.line().directions().forEach(d -> d.geometry().forEach(p -> env.expandToInclude(p.lon(), p.lat())));
    s.line().resolved().stops().forEach(p -> env.expandToInclude(p.lon(), p.lat()));
    for (ClosedLoop l : s.closedLoops()) {
      l.ring().forEach(p -> env.expandToInclude(p[0], p[1]));
    }
    if (env.isNull()) {
      return "";
    }
    double margin = Math.max(env.getWidth(), env.getHeight()) * 0.15 + 0.005;
    env.expandBy(margin);
    SvgMap m = new SvgMap(env);
    StringBuilder sb = m.open("Map of " + s.id());
    m.districts(sb, e);
    m.cells(sb, e, s.newlyCovered().cells(), "newcell", "residents newly covered");
    for (ClosedLoop l : s.closedLoops()) {
      StringBuilder d = new StringBuilder();
      for (double[] p : l.ring()) {
        d.append(d.isEmpty() ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", m.px(p[0]), m.py(p[1])));
      }
      sb.append("<path d=\"").append(d).append("Z\" class=\"loop\"><title>")
          .append(Html.esc(l.fromStation() + " – " + l.toStation() + ": " + Fmt.human(l.areaKm2(), 2) + " km²"))
          .append("</title></path>");
    }
    m.railLines(sb, e.railLines());
    m.line(sb, s, color, 4);
    for (PlacedStop p : s.line().resolved().stops()) {
      sb.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" class=\"%s\"><title>%s"
          + "</title></circle>", m.px(p.lon()), m.py(p.lat()), p.isNew() ? 5.0 : 4.0, p.isNew() ? "newstop" : "stop",
          Html.esc(p.name() + " (" + p.stopId() + ")")));
    }
    m.districtLabels(sb, e);
    return m.close(sb);
  }

  /**
   * A scenario: the cells it brings within walking distance of transit (green) and those it leaves without (red),
   * the routes it touches as the baseline runs them (grey, dashed) and as the scenario runs them (in colour).
   */
  static String scenario(Evaluation e, ScenarioScore s, String color) {
    Envelope env = new Envelope();
    s.linesBefore().forEach(l -> l.path().forEach(p -> env.expandToInclude(p.lon(), p.lat())));
    s.linesAfter().forEach(l -> l.path().forEach(p -> env.expandToInclude(p.lon(), p.lat())));
    for (int[] cells : List.of(s.gained().cells(), s.lost().cells())) {
      for (int c : cells) {
        env.expandToInclude(e.cells().get(c).lon(), e.cells().get(c).lat());
      }
    }
    if (env.isNull()) {
      return "";
    }
    env.expandBy(Math.max(env.getWidth(), env.getHeight()) * 0.15 + 0.005);
    SvgMap m = new SvgMap(env);
    StringBuilder sb = m.open("Map of scenario " + s.id());
    m.districts(sb, e);
    m.cells(sb, e, s.gained().cells(), "newcell", "residents newly covered");
    m.cells(sb, e, s.lost().cells(), "lostcell", "residents who lose their only stop");
    m.railLines(sb, e.railLines());
    for (MapLine l : s.linesBefore()) {
      sb.append("<path d=\"").append(m.polyline(l.path())).append("\" class=\"line before\"><title>")
          .append(Html.esc("before: " + l.name())).append("</title></path>");
    }
    for (MapLine l : s.linesAfter()) {
      sb.append("<path d=\"").append(m.polyline(l.path())).append("\" stroke=\"").append(color)
          .append("\" stroke-width=\"3\" class=\"line\"><title>").append(Html.esc("after: " + l.name()))
          .append("</title></path>");
    }
    m.districtLabels(sb, e);
    return m.close(sb);
  }

  /**
   * The difference between two scenarios per grid cell, the second less the first: jobs reachable within the
   * headline cutoff when accessibility was computed (green more, red fewer, stronger for larger changes), else
   * whether the cell is within walking distance of transit.
   *
   * @param values per cell the difference (0: none)
   * @param unit what a value counts, for the cells' titles
   */
  static String difference(Evaluation e, String label, double[] values, String unit) {
    Envelope env = new Envelope();
    e.districtAreas().values().forEach(g -> env.expandToInclude(g.getEnvelopeInternal()));
    if (env.isNull()) {
      e.cells().forEach(c -> env.expandToInclude(c.lon(), c.lat()));
    }
    if (env.isNull()) {
      return "";
    }
    double max = 0;
    for (double v : values) {
      max = Math.max(max, Math.abs(v));
    }
    SvgMap m = new SvgMap(env);
    StringBuilder sb = m.open(label);
    m.districts(sb, e);
    for (int c = 0; c < values.length; c++) {
      if (values[c] == 0 || max == 0) {
        continue;
      }
      GridCell cell = e.cells().get(c);
      double side = Math.max(1.5, Math.sqrt(cell.areaM2()) * m.scale);
      double strength = 0.25 + 0.75 * Math.abs(values[c]) / max;
      sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
          + "fill=\"%s\" fill-opacity=\"%.2f\"><title>%s: %s %s</title></rect>", m.px(cell.lon()) - side / 2,
          m.py(cell.lat()) - side / 2, side, side, values[c] > 0 ? "#2ca02c" : "#d62728", strength,
          Html.esc(cell.id()), (values[c] > 0 ? "+" : "") + Fmt.human(values[c], 0), Html.esc(unit)));
    }
    m.railLines(sb, e.railLines());
    m.districtLabels(sb, e);
    return m.close(sb);
  }

  private void cells(StringBuilder sb, Evaluation e, int[] cells, String css, String what) {
    for (int c : cells) {
      GridCell cell = e.cells().get(c);
      double side = Math.max(2, Math.sqrt(cell.areaM2()) * scale);
      sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" "
          + "class=\"%s\"><title>%s: %s %s</title></rect>", px(cell.lon()) - side / 2, py(cell.lat()) - side / 2,
          side, side, css, Html.esc(cell.id()), Fmt.human(cell.population(), 0), what));
    }
  }

  private StringBuilder open(String label) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "<svg class=\"map\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
        + "role=\"img\" aria-label=\"%s\"><rect width=\"%d\" height=\"%d\" class=\"sea\"/>", W, H, W, H,
        Html.esc(label), W, H));
    return sb;
  }

  private String close(StringBuilder sb) {
    // Scale bar: the largest round length under a quarter of the width.
    double metersPerPx = 1 / scale;
    double target = W / 4.0 * metersPerPx;
    double[] steps = {100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000};
    double len = steps[0];
    for (double st : steps) {
      if (st <= target) {
        len = st;
      }
    }
    double px = len / metersPerPx;
    sb.append(String.format(Locale.ROOT, "<line x1=\"12\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"scale\"/>"
        + "<text x=\"12\" y=\"%d\" class=\"cg\">%s</text>", H - 12, 12 + px, H - 12, H - 16,
        len >= 1000 ? Fmt.human(len / 1000, 0) + " km" : Fmt.human(len, 0) + " m"));
    sb.append("</svg>");
    return sb.toString();
  }

  private void districts(StringBuilder sb, Evaluation e) {
    int i = 0;
    for (Map.Entry<String, Geometry> d : new TreeMap<>(e.districtAreas()).entrySet()) {
      String fill = DISTRICT_FILLS[i++ % DISTRICT_FILLS.length];
      sb.append("<path d=\"").append(path(d.getValue())).append("\" fill=\"").append(fill)
          .append("\" class=\"district\"><title>").append(Html.esc(name(e, d.getKey()))).append("</title></path>");
    }
  }

  private void districtLabels(StringBuilder sb, Evaluation e) {
    for (Map.Entry<String, Geometry> d : new TreeMap<>(e.districtAreas()).entrySet()) {
      Coordinate c = d.getValue().getInteriorPoint().getCoordinate();
      sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" class=\"dl\">%s</text>", px(c.x), py(c.y),
          Html.esc(name(e, d.getKey()))));
    }
  }

  private static String name(Evaluation e, String id) {
    return e.districtNames().getOrDefault(id, id);
  }

  private void railLines(StringBuilder sb, List<MapLine> lines) {
    for (MapLine l : lines) {
      sb.append("<path d=\"").append(polyline(l.path())).append("\" stroke=\"").append(l.color())
          .append("\" class=\"rail\"><title>").append(Html.esc("Rail " + l.name())).append("</title></path>");
    }
  }

  private void line(StringBuilder sb, ProposalScore s, String color, double width) {
    List<LatLon> g = s.line().directions().get(0).geometry();
    sb.append("<path d=\"").append(polyline(g)).append("\" stroke=\"").append(color)
        .append(String.format(Locale.ROOT, "\" stroke-width=\"%.1f\" class=\"line\"><title>", width))
        .append(Html.esc(s.id() + " " + s.line().proposal().name())).append("</title></path>");
  }

  private String polyline(List<LatLon> pts) {
    StringBuilder d = new StringBuilder();
    for (LatLon p : pts) {
      d.append(d.isEmpty() ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", px(p.lon()), py(p.lat())));
    }
    return d.toString().trim();
  }

  private String path(Geometry g) {
    StringBuilder d = new StringBuilder();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Polygon p) {
        List<LineString> rings = new ArrayList<>();
        rings.add(p.getExteriorRing());
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          rings.add(p.getInteriorRingN(h));
        }
        for (LineString ring : rings) {
          Coordinate[] cs = ring.getCoordinates();
          for (int k = 0; k < cs.length; k++) {
            d.append(k == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", px(cs[k].x), py(cs[k].y)));
          }
          d.append("Z ");
        }
      }
    }
    return d.toString().trim();
  }
}
