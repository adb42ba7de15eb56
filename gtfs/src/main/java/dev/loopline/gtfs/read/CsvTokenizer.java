package dev.loopline.gtfs.read;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.model.GtfsTime;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Splits CSV bytes into records and fields without building a String per line: a record is a list of
 * {@code [start, end)} ranges into the file's byte array, and numbers and times are parsed straight from those
 * bytes. Strings are made only for the fields a caller asks for.
 *
 * <p>RFC 4180 with the leniency real feeds need: LF, CRLF or lone CR line ends; quoted fields with doubled quotes,
 * commas and line breaks; blank lines skipped; values trimmed of spaces and tabs. Text after a closing quote up to
 * the next delimiter is dropped and flagged ({@link #strayAfterQuote()}). An unterminated quote swallows the rest of
 * the file, so it is fatal. Line numbers are 1-based and count the line breaks inside quoted fields.
 */
final class CsvTokenizer {
  /** {@link #parseTime} result for text that is not a GTFS time. */
  static final int BAD_TIME = -2;
  /** {@link #parseLong} result for text that is not an integer (or does not fit 18 digits). */
  static final long BAD_LONG = Long.MIN_VALUE;

  private static final double[] POWERS_OF_TEN = {
      1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
      1e20, 1e21, 1e22};

  /** The bytes that end an unquoted field: one table load per byte instead of three compares. */
  private static final boolean[] DELIMITER = new boolean[256];

  static {
    DELIMITER[','] = true;
    DELIMITER['\n'] = true;
    DELIMITER['\r'] = true;
  }

  private final String file;
  private final byte[] buf;
  private final int limit;
  private final Charset charset;
  private int pos;
  private int nextLine = 1;
  private int line;
  private int count;
  private int[] start = new int[32];
  private int[] end = new int[32];
  private boolean[] escaped = new boolean[32];
  private boolean stray;
  private int lastDateKey = -1;
  private LocalDate lastDate;

  CsvTokenizer(String file, byte[] buf, int from, int to, Charset charset) {
    this.file = file;
    this.buf = buf;
    this.pos = from;
    this.limit = to;
    this.charset = charset;
  }

  /** Moves to the next non-blank record; false at the end of the file. */
  boolean next() {
    while (pos < limit) {
      if (readRecord()) {
        return true;
      }
    }
    count = 0;
    return false;
  }

  private boolean readRecord() {
    line = nextLine;
    count = 0;
    stray = false;
    boolean anyQuoted = false;
    while (true) {
      if (count == start.length) {
        start = Arrays.copyOf(start, count * 2);
        end = Arrays.copyOf(end, count * 2);
        escaped = Arrays.copyOf(escaped, count * 2);
      }
      int s = pos;
      int e;
      boolean esc = false;
      if (pos < limit && buf[pos] == '"') {
        anyQuoted = true;
        int quoteLine = nextLine;
        s = ++pos;
        while (true) {
          if (pos >= limit) {
            throw new GtfsException(file + ":" + quoteLine + ": quoted field is never closed (a stray '\"'); "
                + "the rest of the file cannot be split into rows");
          }
          byte b = buf[pos];
          if (b == '"') {
            if (pos + 1 < limit && buf[pos + 1] == '"') {
              esc = true;
              pos += 2;
              continue;
            }
            e = pos++;
            break;
          }
          if (b == '\n' || (b == '\r' && (pos + 1 >= limit || buf[pos + 1] != '\n'))) {
            nextLine++;
          }
          pos++;
        }
        while (pos < limit) {
          byte b = buf[pos];
          if (b == ',' || b == '\n' || b == '\r') {
            break;
          }
          if (b != ' ' && b != '\t') {
            stray = true;
          }
          pos++;
        }
      } else {
        byte[] a = buf;
        int p = pos;
        int lim = limit;
        while (p < lim && !DELIMITER[a[p] & 0xff]) {
          p++;
        }
        pos = p;
        e = p;
      }
      // Trim blanks once here, so that every later access is two array loads.
      while (s < e && (buf[s] == ' ' || buf[s] == '\t')) {
        s++;
      }
      while (e > s && (buf[e - 1] == ' ' || buf[e - 1] == '\t')) {
        e--;
      }
      start[count] = s;
      end[count] = e;
      escaped[count] = esc;
      count++;
      if (pos >= limit) {
        break;
      }
      byte b = buf[pos++];
      if (b == ',') {
        continue;
      }
      if (b == '\r' && pos < limit && buf[pos] == '\n') {
        pos++;
      }
      nextLine++;
      break;
    }
    return anyQuoted || count > 1 || end[0] > start[0];
  }

  /** The 1-based line the current record starts on. */
  int line() {
    return line;
  }

  int fieldCount() {
    return count;
  }

  /** Whether a quoted field of the current record was followed by text before the delimiter (it was dropped). */
  boolean strayAfterQuote() {
    return stray;
  }

  byte[] bytes() {
    return buf;
  }

  Charset charset() {
    return charset;
  }

  /** Start of field {@code f} (blanks trimmed); fields past the end of the record are empty. */
  int from(int f) {
    return f < 0 || f >= count ? 0 : start[f];
  }

  /** End of field {@code f} (blanks trimmed). */
  int to(int f) {
    return f < 0 || f >= count ? 0 : end[f];
  }

  /** Whether the field holds doubled quotes that {@link #string} must collapse. */
  boolean escaped(int f) {
    return f >= 0 && f < count && escaped[f];
  }

  boolean isEmpty(int f) {
    return to(f) <= from(f);
  }

  /** The trimmed text of a field, or {@code null} when it is empty or absent. */
  String string(int f) {
    int s = from(f);
    int e = to(f);
    if (e <= s) {
      return null;
    }
    if (!escaped(f)) {
      return new String(buf, s, e - s, charset);
    }
    byte[] out = new byte[e - s];
    int n = 0;
    for (int i = s; i < e; i++) {
      out[n++] = buf[i];
      if (buf[i] == '"' && i + 1 < e && buf[i + 1] == '"') {
        i++;
      }
    }
    return new String(out, 0, n, charset);
  }

  /** The raw field text for messages: at most 40 characters. */
  String shown(int f) {
    String s = string(f);
    if (s == null) {
      return "";
    }
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  /** An optionally signed decimal integer of up to 18 digits, or {@link #BAD_LONG}. Call only on non-empty fields. */
  long parseLong(int f) {
    int s = from(f);
    int e = to(f);
    boolean negative = false;
    if (s < e && (buf[s] == '-' || buf[s] == '+')) {
      negative = buf[s] == '-';
      s++;
    }
    if (s >= e || e - s > 18) {
      return BAD_LONG;
    }
    long v = 0;
    for (int i = s; i < e; i++) {
      int d = buf[i] - '0';
      if (d < 0 || d > 9) {
        return BAD_LONG;
      }
      v = v * 10 + d;
    }
    return negative ? -v : v;
  }

  /**
   * A GTFS time {@code H:MM:SS} (hours may pass 23) as seconds, {@link GtfsTime#MISSING} when empty, or
   * {@link #BAD_TIME}. Same grammar as {@link GtfsTime#parse}, without making a String.
   */
  int parseTime(int f) {
    int s = from(f);
    int e = to(f);
    if (e <= s) {
      return GtfsTime.MISSING;
    }
    int n = e - s;
    int c1 = n - 6;
    if (c1 < 1 || c1 > 3 || buf[s + c1] != ':' || buf[s + c1 + 3] != ':') {
      return BAD_TIME;
    }
    int h = 0;
    for (int i = s; i < s + c1; i++) {
      int d = buf[i] - '0';
      if (d < 0 || d > 9) {
        return BAD_TIME;
      }
      h = h * 10 + d;
    }
    int m = twoDigits(s + c1 + 1);
    int sec = twoDigits(s + c1 + 4);
    if (m < 0 || sec < 0 || m > 59 || sec > 59) {
      return BAD_TIME;
    }
    return h * 3600 + m * 60 + sec;
  }

  private int twoDigits(int i) {
    int a = buf[i] - '0';
    int b = buf[i + 1] - '0';
    if (a < 0 || a > 9 || b < 0 || b > 9) {
      return -1;
    }
    return a * 10 + b;
  }

  /**
   * A finite decimal number, or NaN when the text is not one (NaN, Infinity, hex and Java's suffixes are refused).
   * Call only on non-empty fields. Plain decimals of up to 15 significant digits take an exact fast path (an
   * integer mantissa divided by an exact power of ten rounds correctly); anything else goes to the JDK.
   */
  double parseDouble(int f) {
    int s = from(f);
    int e = to(f);
    int i = s;
    boolean negative = false;
    if (i < e && (buf[i] == '-' || buf[i] == '+')) {
      negative = buf[i] == '-';
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int fraction = -1;
    boolean fast = i < e;
    for (; i < e; i++) {
      byte b = buf[i];
      if (b >= '0' && b <= '9') {
        if (mantissa != 0 || b != '0') {
          digits++;
        }
        mantissa = mantissa * 10 + (b - '0');
        if (fraction >= 0) {
          fraction++;
        }
      } else if (b == '.' && fraction < 0) {
        fraction = 0;
      } else {
        fast = false;
        break;
      }
    }
    if (fast && digits <= 15 && fraction <= 22 && (fraction != 0) && e - s > (negative || buf[s] == '+' ? 1 : 0)) {
      double v = fraction > 0 ? mantissa / POWERS_OF_TEN[fraction] : mantissa;
      return negative ? -v : v;
    }
    return slowDouble(s, e);
  }

  private double slowDouble(int s, int e) {
    boolean digit = false;
    for (int i = s; i < e; i++) {
      byte b = buf[i];
      if (b >= '0' && b <= '9') {
        digit = true;
      } else if (b != '.' && b != '-' && b != '+' && b != 'e' && b != 'E') {
        return Double.NaN;
      }
    }
    if (!digit) {
      return Double.NaN;
    }
    try {
      double v = Double.parseDouble(new String(buf, s, e - s, StandardCharsets.ISO_8859_1));
      return Double.isFinite(v) ? v : Double.NaN;
    } catch (NumberFormatException ex) {
      return Double.NaN;
    }
  }

  /** A {@code YYYYMMDD} date, or {@code null} when the text is not a valid date. Call only on non-empty fields. */
  LocalDate parseDate(int f) {
    int s = from(f);
    int e = to(f);
    if (e - s != 8) {
      return null;
    }
    int key = 0;
    for (int i = s; i < e; i++) {
      int d = buf[i] - '0';
      if (d < 0 || d > 9) {
        return null;
      }
      key = key * 10 + d;
    }
    if (key == lastDateKey) {
      return lastDate;
    }
    try {
      LocalDate date = LocalDate.of(key / 10000, key / 100 % 100, key % 100);
      lastDateKey = key;
      lastDate = date;
      return date;
    } catch (DateTimeException ex) {
      return null;
    }
  }
}
