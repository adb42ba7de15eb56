package dev.loopline.web.tiles;

import java.awt.Color;
import java.util.Locale;

/**
 * How each kind of street is drawn, in the order they are painted (paths first, motorways last, so a bigger road
 * lies on top of a smaller one at a junction). Colours follow the conventions map readers know from OpenStreetMap's
 * standard style: red-pink motorways, orange trunks, yellow primaries, white minor streets with a grey edge, dashed
 * salmon footpaths. Widths are pixels at zoom 15 and shrink or grow with the zoom.
 */
enum StreetStyle {
  PATH(14, 1.2f, new Color(250, 128, 114), null, true),
  SERVICE(14, 2.0f, Color.WHITE, new Color(190, 190, 190), false),
  MINOR(12, 3.2f, Color.WHITE, new Color(180, 180, 180), false),
  TERTIARY(11, 4.2f, new Color(255, 255, 240), new Color(170, 170, 160), false),
  SECONDARY(9, 5.0f, new Color(247, 250, 191), new Color(180, 180, 120), false),
  PRIMARY(7, 5.8f, new Color(252, 214, 164), new Color(200, 150, 90), false),
  TRUNK(5, 6.5f, new Color(249, 178, 156), new Color(200, 120, 100), false),
  MOTORWAY(0, 7.0f, new Color(232, 146, 162), new Color(190, 90, 110), false);

  private final int minZoom;
  private final float widthAt15;
  private final Color fill;
  private final Color casing;
  private final boolean dashed;

  StreetStyle(int minZoom, float widthAt15, Color fill, Color casing, boolean dashed) {
    this.minZoom = minZoom;
    this.widthAt15 = widthAt15;
    this.fill = fill;
    this.casing = casing;
    this.dashed = dashed;
  }

  /** The style of an OSM road class as the street graph names it (GraphHopper's {@code road_class} values). */
  static StreetStyle of(String roadClass) {
    return switch (roadClass.toLowerCase(Locale.ROOT)) {
      case "motorway" -> MOTORWAY;
      case "trunk" -> TRUNK;
      case "primary" -> PRIMARY;
      case "secondary" -> SECONDARY;
      case "tertiary" -> TERTIARY;
      case "service", "track" -> SERVICE;
      case "footway", "steps", "path", "cycleway", "pedestrian", "bridleway", "corridor" -> PATH;
      default -> MINOR; // residential, unclassified, living_street, road, other
    };
  }

  boolean visibleAt(int zoom) {
    return zoom >= minZoom;
  }

  /** Line width in pixels at a zoom: halves for every zoom level and a third out, never under a hairline. */
  float width(int zoom) {
    double f = Math.pow(2, (zoom - 15) * 0.75);
    return (float) Math.max(0.6, Math.min(widthAt15 * 3, widthAt15 * f));
  }

  /** Minor roads get a grey edge from this zoom on, where they are wide enough to show one. */
  boolean casedAt(int zoom) {
    return casing != null && zoom >= 13;
  }

  Color fill(int zoom) {
    // At small zooms white streets would vanish against the pale land colour: draw them grey without an edge.
    return casedAt(zoom) || casing == null ? fill : casing;
  }

  Color casing() {
    return casing;
  }

  boolean dashed() {
    return dashed;
  }
}
