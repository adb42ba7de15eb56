package dev.loopline.gtfs.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The one reader of the small CSV files that are not GTFS (population grids, batch queries, the network's own
 * tables): a header line, comma-separated values, double quotes around values that hold commas ({@code ""} inside
 * quotes is one quote), one record per line. Every row keeps its line number so that an error can point at it. GTFS
 * files go through the gtfs reader's own tokenizer, which is built for their size.
 *
 * @param header the header's names, trimmed and in lower case; empty for an empty file
 * @param rows   the non-blank lines after the header
 */
public record CsvFile(List<String> header, List<Row> rows) {

  /** One line of values and where it is (1-based; the header is line 1). */
  public record Row(int line, List<String> values) {}

  /** A line whose quotes do not close. */
  public static final class UnterminatedQuoteException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    UnterminatedQuoteException(int line) {
      super("unterminated quoted value");
      this.line = line;
    }

    /** The line, 1-based. */
    public int line() {
      return line;
    }
  }

  public CsvFile {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /**
   * Reads a UTF-8 file (a byte-order mark is skipped).
   *
   * @throws IOException                 when the file cannot be read, including
   *                                     {@link java.nio.charset.MalformedInputException} for text that is not UTF-8
   * @throws UnterminatedQuoteException  for a line whose quotes do not close
   */
  public static CsvFile read(Path file) throws IOException {
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int n = 0;
      for (String line; (line = r.readLine()) != null; ) {
        n++;
        if (header == null) {
          if (line.startsWith("\uFEFF")) {
            line = line.substring(1);
          }
          header = split(line, n).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        } else if (!line.isBlank()) {
          rows.add(new Row(n, split(line, n)));
        }
      }
    }
    return new CsvFile(header == null ? List.of() : header, rows);
  }

  /** True when the file had no header line at all. */
  public boolean empty() {
    return header.isEmpty();
  }

  /** Index of a column by name (case-insensitive, the first of equal names), or -1. */
  public int column(String name) {
    return header.indexOf(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The values of one line, unquoted; an empty line is one empty value. A quote left open runs to the end of the
   * line (for files Loopline wrote itself; {@link #read} refuses such a line).
   */
  public static List<String> split(String line) {
    return split(line, 0);
  }

  private static List<String> split(String line, int lineNo) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (quoted && lineNo > 0) {
      throw new UnterminatedQuoteException(lineNo);
    }
    out.add(cur.toString());
    return out;
  }
}
