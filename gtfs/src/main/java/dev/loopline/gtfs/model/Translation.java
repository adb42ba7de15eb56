package dev.loopline.gtfs.model;

import java.util.Map;

/** One row of {@code translations.txt}: e.g. the English name of a Chinese stop name. */
public record Translation(String tableName, String fieldName, String language, String translation,
                          String recordId, String recordSubId, String fieldValue, Map<String, String> extras) {
  public Translation {
    extras = Extras.copy(extras);
  }
}
