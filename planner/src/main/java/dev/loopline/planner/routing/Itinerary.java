package dev.loopline.planner.routing;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One way to make the trip, door to door.
 *
 * @param legs            walks and rides in order
 * @param transfers       changes of vehicle (rides − 1; 0 for a walk-only itinerary)
 * @param walkMeters      total walking distance
 * @param fare            total fare when the feed has fares that cover every ride
 * @param districts       the districts passed through, in order of first visit
 * @param generalizedCost Raptor's generalized cost in seconds (walking and waiting weighted), for ranking
 */
public record Itinerary(List<Leg> legs, int transfers, double walkMeters, Optional<Fare> fare,
                        List<DistrictName> districts, int generalizedCost) {
  public Itinerary {
    legs = List.copyOf(legs);
    districts = List.copyOf(districts);
    if (legs.isEmpty()) {
      throw new IllegalArgumentException("an itinerary has at least one leg");
    }
  }

  public LocalDateTime departure() {
    return legs.get(0).from().time();
  }

  public LocalDateTime arrival() {
    return legs.get(legs.size() - 1).to().time();
  }

  public Duration duration() {
    return Duration.between(departure(), arrival());
  }

  public boolean walkOnly() {
    return legs.stream().noneMatch(Leg::isTransit);
  }

  /** Time spent waiting at stops (the gaps between legs). */
  public Duration waiting() {
    Duration d = Duration.ZERO;
    for (int i = 1; i < legs.size(); i++) {
      d = d.plus(Duration.between(legs.get(i - 1).to().time(), legs.get(i).from().time()));
    }
    return d;
  }

  Itinerary withDistricts(List<DistrictName> names) {
    return new Itinerary(legs, transfers, walkMeters, fare, names, generalizedCost);
  }
}
