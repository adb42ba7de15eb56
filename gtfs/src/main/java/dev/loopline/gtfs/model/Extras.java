package dev.loopline.gtfs.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Columns a file carries that the model does not know. They are kept so that a feed survives a read/write
 * round trip; the writer emits them after the known columns, sorted by name, so output stays deterministic.
 */
public final class Extras {
  private Extras() {}

  /** An immutable, name-sorted copy; {@code null} or empty gives the shared empty map. */
  public static Map<String, String> copy(Map<String, String> extras) {
    if (extras == null || extras.isEmpty()) {
      return Map.of();
    }
    return Collections.unmodifiableSortedMap(new TreeMap<>(extras));
  }
}
