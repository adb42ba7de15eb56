package dev.loopline.gtfs.merge;

import dev.loopline.gtfs.geo.Geo;
import dev.loopline.gtfs.geo.PointIndex;
import dev.loopline.gtfs.merge.MergeReport.StopDecision;
import dev.loopline.gtfs.merge.MergeReport.StopOutcome;
import dev.loopline.gtfs.model.Stop;
import dev.loopline.gtfs.model.Transfer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Decides, for every pair of stops from different feeds within the link distance, whether they are one stop
 * (merged), two stops a rider can walk between (linked by a pair of transfers) or two stops kept apart.
 *
 * <p>Merging: pairs within the dedup distance whose names {@linkplain StopNames#agree agree} are taken nearest
 * first (ties: better name score, then ids), and joined unless the join would put two stops of the same feed into
 * one (a feed's own stops stay distinct: the operator published them as different stops). A merged group keeps
 * the stop with the lexicographically smallest namespaced id; the others are replaced by it everywhere. Only
 * boardable stops (location_type 0 or empty) take part; stations, entrances and nodes keep their identity.
 *
 * <p>Linking: every other pair gets transfers both ways between the stops that remain, of type 2 with
 * {@code min_transfer_time} = {@link #walkSeconds} of their distance, unless the inputs already have a stop-level
 * transfer for that direction (kept) or forbid it (type 3: kept apart).
 *
 * <p>Nothing depends on input order: pairs come from a grid and are sorted before any decision.
 */
final class TwinStops {
  /** Walking speed for transfer times, m/s: an unhurried adult pace. */
  static final double WALK_SPEED_MPS = 1.3;
  /** Walked distance over straight-line distance: pavements, crossings and kerbs make the walk longer. */
  static final double DETOUR_FACTOR = 1.4;

  record Candidate(String id, String feedId, String name, double lat, double lon) {}

  private record Pair(Candidate a, Candidate b, double distance, double score) {}

  private final Map<String, String> keptOf = new HashMap<>();
  private final List<Pair> pairs;
  private final Map<Pair, String> notMergedReason = new HashMap<>();
  private final double dedupMeters;

  private TwinStops(List<Pair> pairs, double dedupMeters) {
    this.pairs = pairs;
    this.dedupMeters = dedupMeters;
  }

  /** The walking time of a transfer over a straight-line distance, whole seconds rounded up. */
  static int walkSeconds(double distanceMeters) {
    return (int) Math.ceil(distanceMeters * DETOUR_FACTOR / WALK_SPEED_MPS);
  }

  static TwinStops decide(List<Candidate> candidates, double dedupMeters, double linkMeters) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparing(Candidate::id));
    double radius = Math.max(dedupMeters, linkMeters);
    List<Pair> pairs = new ArrayList<>();
    PointIndex.of(sorted, Candidate::lat, Candidate::lon, Math.max(radius, 1)).forEachPairWithin(radius, (i, j, d) -> {
      Candidate a = sorted.get(i);
      Candidate b = sorted.get(j);
      if (!a.feedId().equals(b.feedId())) {
        pairs.add(new Pair(a, b, d, StopNames.score(a.name(), b.name())));
      }
    });
    pairs.sort(Comparator.comparingDouble(Pair::distance)
        .thenComparing(Comparator.comparingDouble(Pair::score).reversed())
        .thenComparing(p -> p.a().id())
        .thenComparing(p -> p.b().id()));
    TwinStops twins = new TwinStops(pairs, dedupMeters);
    twins.merge(sorted);
    return twins;
  }

  private void merge(List<Candidate> candidates) {
    Map<String, String> parent = new HashMap<>();
    Map<String, Set<String>> feeds = new HashMap<>();
    Map<String, Map<String, String>> memberByFeed = new HashMap<>();
    for (Candidate c : candidates) {
      parent.put(c.id(), c.id());
      feeds.put(c.id(), new TreeSet<>(Set.of(c.feedId())));
      memberByFeed.put(c.id(), new TreeMap<>(Map.of(c.feedId(), c.id())));
    }
    for (Pair p : pairs) {
      if (p.distance() > dedupMeters) {
        notMergedReason.put(p, String.format(java.util.Locale.ROOT, "farther apart than the dedup distance (%s m)",
            MergeReport.round1(dedupMeters)) + (p.score() < StopNames.AGREEMENT ? String.format(java.util.Locale.ROOT,
            " and names do not agree (score %.3f < %.1f)", p.score(), StopNames.AGREEMENT) : ""));
        continue;
      }
      if (p.score() < StopNames.AGREEMENT) {
        notMergedReason.put(p, String.format(java.util.Locale.ROOT,
            "names do not agree (score %.3f < %.1f)", p.score(), StopNames.AGREEMENT));
        continue;
      }
      String ra = find(parent, p.a().id());
      String rb = find(parent, p.b().id());
      if (ra.equals(rb)) {
        continue;
      }
      Set<String> shared = new TreeSet<>(feeds.get(ra));
      shared.retainAll(feeds.get(rb));
      if (!shared.isEmpty()) {
        String feed = shared.iterator().next();
        String mine = memberByFeed.get(ra).get(feed);
        String theirs = memberByFeed.get(rb).get(feed);
        notMergedReason.put(p, "would join two stops of feed '" + feed + "' (" + (mine.compareTo(theirs) < 0
            ? mine + ", " + theirs : theirs + ", " + mine) + "); the nearer twin was merged first");
        continue;
      }
      String root = ra.compareTo(rb) < 0 ? ra : rb;
      String child = root.equals(ra) ? rb : ra;
      parent.put(child, root);
      feeds.get(root).addAll(feeds.remove(child));
      memberByFeed.get(root).putAll(memberByFeed.remove(child));
    }
    // The union always roots at the smaller id, so each root is its group's smallest id: the kept stop.
    for (Candidate c : candidates) {
      keptOf.put(c.id(), find(parent, c.id()));
    }
  }

  private static String find(Map<String, String> parent, String id) {
    String root = id;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    for (String x = id; !x.equals(root); ) {
      String next = parent.get(x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }

  /** The id a stop is published under after merging: its own, or its group's kept stop. */
  String keptId(String stopId) {
    return keptOf.getOrDefault(stopId, stopId);
  }

  /** Stops merged into another, mapped to the stop that replaces them; sorted by id. */
  Map<String, String> replacements() {
    Map<String, String> out = new TreeMap<>();
    keptOf.forEach((id, kept) -> {
      if (!id.equals(kept)) {
        out.put(id, kept);
      }
    });
    return out;
  }

  /**
   * Turns the pairs into report decisions and adds the link transfers to {@code transfers}.
   *
   * @param stops     the stops remaining after merging, by id
   * @param transfers the feed's transfers so far (inputs, references already rewritten); link transfers are
   *                  appended
   */
  List<StopDecision> decideLinks(Map<String, Stop> stops, List<Transfer> transfers) {
    Map<String, Transfer> stopLevel = new HashMap<>();
    for (Transfer t : transfers) {
      if (t.fromRouteId() == null && t.toRouteId() == null && t.fromTripId() == null && t.toTripId() == null
          && t.fromStopId() != null && t.toStopId() != null) {
        stopLevel.putIfAbsent(t.fromStopId() + "\n" + t.toStopId(), t);
      }
    }
    List<StopDecision> decisions = new ArrayList<>();
    Map<String, String> linkedPairs = new HashMap<>();
    Set<String> added = new HashSet<>();
    List<Pair> byIds = new ArrayList<>(pairs);
    byIds.sort(Comparator.comparing((Pair p) -> p.a().id()).thenComparing(p -> p.b().id()));
    for (Pair p : byIds) {
      String ka = keptId(p.a().id());
      String kb = keptId(p.b().id());
      if (ka.equals(kb)) {
        String reason = notMergedReason.containsKey(p)
            ? "joined through other twins of the same group, although " + notMergedReason.get(p)
            : "twins: within the dedup distance and the names agree";
        decisions.add(decision(StopOutcome.MERGED, p, ka, null, reason));
        continue;
      }
      String why = notMergedReason.get(p);
      String lo = ka.compareTo(kb) < 0 ? ka : kb;
      String hi = lo.equals(ka) ? kb : ka;
      String pairKey = lo + "\n" + hi;
      String earlier = linkedPairs.get(pairKey);
      if (earlier != null) {
        decisions.add(decision(StopOutcome.LINKED, p, null, null, why + "; same transfer as " + earlier));
        continue;
      }
      Transfer there = stopLevel.get(lo + "\n" + hi);
      Transfer back = stopLevel.get(hi + "\n" + lo);
      if ((there != null && there.transferType() == Transfer.NOT_POSSIBLE)
          || (back != null && back.transferType() == Transfer.NOT_POSSIBLE)) {
        linkedPairs.put(pairKey, p.a().id() + " - " + p.b().id());
        decisions.add(decision(StopOutcome.APART, p, null, null, why + "; an input transfer forbids changing"
            + " between " + lo + " and " + hi));
        continue;
      }
      Stop sl = stops.get(lo);
      Stop sh = stops.get(hi);
      int seconds = walkSeconds(Geo.distanceMeters(sl.lat(), sl.lon(), sh.lat(), sh.lon()));
      String note = "";
      if (there == null && added.add(lo + "\n" + hi)) {
        transfers.add(new Transfer(lo, hi, null, null, null, null, Transfer.MIN_TIME, seconds, null));
      } else if (there != null) {
        note = "; input transfer " + lo + " -> " + hi + " kept";
      }
      if (back == null && added.add(hi + "\n" + lo)) {
        transfers.add(new Transfer(hi, lo, null, null, null, null, Transfer.MIN_TIME, seconds, null));
      } else if (back != null) {
        note += "; input transfer " + hi + " -> " + lo + " kept";
      }
      linkedPairs.put(pairKey, p.a().id() + " - " + p.b().id());
      decisions.add(decision(StopOutcome.LINKED, p, null, seconds, why + note));
    }
    return decisions;
  }

  private static StopDecision decision(StopOutcome outcome, Pair p, String keptId, Integer seconds, String reason) {
    return new StopDecision(outcome, p.a().id(), p.b().id(), p.a().name(), p.b().name(),
        MergeReport.round1(p.distance()), MergeReport.round3(p.score()), keptId, seconds, reason);
  }
}
