package dev.loopline.planner.report;

import java.util.List;
import java.util.Locale;

/**
 * Horizontal bar charts as inline SVG: one row per label, one or more series side by side (e.g. before and
 * after) or stacked (e.g. fund and district). Values below zero are drawn from the axis leftwards.
 */
final class BarChart {
  /** One series: a name for the legend, a colour and a value per row. */
  record Series(String name, String color, double[] values) {}

  private static final int LABEL_WIDTH = 250;
  private static final int BAR_AREA = 300;
  private static final int VALUE_WIDTH = 110;
  private static final int ROW = 18;

  private BarChart() {}

  static String grouped(String title, List<String> labels, List<Series> series, boolean money) {
    return draw(title, labels, series, money, false);
  }

  static String stacked(String title, List<String> labels, List<Series> series, boolean money) {
    return draw(title, labels, series, money, true);
  }

  private static String draw(String title, List<String> labels, List<Series> series, boolean money,
                             boolean stacked) {
    double max = 0;
    double min = 0;
    for (int i = 0; i < labels.size(); i++) {
      double pos = 0;
      double neg = 0;
      for (Series s : series) {
        double v = s.values()[i];
        if (stacked) {
          if (v > 0) {
            pos += v;
          } else {
            neg += v;
          }
        } else {
          pos = Math.max(pos, v);
          neg = Math.min(neg, v);
        }
      }
      max = Math.max(max, pos);
      min = Math.min(min, neg);
    }
    double span = max - min;
    if (span <= 0) {
      span = 1;
    }
    double zero = LABEL_WIDTH + BAR_AREA * (-min / span);
    int perRow = stacked ? 1 : series.size();
    int rowHeight = ROW * perRow + 6;
    int height = 26 + rowHeight * labels.size() + 22;
    int width = LABEL_WIDTH + BAR_AREA + VALUE_WIDTH;
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "<svg class=\"chart\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
        + "role=\"img\" aria-label=\"%s\">", width, height, width, height, Html.esc(title)));
    sb.append("<text x=\"0\" y=\"14\" class=\"ct\">").append(Html.esc(title)).append("</text>");
    for (int i = 0; i < labels.size(); i++) {
      int y0 = 26 + i * rowHeight;
      sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"cl\">%s</text>", LABEL_WIDTH - 6,
          y0 + rowHeight / 2 + 4, Html.esc(labels.get(i))));
      double posAt = zero;
      double negAt = zero;
      for (int k = 0; k < series.size(); k++) {
        Series s = series.get(k);
        double v = s.values()[i];
        double w = Math.abs(v) / span * BAR_AREA;
        double x;
        int y = stacked ? y0 : y0 + k * ROW;
        if (stacked) {
          x = v >= 0 ? posAt : negAt - w;
          if (v >= 0) {
            posAt += w;
          } else {
            negAt -= w;
          }
        } else {
          x = v >= 0 ? zero : zero - w;
        }
        sb.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\">"
            + "<title>%s: %s</title></rect>", x, y + 2, w, ROW - 4, s.color(), Html.esc(s.name()),
            Html.esc(value(v, money))));
        if (!stacked) {
          sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"cv\">%s</text>",
              LABEL_WIDTH + BAR_AREA + 4, y + ROW - 5, Html.esc(value(v, money))));
        }
      }
      if (stacked) {
        double total = 0;
        for (Series s : series) {
          total += s.values()[i];
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"cv\">%s</text>",
            LABEL_WIDTH + BAR_AREA + 4, y0 + ROW - 5, Html.esc(value(total, money))));
      }
    }
    sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"22\" x2=\"%.1f\" y2=\"%d\" class=\"axis\"/>", zero,
        zero, height - 20));
    int lx = LABEL_WIDTH;
    for (Series s : series) {
      sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"10\" height=\"10\" fill=\"%s\"/>"
          + "<text x=\"%d\" y=\"%d\" class=\"cg\">%s</text>", lx, height - 13, s.color(), lx + 14, height - 4,
          Html.esc(s.name())));
      lx += 24 + 7 * s.name().length();
    }
    sb.append("</svg>");
    return sb.toString();
  }

  private static String value(double v, boolean money) {
    return money ? Fmt.yuan(v) : Fmt.human(v, 0);
  }
}
