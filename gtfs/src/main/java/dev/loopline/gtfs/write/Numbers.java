package dev.loopline.gtfs.write;

import java.math.BigDecimal;

/**
 * Number formats that make output deterministic and readable: never exponent notation, no trailing zeros, and
 * coordinates rounded to 7 decimals (about 1 cm), which is finer than any stop is placed and stable under a
 * read-write-read cycle.
 */
final class Numbers {
  private static final long[] POW10 = {1, 10, 100, 1000, 10_000, 100_000, 1_000_000, 10_000_000};

  private Numbers() {}

  /** Coordinates are written as this many decimals, trailing zeros dropped. */
  static final int COORDINATE_DECIMALS = 7;

  /** A latitude or longitude with at most 7 decimals; empty for NaN. */
  static String coordinate(double degrees) {
    if (Double.isNaN(degrees)) {
      return "";
    }
    return fixed(scaledCoordinate(degrees), COORDINATE_DECIMALS);
  }

  /** The coordinate in units of 1e-7 degree, rounded half up. */
  static long scaledCoordinate(double degrees) {
    return Math.round(degrees * 1e7);
  }

  /** A non-integer quantity (distances) in its shortest exact decimal form; empty for NaN. */
  static String decimal(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    if (Double.isInfinite(value)) {
      throw new IllegalArgumentException("not a finite number: " + value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  static long pow10(int decimals) {
    return POW10[decimals];
  }

  /** {@code scaled / 10^decimals} written with trailing zeros dropped. */
  static String fixed(long scaled, int decimals) {
    if (scaled == 0) {
      return "0";
    }
    StringBuilder sb = new StringBuilder(16);
    long abs = scaled;
    if (scaled < 0) {
      sb.append('-');
      abs = -scaled;
    }
    long unit = POW10[decimals];
    sb.append(abs / unit);
    long frac = abs % unit;
    if (frac != 0) {
      int digits = decimals;
      while (frac % 10 == 0) {
        frac /= 10;
        digits--;
      }
      sb.append('.');
      String f = Long.toString(frac);
      for (int i = f.length(); i < digits; i++) {
        sb.append('0');
      }
      sb.append(f);
    }
    return sb.toString();
  }
}
