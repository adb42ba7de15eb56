package dev.loopline.gtfs.write;

import dev.loopline.gtfs.model.GtfsFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A file made of records: sorted by the file's primary key, the standard columns that are required or have a value
 * in some row (in the reference's order), then every extra column any row carries (by name). Writing only used
 * columns keeps output minimal; the fixed orders keep it deterministic.
 */
final class RecordTable<T> implements TableOutput {
  private final GtfsFile spec;
  private final List<T> rows;
  private final Function<T, String[]> standard;
  private final Function<T, Map<String, String>> extras;

  /**
   * @param standard the row's values for {@code spec.columns()}, in that order ({@code null} for empty)
   */
  RecordTable(GtfsFile spec, List<T> rows, Comparator<? super T> order, Function<T, String[]> standard,
              Function<T, Map<String, String>> extras) {
    this.spec = spec;
    List<T> sorted = new ArrayList<>(rows);
    sorted.sort(order);
    this.rows = sorted;
    this.standard = standard;
    this.extras = extras;
  }

  @Override
  public String fileName() {
    return spec.fileName();
  }

  @Override
  public void write(CsvOut out) throws IOException {
    List<String> columns = spec.columns();
    List<String[]> values = new ArrayList<>(rows.size());
    boolean[] used = new boolean[columns.size()];
    for (int c = 0; c < used.length; c++) {
      used[c] = spec.requiredColumns().contains(columns.get(c));
    }
    TreeSet<String> extraColumns = new TreeSet<>();
    for (T row : rows) {
      String[] v = standard.apply(row);
      if (v.length != columns.size()) {
        throw new IllegalStateException(spec.fileName() + ": " + v.length + " values for " + columns.size()
            + " columns");
      }
      for (int c = 0; c < v.length; c++) {
        used[c] |= v[c] != null && !v[c].isEmpty();
      }
      values.add(v);
      extraColumns.addAll(extras.apply(row).keySet());
    }
    extraColumns.removeIf(spec::isStandardColumn);
    List<String> header = new ArrayList<>();
    for (int c = 0; c < used.length; c++) {
      if (used[c]) {
        header.add(columns.get(c));
      }
    }
    header.addAll(extraColumns);
    out.line(header);
    for (int r = 0; r < rows.size(); r++) {
      String[] v = values.get(r);
      for (int c = 0; c < v.length; c++) {
        if (used[c]) {
          out.value(v[c]);
        }
      }
      Map<String, String> ex = extras.apply(rows.get(r));
      for (String column : extraColumns) {
        out.value(ex.get(column));
      }
      out.endLine();
    }
  }
}
