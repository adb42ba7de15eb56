package dev.loopline.planner.routing;

import dev.loopline.gtfs.model.FareAttribute;
import dev.loopline.gtfs.model.FareRule;
import dev.loopline.gtfs.model.Feed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prices rides with GTFS fares v1 ({@code fare_attributes.txt} + {@code fare_rules.txt}).
 *
 * <p>A fare (fare attribute) covers a run of consecutive rides when its rules allow them all: every ride's route
 * is one of the fare's routes (if it names any); the zone of the first boarding and the zone of the last alighting
 * form one of its origin/destination pairs (if it names any; an empty side matches any zone); the zones passed
 * through are exactly its "contains" zones (if it names any); the number of transfers inside the run is within its
 * {@code transfers} allowance (empty = unlimited) and the last boarding is within {@code transfer_duration} of the
 * first (if set); and the rides are operated by its agency (if set). A fare with no rules covers any ride of its
 * agency (in a feed with several agencies, a fare with neither rules nor agency covers nothing). The
 * itinerary's price is the cheapest way to split its rides into covered runs (dynamic programming over the
 * rides). No price is given when some ride is not covered by any fare or the fares mix currencies.
 */
public final class FareCalculator {
  /**
   * A ride as the fare rules see it.
   *
   * @param routeId       GTFS route id
   * @param agencyId      the route's agency id (may be null in single-agency feeds)
   * @param zones         zone_id of every stop from boarding to alighting (null entries for stops without zone)
   * @param boardSeconds  boarding time (any consistent clock, seconds)
   */
  public record Ride(String routeId, String agencyId, List<String> zones, long boardSeconds) {}

  private record Rules(Set<String> routes, List<String[]> odPairs, Set<String> contains, boolean any) {}

  private final List<FareAttribute> fares;
  private final boolean multiAgency;
  private final Map<String, Rules> rules = new HashMap<>();

  public FareCalculator(Feed feed) {
    this.fares = feed.fareAttributes();
    this.multiAgency = feed.agencies().size() > 1;
    Map<String, List<FareRule>> byFare = new HashMap<>();
    for (FareRule r : feed.fareRules()) {
      byFare.computeIfAbsent(r.fareId(), k -> new ArrayList<>()).add(r);
    }
    for (FareAttribute f : fares) {
      List<FareRule> list = byFare.getOrDefault(f.fareId(), List.of());
      Set<String> routes = new HashSet<>();
      List<String[]> od = new ArrayList<>();
      Set<String> contains = new HashSet<>();
      for (FareRule r : list) {
        if (r.routeId() != null) {
          routes.add(r.routeId());
        }
        if (r.originId() != null || r.destinationId() != null) {
          od.add(new String[] {r.originId(), r.destinationId()});
        }
        if (r.containsId() != null) {
          contains.add(r.containsId());
        }
      }
      rules.put(f.fareId(), new Rules(routes, od, contains, list.isEmpty()));
    }
  }

  /** True when the feed defines fares at all. */
  public boolean hasFares() {
    return !fares.isEmpty();
  }

  /** The cheapest price of the rides, or empty when they cannot be priced. An empty ride list costs nothing. */
  public Optional<Fare> price(List<Ride> rides) {
    if (fares.isEmpty()) {
      return Optional.empty();
    }
    int n = rides.size();
    if (n == 0) {
      return Optional.of(new Fare(BigDecimal.ZERO, fares.get(0).currencyType()));
    }
    BigDecimal[] best = new BigDecimal[n + 1];
    String[] currency = new String[n + 1];
    best[n] = BigDecimal.ZERO;
    for (int i = n - 1; i >= 0; i--) {
      for (int j = i + 1; j <= n; j++) {
        if (best[j] == null) {
          continue;
        }
        FareAttribute f = cheapest(rides.subList(i, j));
        if (f == null) {
          continue;
        }
        if (currency[j] != null && !currency[j].equals(f.currencyType())) {
          continue;
        }
        BigDecimal total = best[j].add(f.price());
        if (best[i] == null || total.compareTo(best[i]) < 0) {
          best[i] = total;
          currency[i] = f.currencyType();
        }
      }
    }
    return best[0] == null ? Optional.empty() : Optional.of(new Fare(best[0], currency[0]));
  }

  private FareAttribute cheapest(List<Ride> run) {
    FareAttribute best = null;
    for (FareAttribute f : fares) {
      if (covers(f, run) && (best == null || f.price().compareTo(best.price()) < 0)) {
        best = f;
      }
    }
    return best;
  }

  private boolean covers(FareAttribute f, List<Ride> run) {
    int transfers = run.size() - 1;
    if (f.transfers() != null && transfers > f.transfers()) {
      return false;
    }
    if (f.transferDuration() != null && run.size() > 1
        && run.get(run.size() - 1).boardSeconds() - run.get(0).boardSeconds() > f.transferDuration()) {
      return false;
    }
    for (Ride r : run) {
      if (f.agencyId() != null && r.agencyId() != null && !f.agencyId().equals(r.agencyId())) {
        return false;
      }
    }
    Rules rule = rules.get(f.fareId());
    if (rule.any()) {
      // Without rules and without an agency, a fare of a multi-agency feed could be anyone's: do not guess.
      return f.agencyId() != null || !multiAgency;
    }
    if (!rule.routes().isEmpty()) {
      for (Ride r : run) {
        if (!rule.routes().contains(r.routeId())) {
          return false;
        }
      }
    }
    if (!rule.odPairs().isEmpty()) {
      List<String> first = run.get(0).zones();
      List<String> last = run.get(run.size() - 1).zones();
      String origin = first.isEmpty() ? null : first.get(0);
      String destination = last.isEmpty() ? null : last.get(last.size() - 1);
      boolean match = false;
      for (String[] od : rule.odPairs()) {
        if ((od[0] == null || od[0].equals(origin)) && (od[1] == null || od[1].equals(destination))) {
          match = true;
          break;
        }
      }
      if (!match) {
        return false;
      }
    }
    if (!rule.contains().isEmpty()) {
      Set<String> zones = new LinkedHashSet<>();
      for (Ride r : run) {
        for (String z : r.zones()) {
          if (z != null) {
            zones.add(z);
          }
        }
      }
      return zones.equals(rule.contains());
    }
    return true;
  }
}
