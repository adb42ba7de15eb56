package dev.loopline.gtfs.read;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.model.GtfsFile;
import dev.loopline.gtfs.model.GtfsTime;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One CSV file bound to its header: column look-up by name, and typed field access that turns every bad value into
 * a notice naming file, line and field, and saying what happened to it. Getters for required values return a
 * sentinel ({@code null}, {@link #NO_INT}, NaN) after logging "row skipped", and the caller drops the row; getters
 * for optional values log "left empty" and return the empty value.
 */
final class Table {
  /** Returned by the int getters when a required value is missing or bad. */
  static final int NO_INT = Integer.MIN_VALUE;

  private static final String SKIPPED = "; row skipped";
  private static final String LEFT_EMPTY = "; left empty";

  final String file;
  final CsvTokenizer csv;
  private final NoticeLog log;
  private final List<String> header;
  private final Map<String, Integer> columns = new HashMap<>();
  private final int[] extraColumns;
  private final String[] extraNames;

  private Table(String file, CsvTokenizer csv, NoticeLog log, List<String> header, int[] extraColumns,
                String[] extraNames) {
    this.file = file;
    this.csv = csv;
    this.log = log;
    this.header = header;
    this.extraColumns = extraColumns;
    this.extraNames = extraNames;
    for (int i = 0; i < header.size(); i++) {
      if (!header.get(i).isEmpty()) {
        columns.put(header.get(i), i);
      }
    }
  }

  /**
   * Reads the header of a file. Returns {@code null} for a file without a header line (empty); throws when a
   * column appears twice.
   *
   * @param spec the file's description, or {@code null} for a file the model does not interpret
   */
  static Table open(String source, String file, TextEncoding.Text text, GtfsFile spec, NoticeLog log) {
    CsvTokenizer csv = new CsvTokenizer(file, text.bytes(), text.offset(), text.offset() + text.length(),
        text.charset());
    if (!csv.next()) {
      return null;
    }
    List<String> header = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int f = 0; f < csv.fieldCount(); f++) {
      String name = csv.string(f);
      name = name == null ? "" : name.replace("\uFEFF", "").trim();
      if (name.isEmpty()) {
        log.warning("empty_column_name", file, csv.line(), null,
            "column " + (f + 1) + " of the header has no name; its values are ignored");
      } else if (seen.containsKey(name)) {
        throw new GtfsException(source + ": " + file + ":" + csv.line() + " " + name
            + ": column appears twice in the header (columns " + (seen.get(name) + 1) + " and " + (f + 1) + ")");
      } else {
        seen.put(name, f);
      }
      header.add(name);
    }
    List<Integer> extraCols = new ArrayList<>();
    List<String> extraNames = new ArrayList<>();
    if (spec != null) {
      for (int f = 0; f < header.size(); f++) {
        String name = header.get(f);
        if (!name.isEmpty() && !spec.isStandardColumn(name) && seen.get(name) == f) {
          extraCols.add(f);
          extraNames.add(name);
        }
      }
    }
    return new Table(file, csv, log, List.copyOf(header), extraCols.stream().mapToInt(Integer::intValue).toArray(),
        extraNames.toArray(String[]::new));
  }

  /** The columns {@code spec} requires that the header lacks, in the reference's order. */
  List<String> missingColumns(GtfsFile spec) {
    return spec.columns().stream().filter(c -> spec.requiredColumns().contains(c) && !columns.containsKey(c))
        .toList();
  }

  /** Column names as in the header (trimmed), in file order; unnamed columns are empty strings. */
  List<String> header() {
    return header;
  }

  /** Index of a column, or -1 when the header lacks it. */
  int col(String name) {
    Integer i = columns.get(name);
    return i == null ? -1 : i;
  }

  /** Names of the columns the model does not know, in file order. */
  String[] extraNames() {
    return extraNames;
  }

  int[] extraColumns() {
    return extraColumns;
  }

  /** Advances to the next data row, noting rows whose length does not match the header. */
  boolean next() {
    if (!csv.next()) {
      return false;
    }
    int n = csv.fieldCount();
    if (n > header.size()) {
      boolean allEmpty = true;
      for (int f = header.size(); f < n; f++) {
        allEmpty &= csv.isEmpty(f);
      }
      if (!allEmpty) {
        log.warning("invalid_row_length", file, csv.line(), null,
            "row has " + n + " values but the header has " + header.size() + " columns; the extra values are ignored");
      }
    } else if (n < header.size()) {
      log.warning("invalid_row_length", file, csv.line(), null,
          "row has " + n + " values but the header has " + header.size() + " columns; the missing ones are read as "
              + "empty");
    }
    if (csv.strayAfterQuote()) {
      log.warning("stray_text_after_quote", file, csv.line(), null,
          "text between a closing quote and the next comma was dropped");
    }
    return true;
  }

  int line() {
    return csv.line();
  }

  String field(int col) {
    return col < 0 || col >= header.size() ? null : header.get(col);
  }

  /** Logs a row-level problem with this row's line and the column's name. */
  void error(String code, int col, String message) {
    log.error(code, file, csv.line(), field(col), message);
  }

  /** Logs a problem found after the row was read (e.g. a duplicate spotted once rows are sorted). */
  void errorAt(long line, String code, String field, String message) {
    log.error(code, file, line, field, message);
  }

  void warning(String code, int col, String message) {
    log.warning(code, file, csv.line(), field(col), message);
  }

  boolean isEmpty(int col) {
    return col < 0 || csv.isEmpty(col);
  }

  /** The trimmed value, or {@code null} when empty or the column is absent. */
  String text(int col) {
    return col < 0 ? null : csv.string(col);
  }

  /** The value from a pool of repeated ids (no new String per row), or {@code null} when empty. */
  String pooled(int col, IdPool pool) {
    if (col < 0) {
      return null;
    }
    int from = csv.from(col);
    int to = csv.to(col);
    if (to <= from) {
      return null;
    }
    return csv.escaped(col) ? csv.string(col) : pool.get(csv.bytes(), from, to);
  }

  /** {@link #pooled} for a required value; {@code null} (logged, row to be skipped) when empty. */
  String requiredPooled(int col, IdPool pool) {
    String s = pooled(col, pool);
    if (s == null) {
      error("missing_required_field", col, "required value is empty; row skipped");
    }
    return s;
  }

  /** A required value; {@code null} (logged, row to be skipped) when empty. */
  String required(int col) {
    String s = text(col);
    if (s == null) {
      error("missing_required_field", col, "required value is empty" + SKIPPED);
    }
    return s;
  }

  /** A required integer in {@code [min, max]}; {@link #NO_INT} (logged, row to be skipped) when empty or bad. */
  int requiredInt(int col, int min, int max) {
    if (isEmpty(col)) {
      error("missing_required_field", col, "required value is empty" + SKIPPED);
      return NO_INT;
    }
    long v = csv.parseLong(col);
    if (v == CsvTokenizer.BAD_LONG) {
      error("invalid_integer", col, "'" + csv.shown(col) + "' is not an integer" + SKIPPED);
      return NO_INT;
    }
    if (v < min || v > max) {
      error("number_out_of_range", col, "value " + v + " is outside [" + min + ", " + max + "]" + SKIPPED);
      return NO_INT;
    }
    return (int) v;
  }

  /** An optional integer in {@code [min, max]}; {@code null} when empty, or when bad (logged, left empty). */
  Integer optionalInt(int col, int min, int max) {
    int v = optionalIntOr(col, min, max, NO_INT);
    return v == NO_INT ? null : v;
  }

  /**
   * An optional enumeration value in {@code [min, max]}, or {@code missing} when empty. Values outside the range
   * are dropped with a WARNING (the spec may have grown; a reader cannot know what they mean).
   */
  int optionalIntOr(int col, int min, int max, int missing) {
    if (isEmpty(col)) {
      return missing;
    }
    long v = csv.parseLong(col);
    if (v == CsvTokenizer.BAD_LONG) {
      error("invalid_integer", col, "'" + csv.shown(col) + "' is not an integer" + LEFT_EMPTY);
      return missing;
    }
    if (v < min || v > max) {
      warning("unexpected_enum_value", col, "value " + v + " is outside [" + min + ", " + max + "]" + LEFT_EMPTY);
      return missing;
    }
    return (int) v;
  }

  /**
   * A latitude or longitude, NaN when empty. Out of range or not a number: logged; the row is to be skipped when
   * {@code required}, else the value is left empty.
   */
  double coordinate(int col, boolean latitude, boolean required) {
    String what = latitude ? "latitude" : "longitude";
    String outcome = required ? SKIPPED : LEFT_EMPTY;
    if (isEmpty(col)) {
      if (required) {
        error("missing_required_field", col, "required " + what + " is empty" + SKIPPED);
      }
      return Double.NaN;
    }
    double v = csv.parseDouble(col);
    if (Double.isNaN(v)) {
      error("invalid_float", col, "'" + csv.shown(col) + "' is not a number" + outcome);
      return Double.NaN;
    }
    double bound = latitude ? 90 : 180;
    if (v < -bound || v > bound) {
      error("coordinate_out_of_range", col, what + " " + csv.shown(col) + " is out of range [" + (int) -bound
          + ", " + (int) bound + "]" + outcome);
      return Double.NaN;
    }
    return v;
  }

  /** An optional non-negative decimal (distances); NaN when empty, or when bad (logged, left empty). */
  double optionalDistance(int col) {
    if (isEmpty(col)) {
      return Double.NaN;
    }
    double v = csv.parseDouble(col);
    if (Double.isNaN(v)) {
      error("invalid_float", col, "'" + csv.shown(col) + "' is not a number" + LEFT_EMPTY);
      return Double.NaN;
    }
    if (v < 0) {
      error("number_out_of_range", col, "distance " + csv.shown(col) + " is negative" + LEFT_EMPTY);
      return Double.NaN;
    }
    return v;
  }

  /** A required {@code YYYYMMDD} date; {@code null} (logged, row to be skipped) when empty or bad. */
  LocalDate requiredDate(int col) {
    if (isEmpty(col)) {
      error("missing_required_field", col, "required date is empty" + SKIPPED);
      return null;
    }
    return date(col, SKIPPED);
  }

  /** An optional {@code YYYYMMDD} date; {@code null} when empty, or when bad (logged, left empty). */
  LocalDate optionalDate(int col) {
    return isEmpty(col) ? null : date(col, LEFT_EMPTY);
  }

  private LocalDate date(int col, String outcome) {
    LocalDate d = csv.parseDate(col);
    if (d == null) {
      error("invalid_date", col, "'" + csv.shown(col) + "' is not a date (YYYYMMDD)" + outcome);
    }
    return d;
  }

  /** A required GTFS time; {@link #NO_INT} (logged, row to be skipped) when empty or bad. */
  int requiredTime(int col) {
    if (isEmpty(col)) {
      error("missing_required_field", col, "required time is empty" + SKIPPED);
      return NO_INT;
    }
    int t = csv.parseTime(col);
    if (t == CsvTokenizer.BAD_TIME) {
      error("invalid_time", col, "'" + csv.shown(col) + "' is not a GTFS time (H:MM:SS)" + SKIPPED);
      return NO_INT;
    }
    return t;
  }

  /** An optional GTFS time; {@link GtfsTime#MISSING} when empty, or when bad (logged, left empty). */
  int optionalTime(int col) {
    if (col < 0) {
      return GtfsTime.MISSING;
    }
    int t = csv.parseTime(col);
    if (t == CsvTokenizer.BAD_TIME) {
      error("invalid_time", col, "'" + csv.shown(col) + "' is not a GTFS time (H:MM:SS)" + LEFT_EMPTY);
      return GtfsTime.MISSING;
    }
    return t;
  }

  /** A required non-negative amount of money; {@code null} (logged, row to be skipped) when empty or bad. */
  BigDecimal requiredPrice(int col) {
    String s = required(col);
    if (s == null) {
      return null;
    }
    try {
      BigDecimal v = new BigDecimal(s);
      if (v.signum() >= 0) {
        return v;
      }
      error("number_out_of_range", col, "price " + s + " is negative" + SKIPPED);
    } catch (NumberFormatException e) {
      error("invalid_currency_amount", col, "'" + csv.shown(col) + "' is not a price" + SKIPPED);
    }
    return null;
  }

  /** An optional colour of six hex digits; {@code null} when empty, or when bad (logged, left empty). */
  String color(int col) {
    String s = text(col);
    if (s == null) {
      return null;
    }
    if (s.length() == 6) {
      boolean hex = true;
      for (int i = 0; i < 6; i++) {
        hex &= Character.digit(s.charAt(i), 16) >= 0;
      }
      if (hex) {
        return s;
      }
    }
    warning("invalid_color", col, "'" + csv.shown(col) + "' is not a colour (six hex digits, e.g. FF0000)"
        + LEFT_EMPTY);
    return null;
  }

  /** The non-empty values of the columns the model does not know, or an empty map (records copy it). */
  Map<String, String> extras() {
    if (extraColumns.length == 0) {
      return Map.of();
    }
    Map<String, String> m = null;
    for (int i = 0; i < extraColumns.length; i++) {
      String v = csv.string(extraColumns[i]);
      if (v != null) {
        if (m == null) {
          m = new TreeMap<>();
        }
        m.put(extraNames[i], v);
      }
    }
    return m == null ? Map.of() : m;
  }
}
