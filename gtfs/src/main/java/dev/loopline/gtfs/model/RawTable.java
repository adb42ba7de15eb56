package dev.loopline.gtfs.model;

import java.util.List;

/**
 * A file the model does not interpret (levels, pathways, attributions, ...), carried through unchanged:
 * its header and its rows as text.
 */
public record RawTable(String fileName, List<String> header, List<List<String>> rows) {
  public RawTable {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }
}
