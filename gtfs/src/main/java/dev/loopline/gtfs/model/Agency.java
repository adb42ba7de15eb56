package dev.loopline.gtfs.model;

import java.util.Map;

/** One row of {@code agency.txt}: an operator. In Loopline each district's bus company is one agency. */
public record Agency(String id, String name, String url, String timezone, String lang, String phone,
                     String fareUrl, String email, Map<String, String> extras) {
  public Agency {
    extras = Extras.copy(extras);
  }
}
