package dev.loopline.planner.proposal;

import dev.loopline.osm.LatLon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Changes to where an existing route runs: cut back to a part of it, run on beyond a terminal, or sent another way
 * between two of its stops. A change is written along direction 0 (the stops in the order its direction-0 trips
 * serve them) and applied to every pattern of the route, mirrored for direction 1. Legs the route keeps keep their
 * published path and each trip its published times there; legs it gains are routed and timed by {@link NewLegs}, and
 * the trips' later times move by the difference.
 */
final class PathEdits {
  private PathEdits() {}

  /** Keeps each pattern between {@code from} and {@code to} (in direction 0's order; null: that terminal stays). */
  static void truncate(RouteDraft d, Change.Truncate c, BiFunction<String, String, ProposalException> error) {
    for (int pi = 0; pi < d.patterns.size(); pi++) {
      RouteDraft.Pattern p = d.patterns.get(pi);
      int[] ends = between(d, p, c.fromStop(), c.toStop(), c.field(), error);
      int i = ends[0];
      int j = ends[1];
      if (i == 0 && j == p.stops.size() - 1) {
        continue;
      }
      p.replace(p.stops.subList(i, j + 1), p.legs.subList(i, j));
      for (RouteDraft.TripDraft t : d.trips) {
        if (t.pattern == pi) {
          t.arrivals = Arrays.copyOfRange(t.arrivals, i, j + 1);
          t.departures = Arrays.copyOfRange(t.departures, i, j + 1);
          t.arrivals[0] = t.departures[0];
          t.departures[t.departures.length - 1] = t.arrivals[t.arrivals.length - 1];
        }
      }
    }
    d.changed = true;
    d.applied.add(c.describe());
  }

  /**
   * Runs each pattern on beyond one terminal through {@code stops} (listed outward from direction 0's first or
   * last stop): appended where the pattern ends there, prepended in reverse where it starts there.
   */
  static void extend(RouteDraft d, Change.Extend c, List<PlacedStop> outward, NewLegs legs,
                     BiFunction<String, String, ProposalException> error) {
    for (int pi = 0; pi < d.patterns.size(); pi++) {
      RouteDraft.Pattern p = d.patterns.get(pi);
      boolean append = d.forward(p) == (c.end() == Change.End.END);
      if (append) {
        List<PlacedStop> path = new ArrayList<>();
        path.add(p.stops.get(p.stops.size() - 1));
        path.addAll(outward);
        insert(d, pi, p.stops.size() - 1, p.stops.size() - 1, path, legs, error);
      } else {
        List<PlacedStop> path = new ArrayList<>(outward);
        Collections.reverse(path);
        path.add(p.stops.get(0));
        insert(d, pi, 0, 0, path, legs, error);
      }
    }
    d.changed = true;
    d.applied.add(c.describe());
  }

  /** Replaces the stops between {@code from} and {@code to} (direction 0's order) by {@code via} in each pattern. */
  static void reroute(RouteDraft d, Change.Reroute c, List<PlacedStop> via, NewLegs legs,
                      BiFunction<String, String, ProposalException> error) {
    for (int pi = 0; pi < d.patterns.size(); pi++) {
      RouteDraft.Pattern p = d.patterns.get(pi);
      boolean fwd = d.forward(p);
      int[] ends = between(d, p, c.fromStop(), c.toStop(), c.field(), error);
      int i = ends[0];
      int j = ends[1];
      List<PlacedStop> path = new ArrayList<>();
      path.add(p.stops.get(i));
      List<PlacedStop> middle = new ArrayList<>(via);
      if (!fwd) {
        Collections.reverse(middle);
      }
      path.addAll(middle);
      path.add(p.stops.get(j));
      insert(d, pi, i, j, path, legs, error);
    }
    d.changed = true;
    d.applied.add(c.describe());
  }

