package dev.loopline.planner.network;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one line of the small CSV files Loopline writes and reads back itself (snapped stops, batch queries and
 * answers). Fields may be quoted with {@code "}, a doubled {@code ""} inside quotes is one quote; a field cannot span
 * lines. Not a general CSV reader: GTFS files go through the gtfs module's own tokenizer.
 */
public final class CsvFields {
  private CsvFields() {}

  /** The fields of {@code line}, unquoted; an empty line is one empty field. */
  public static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean q = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (q) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          sb.append('"');
          i++;
        } else if (c == '"') {
          q = false;
        } else {
          sb.append(c);
        }
      } else if (c == '"') {
        q = true;
      } else if (c == ',') {
        out.add(sb.toString());
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    out.add(sb.toString());
    return out;
  }
}
