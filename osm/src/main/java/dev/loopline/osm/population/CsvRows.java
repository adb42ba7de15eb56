package dev.loopline.osm.population;

import dev.loopline.osm.StreetInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal CSV reader for grid files: a header, comma-separated values, double quotes around values that contain
 * commas. Each row keeps its line number so that errors can point at it.
 */
final class CsvRows {
  record Row(int line, List<String> values) {}

  final List<String> header;
  final List<Row> rows;

  private CsvRows(List<String> header, List<Row> rows) {
    this.header = header;
    this.rows = rows;
  }

  static CsvRows read(Path file) {
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
          header = split(file, n, line).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
          continue;
        }
        if (!line.isBlank()) {
          rows.add(new Row(n, split(file, n, line)));
        }
      }
    } catch (NoSuchFileException e) {
      throw new StreetInputException(file, "file not found", e);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new StreetInputException(file, "is not UTF-8 text", e);
    } catch (IOException e) {
      throw new StreetInputException(file, "cannot read: " + e.getMessage(), e);
    }
    if (header == null) {
      throw new StreetInputException(file, "file is empty (expected a header line)");
    }
    return new CsvRows(header, rows);
  }

  /** Index of a column by name (case-insensitive), or -1. */
  int column(String name) {
    return header.indexOf(name.toLowerCase(Locale.ROOT));
  }

  private static List<String> split(Path file, int lineNo, String line) {
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
    if (quoted) {
      throw new StreetInputException(file, lineNo, null, "unterminated quoted value");
    }
    out.add(cur.toString());
    return out;
  }
}
