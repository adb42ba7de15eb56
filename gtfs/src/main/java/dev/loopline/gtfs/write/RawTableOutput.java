package dev.loopline.gtfs.write;

import dev.loopline.gtfs.model.RawTable;
import java.io.IOException;

/** A file the model does not interpret, written back as it was read: same header, same rows, same order. */
final class RawTableOutput implements TableOutput {
  private final RawTable table;

  RawTableOutput(RawTable table) {
    this.table = table;
  }

  @Override
  public String fileName() {
    return table.fileName();
  }

  @Override
  public void write(CsvOut out) throws IOException {
    out.line(table.header());
    for (var row : table.rows()) {
      out.line(row);
    }
  }
}
