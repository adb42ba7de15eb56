package dev.loopline.gtfs.model;

import java.time.LocalDate;
import java.util.Map;

/** The single row of {@code feed_info.txt}. */
public record FeedInfo(String publisherName, String publisherUrl, String lang, String defaultLang,
                       LocalDate startDate, LocalDate endDate, String version, String contactEmail,
                       String contactUrl, Map<String, String> extras) {
  public FeedInfo {
    extras = Extras.copy(extras);
  }
}
