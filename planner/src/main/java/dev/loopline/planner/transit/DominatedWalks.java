package dev.loopline.planner.transit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Removes the access and egress walks that no multi-criteria path can need, before Raptor sees them. With walks of up
 * to 45 minutes a point reaches hundreds of stops, most of them along the same few routes, and every one of them
 * gives Raptor more arrivals to compare in every minute of the window.
 *
 * <p>An access walk to stop <i>s</i> is only ever used to board a vehicle at <i>s</i> (Raptor neither walks on from
 * an access walk nor ends a trip there). It is <em>dominated</em> on a pattern when another access walk reaches a stop
 * <i>s'</i> earlier in that pattern, where boarding is allowed, so much sooner that every trip of the pattern
 * catchable at <i>s</i> is catchable at <i>s'</i>: walk(<i>s'</i>) + the longest time any trip takes from
 * <i>s'</i> to <i>s</i> ≤ walk(<i>s</i>); and the way through <i>s'</i> is cheaper (walking cost of <i>s'</i> plus
 * riding the extra stretch, and plus the waiting Raptor charges before the first boarding during the search). Then
 * every path through <i>s</i> has a twin through <i>s'</i> riding the same vehicles after <i>s</i>, leaving no
 * earlier, arriving at the same time with the same transfers and a strictly lower cost: it never belongs to
 * Raptor's Pareto set, and dropping <i>s</i> changes no answer. A walk is dropped only when it is dominated at
 * every boarding position of every pattern through its stop. Egress is the mirror image: a walk from <i>e</i> is
 * dominated by a walk from a stop later in the pattern where alighting is allowed, reached by staying on board.
 *
 * <p>Domination is transitive (the bounds add up along the pattern and the cost inequalities are strict), so all
 * dominated walks can go at once: each has an undominated one in its chain. The result keeps the input order.
 */
public final class DominatedWalks {
  private DominatedWalks() {}

  /** The access walks of {@code walks} that are not dominated (see the class comment). */
  public static List<WalkAccessEgress> pruneAccess(TransitLayer layer, List<WalkAccessEgress> walks,
                                                   CostParameters cost) {
    return prune(layer, walks, cost, true);
  }

  /** The egress walks of {@code walks} that are not dominated (see the class comment). */
  public static List<WalkAccessEgress> pruneEgress(TransitLayer layer, List<WalkAccessEgress> walks,
                                                   CostParameters cost) {
    return prune(layer, walks, cost, false);
  }

  private static List<WalkAccessEgress> prune(TransitLayer layer, List<WalkAccessEgress> walks,
                                              CostParameters cost, boolean access) {
    Map<Integer, WalkAccessEgress> byStop = new HashMap<>();
    for (WalkAccessEgress w : walks) {
      // Raptor keeps only the best walk per stop anyway; with two, keep both (nothing is assumed about them).
      if (byStop.putIfAbsent(w.stop(), w) != null) {
        return walks;
      }
    }
    int ride = CostParameters.centi(cost.transitReluctance());
    int wait = CostParameters.centi(cost.waitReluctance());
    List<WalkAccessEgress> out = new ArrayList<>(walks.size());
    for (WalkAccessEgress w : walks) {
      if (!dominatedEverywhere(layer, w, byStop, ride, wait, access)) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean dominatedEverywhere(TransitLayer layer, WalkAccessEgress w,
                                             Map<Integer, WalkAccessEgress> byStop, int ride, int wait,
                                             boolean access) {
    for (int p : layer.patternsAtNoCopy(w.stop())) {
      TripPattern pattern = layer.pattern(p);
      int n = pattern.numberOfStopsInPattern();
      for (int pos = 0; pos < n; pos++) {
        if (pattern.stopIndex(pos) != w.stop()) {
          continue;
        }
        if (access ? pattern.boardingPossibleAt(pos) && !dominatedAccess(pattern, pos, w, byStop, ride, wait)
            : pattern.alightingPossibleAt(pos) && !dominatedEgress(pattern, pos, w, byStop, ride)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether an access walk to an earlier stop of the pattern makes boarding at {@code pos} useless. */
  private static boolean dominatedAccess(TripPattern pattern, int pos, WalkAccessEgress w,
                                         Map<Integer, WalkAccessEgress> byStop, int ride, int wait) {
    PatternTimetable timetable = pattern.timetable();
    for (int earlier = 0; earlier < pos; earlier++) {
      WalkAccessEgress other = byStop.get(pattern.stopIndex(earlier));
      if (other == null || other.stop() == w.stop() || !pattern.boardingPossibleAt(earlier)) {
        continue;
      }
      int gap = timetable.longestDepartureGap(earlier, pos);
      int walkSaved = w.durationInSeconds() - other.durationInSeconds();
      // Every trip caught at pos is caught earlier on; the path's cost (access shifted to the boarding) is lower
      // whatever the trip's actual gap in [0, gap]; so is the cost Raptor carries during the search, which also
      // charges the wait between the access arrival and the boarding (longer by walkSaved - actual gap).
      if (other.durationInSeconds() + gap <= w.durationInSeconds()
          && other.c1() + ride * gap < w.c1()
          && other.c1() + wait * walkSaved < w.c1()
          && other.c1() + wait * (walkSaved - gap) + ride * gap < w.c1()) {
        return true;
      }
    }
    return false;
  }

  /** Whether an egress walk from a later stop of the pattern makes alighting at {@code pos} useless. */
  private static boolean dominatedEgress(TripPattern pattern, int pos, WalkAccessEgress w,
                                         Map<Integer, WalkAccessEgress> byStop, int ride) {
    PatternTimetable timetable = pattern.timetable();
    for (int later = pos + 1; later < pattern.numberOfStopsInPattern(); later++) {
      WalkAccessEgress other = byStop.get(pattern.stopIndex(later));
      if (other == null || other.stop() == w.stop() || !pattern.alightingPossibleAt(later)) {
        continue;
      }
      int gap = timetable.longestArrivalGap(pos, later);
      if (other.durationInSeconds() + gap <= w.durationInSeconds() && other.c1() + ride * gap < w.c1()) {
        return true;
      }
    }
    return false;
  }
}
