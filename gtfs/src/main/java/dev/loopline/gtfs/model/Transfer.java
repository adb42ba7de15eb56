package dev.loopline.gtfs.model;

import java.util.Map;

/** One row of {@code transfers.txt}. {@code minTransferTime} is {@code null} when empty. */
public record Transfer(String fromStopId, String toStopId, String fromRouteId, String toRouteId,
                       String fromTripId, String toTripId, int transferType, Integer minTransferTime,
                       Map<String, String> extras) {
  public static final int RECOMMENDED = 0;
  public static final int TIMED = 1;
  public static final int MIN_TIME = 2;
  public static final int NOT_POSSIBLE = 3;

  public Transfer {
    extras = Extras.copy(extras);
  }
}
