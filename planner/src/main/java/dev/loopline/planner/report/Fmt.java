package dev.loopline.planner.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Fixed number formatting for reports, independent of the machine's locale. */
final class Fmt {
  private Fmt() {}

  /** A value rounded half-up to {@code decimals} places, or {@code null} when not finite (written as JSON null). */
  static BigDecimal round(double v, int decimals) {
    if (!Double.isFinite(v)) {
      return null;
    }
    BigDecimal b = new BigDecimal(Double.toString(v)).setScale(decimals, RoundingMode.HALF_UP);
    return b.signum() == 0 ? BigDecimal.ZERO.setScale(decimals) : b;
  }

  /** Plain text with fixed decimals ("" for a missing value). */
  static String plain(Double v, int decimals) {
    if (v == null || !Double.isFinite(v)) {
      return "";
    }
    return round(v, decimals).toPlainString();
  }

  /** Grouped thousands for people reading tables: 1,234,567 or 12.5 (decimals given). */
  static String human(Double v, int decimals) {
    if (v == null || !Double.isFinite(v)) {
      return "–";
    }
    return String.format(Locale.ROOT, "%,." + decimals + "f", round(v, decimals).doubleValue());
  }

  /** A share as a percentage with one decimal. */
  static String percent(double share) {
    return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f%%", round(share * 100, 1).doubleValue()) : "–";
  }

  /** Yuan, rounded to whole yuan, grouped: ¥1,234,567. */
  static String yuan(Double v) {
    return v == null || !Double.isFinite(v) ? "–" : "¥" + human(v, 0);
  }
}
