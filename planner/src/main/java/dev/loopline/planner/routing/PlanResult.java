package dev.loopline.planner.routing;

import java.util.List;

/**
 * The answer to a {@link TripRequest}: itineraries, best first, or the reason there are none. A failed plan is a
 * result, not an exception: batch work records the status and moves on.
 *
 * @param status      {@link PlanStatus#OK} when {@code itineraries} is not empty
 * @param message     for a failure, one sentence saying why (and what to change); null when OK
 * @param itineraries best first
 * @param request     the request answered
 * @param timeZone    the feed's time zone, which every time of the request and the itineraries is in
 */
public record PlanResult(PlanStatus status, String message, List<Itinerary> itineraries, TripRequest request,
                         java.time.ZoneId timeZone) {
  public PlanResult {
    itineraries = List.copyOf(itineraries);
    if ((status == PlanStatus.OK) == itineraries.isEmpty()) {
      throw new IllegalArgumentException("status OK exactly when there are itineraries: " + status);
    }
  }

  static PlanResult ok(List<Itinerary> itineraries, TripRequest request, java.time.ZoneId zone) {
    return new PlanResult(PlanStatus.OK, null, itineraries, request, zone);
  }

  static PlanResult failed(PlanStatus status, String message, TripRequest request, java.time.ZoneId zone) {
    return new PlanResult(status, message, List.of(), request, zone);
  }

  public boolean ok() {
    return status == PlanStatus.OK;
  }

  /** The itinerary arriving first (departing last among those, for ties), or null. */
  public Itinerary earliestArrival() {
    Itinerary best = null;
    for (Itinerary i : itineraries) {
      if (best == null || i.arrival().isBefore(best.arrival())
          || (i.arrival().equals(best.arrival()) && i.transfers() < best.transfers())) {
        best = i;
      }
    }
    return best;
  }
}
