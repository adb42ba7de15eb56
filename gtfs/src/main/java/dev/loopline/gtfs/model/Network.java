package dev.loopline.gtfs.model;

import java.util.Map;

/** One row of {@code networks.txt}: the brand under which several operators' routes are sold. */
public record Network(String id, String name, Map<String, String> extras) {
  public Network {
    extras = Extras.copy(extras);
  }
}
