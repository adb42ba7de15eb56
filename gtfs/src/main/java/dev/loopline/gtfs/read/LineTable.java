package dev.loopline.gtfs.read;

import java.util.Map;

/** {@link SourceLines} backed by one array of lines per file, parallel to the feed's entity lists. */
record LineTable(Map<String, int[]> byFile) implements SourceLines {
  LineTable {
    byFile = Map.copyOf(byFile);
  }

  @Override
  public long line(String fileName, int index) {
    int[] lines = byFile.get(fileName);
    return lines == null || index < 0 || index >= lines.length ? 0 : lines[index];
  }
}
