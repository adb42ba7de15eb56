package dev.loopline.planner.proposal;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The colour of a proposed line in exported feeds, so that maps and journey planners draw it like the operators'
 * lines: one of a fixed palette of saturated colours, chosen from the proposal id (the same id always gets the same
 * colour), with the text colour (white or black) that reads best on it by WCAG relative luminance.
 */
final class RouteColours {
  /** Distinct, saturated hues that stand out from grey street maps. */
  private static final String[] PALETTE = {
      "E6194B", "3CB44B", "4363D8", "F58231", "911EB4", "42D4F4", "F032E6", "BFEF45", "469990", "9A6324",
      "800000", "808000", "000075", "FFE119"};

  private RouteColours() {}

  /** {@code {route_color, route_text_color}} for a proposal id. */
  static String[] of(String proposalId) {
    CRC32 crc = new CRC32();
    crc.update(proposalId.getBytes(StandardCharsets.UTF_8));
    String colour = PALETTE[(int) (crc.getValue() % PALETTE.length)];
    return new String[] {colour, luminance(colour) > 0.179 ? "000000" : "FFFFFF"};
  }

  /** WCAG 2 relative luminance of an RRGGBB colour. */
  static double luminance(String rgb) {
    double l = 0;
    double[] weights = {0.2126, 0.7152, 0.0722};
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(rgb.substring(2 * i, 2 * i + 2), 16) / 255.0;
      c = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
      l += weights[i] * c;
    }
    return l;
  }
}
