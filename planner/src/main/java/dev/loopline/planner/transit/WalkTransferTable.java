package dev.loopline.planner.transit;

import java.util.ArrayList;
import java.util.List;

/**
 * The layer's walks priced for one set of request settings (walking speed, maximum walk, walk reluctance), in
 * both directions. Built on first use and cached by the layer, because every search with the same settings (the
 * usual case: defaults) needs the same table.
 */
final class WalkTransferTable {
  record Key(double speedFactor, int maxMeters, int walkCostPerSecondCenti) {}

  private final WalkTransfer[][] from;
  private final WalkTransfer[][] to;

  WalkTransferTable(Key key, StopTransfer[][] layerFrom, StopTransfer[][] layerTo) {
    this.from = price(key, layerFrom);
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

  WalkTransfer[] from(int stop) {
    return from[stop];
  }

  WalkTransfer[] to(int stop) {
    return to[stop];
  }
}
