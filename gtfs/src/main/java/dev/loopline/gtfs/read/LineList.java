package dev.loopline.gtfs.read;

import java.util.Arrays;

/** A growable list of source lines, parallel to one file's entity list: no boxing for a million shape points. */
final class LineList {
  private int[] lines = new int[64];
  private int size;

  void add(int line) {
    if (size == lines.length) {
      lines = Arrays.copyOf(lines, size * 2);
    }
    lines[size++] = line;
  }

  int[] toArray() {
    return Arrays.copyOf(lines, size);
  }
}
