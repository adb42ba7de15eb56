package dev.loopline.planner.transit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The layer's walks priced for one set of request settings (walking speed, maximum walk, walk reluctance), in
 * both directions. Built on first use and cached by the layer, because every search with the same settings (the
 * usual case: defaults) needs the same table.
 *
 * <p>With {@link Key#dominatedDropped()} set, a walk leaving a stop is left out of the forward table when another
 * way to board makes it useless, by the rule {@link DominatedWalks} applies to access walks: for every pattern
 * that can be boarded at its target, boarding at the stop itself or at the target of a shorter walk earlier in
 * that pattern catches every vehicle the walk could catch, sooner and cheaper. From a stop in a dense network
 * dozens of stops are within walking distance, most of them further along the same lines, and each walk gives
 * Raptor's multi-criteria search one more arrival to compare in every round; without them it finds the same
 * Pareto-optimal paths with less work. The reverse table keeps every walk: the reverse searches (Raptor's
 * heuristics) then stay optimistic, as they must.
 */
final class WalkTransferTable {
  /**
   * @param dominatedDropped the cost weights to judge dominated walks by, or null to keep every walk
   */
  record Key(double speedFactor, int maxMeters, int walkCostPerSecondCenti, CostParameters dominatedDropped) {}

  private final WalkTransfer[][] from;
  private final WalkTransfer[][] to;

  WalkTransferTable(Key key, TransitLayer layer, StopTransfer[][] layerFrom, StopTransfer[][] layerTo) {
    WalkTransfer[][] forward = price(key, layerFrom);
    if (key.dominatedDropped() != null) {
      for (int s = 0; s < forward.length; s++) {
        forward[s] = withoutDominated(layer, s, forward[s], key.dominatedDropped());
      }
    }
    this.from = forward;
    this.to = price(key, layerTo);
  }

  private static WalkTransfer[][] price(Key key, StopTransfer[][] walks) {
    WalkTransfer[][] out = new WalkTransfer[walks.length][];
    List<WalkTransfer> buf = new ArrayList<>();
    for (int s = 0; s < walks.length; s++) {
      buf.clear();
      for (StopTransfer t : walks[s]) {
        if (t.meters() > key.maxMeters()) {
          continue;
        }
        int seconds = (int) Math.ceil(t.seconds() * key.speedFactor());
        buf.add(new WalkTransfer(t.toStop(), seconds, seconds * key.walkCostPerSecondCenti(), t.meters()));
      }
      out[s] = buf.toArray(WalkTransfer[]::new);
    }
    return out;
  }

  /**
   * The walks from {@code stop} that are not dominated. After a ride a walk, like an access walk, only leads to a
   * boarding, so the access rule applies, with staying at the stop as one more option (no walk, no cost).
   */
  private static WalkTransfer[] withoutDominated(TransitLayer layer, int stop, WalkTransfer[] walks,
                                                 CostParameters cost) {
    if (walks.length == 0) {
      return walks;
    }
    List<WalkAccessEgress> options = new ArrayList<>(walks.length + 1);
    options.add(new WalkAccessEgress(stop, 0, 0, 0));
    for (WalkTransfer w : walks) {
      options.add(new WalkAccessEgress(w.stop(), w.durationInSeconds(), w.c1(), w.meters()));
    }
    Set<Integer> useful = new HashSet<>();
    for (WalkAccessEgress w : DominatedWalks.pruneAccess(layer, options, cost)) {
      useful.add(w.stop());
    }
    List<WalkTransfer> out = new ArrayList<>(walks.length);
    for (WalkTransfer w : walks) {
      // A stop where nothing can be boarded is dominated "everywhere" by that rule; keep it, it costs little.
      if (useful.contains(w.stop()) || layer.patternsAtNoCopy(w.stop()).length == 0) {
        out.add(w);
      }
    }
    return out.size() == walks.length ? walks : out.toArray(WalkTransfer[]::new);
  }

  WalkTransfer[] from(int stop) {
    return from[stop];
  }

  WalkTransfer[] to(int stop) {
    return to[stop];
  }
}