  /**
   * Replaces pattern {@code pi}'s stops {@code i..j} by {@code path} (whose first and last stops are the pattern's
   * stops {@code i} and {@code j}, or one of them when extending: {@code i == j}), routing the new legs, and retimes
   * every trip of the pattern: times before stop {@code i} stay; the new part runs at the new legs' times from the
   * trip's departure at stop {@code i} (or, when extending before the first stop, ends at the trip's old start); later
   * stops move by the difference.
   */
  private static void insert(RouteDraft d, int pi, int i, int j, List<PlacedStop> path, NewLegs legs,
                             BiFunction<String, String, ProposalException> error) {
    RouteDraft.Pattern p = d.patterns.get(pi);
    List<NewLegs.Leg> routed = legs.route(path, error);
    boolean prepend = i == 0 && j == 0 && !path.get(0).stopId().equals(p.stops.get(0).stopId());
    boolean append = !prepend && i == j;
    // New stop list and legs.
    List<PlacedStop> stops = new ArrayList<>(p.stops.subList(0, i));
    stops.addAll(path);
    stops.addAll(p.stops.subList(j + 1, p.stops.size()));
    List<List<LatLon>> paths = new ArrayList<>(p.legs.subList(0, i));
    routed.forEach(l -> paths.add(l.path()));
    paths.addAll(p.legs.subList(j, p.legs.size()));
    if (prepend) {
      stops = new ArrayList<>(path);
      stops.addAll(p.stops.subList(1, p.stops.size()));
      paths.clear();
      routed.forEach(l -> paths.add(l.path()));
      paths.addAll(p.legs);
    }
    int dwell = legs.dwellSeconds();
    for (RouteDraft.TripDraft t : d.trips) {
      if (t.pattern != pi) {
        continue;
      }
      int n = stops.size();
      int[] arr = new int[n];
      int[] dep = new int[n];
      if (prepend) {
        // Backwards from the old first stop, which now gets a dwell.
        int k = path.size() - 1;
        int time = t.departures[0];
        arr[k] = time - dwell;
        dep[k] = time;
        for (int l = routed.size() - 1; l >= 0; l--) {
          time = arr[l + 1] - (int) Math.round(routed.get(l).baseSeconds() * legs.factor(arr[l + 1]));
          dep[l] = time;
          arr[l] = l == 0 ? time : time - dwell;
          time = arr[l];
        }
        for (int s = 1; s < t.arrivals.length; s++) {
          arr[k + s] = t.arrivals[s];
          dep[k + s] = t.departures[s];
        }
      } else {
        System.arraycopy(t.arrivals, 0, arr, 0, i + 1);
        System.arraycopy(t.departures, 0, dep, 0, i + 1);
        if (append) {
          dep[i] = arr[i] + dwell;
        }
        int time = dep[i];
        for (int l = 0; l < routed.size(); l++) {
          time += (int) Math.round(routed.get(l).baseSeconds() * legs.factor(time));
          arr[i + l + 1] = time;
          boolean last = i + l + 1 == n - 1;
          dep[i + l + 1] = last ? time : time + dwell;
          time = dep[i + l + 1];
        }
        if (!append) {
          // Stop j keeps its dwell; everything after it moves by the change in arrival time at j.
          int at = i + routed.size();
          int shift = arr[at] - t.arrivals[j];
          dep[at] = t.departures[j] + shift;
          for (int s = j + 1; s < t.arrivals.length; s++) {
            arr[at + s - j] = t.arrivals[s] + shift;
            dep[at + s - j] = t.departures[s] + shift;
          }
        }
      }
      t.arrivals = arr;
      t.departures = dep;
    }
    p.replace(stops, paths);
  }

  /**
   * Where a change's {@code from} and {@code to} stops (direction 0's order; null: that terminal) stand in a
   * pattern, in the pattern's order: mirrored for a pattern that runs direction 1.
   */
  private static int[] between(RouteDraft d, RouteDraft.Pattern p, String from, String to, String field,
                               BiFunction<String, String, ProposalException> error) {
    boolean fwd = d.forward(p);
    String head = fwd ? from : to;
    String tail = fwd ? to : from;
    int i = head == null ? 0 : index(d, p, head, field + (fwd ? ".from" : ".to"), error);
    int j = tail == null ? p.stops.size() - 1 : index(d, p, tail, field + (fwd ? ".to" : ".from"), error);
    if (j <= i) {
      throw error.apply(field + ".to", "'" + to + "' must come after '" + from + "' along direction 0 of route '"
          + d.route.id() + "' (" + p.describe() + ")");
    }
    return new int[] {i, j};
  }

  private static int index(RouteDraft d, RouteDraft.Pattern p, String stopId, String field,
                           BiFunction<String, String, ProposalException> error) {
    int i = p.indexOf(stopId);
    if (i < 0) {
      throw error.apply(field, "stop '" + stopId + "' is not on route '" + d.route.id() + "' (" + p.describe()
          + ")");
    }
    return i;
  }
}
