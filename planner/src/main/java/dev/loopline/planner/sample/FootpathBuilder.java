package dev.loopline.planner.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds what only pedestrians use: diagonal paths through about a fifth of the dense city blocks (half of them
 * stairways in the old hillside towns of Shapingba and Jiulongpo, as in Chongqing's "mountain city" lanes), and
 * hiking trails over the ridges that climb by footways and steps.
 */
final class FootpathBuilder {
  private final Layout layout;
  private final StreetBuilder grid;
  private final StreetAssembler assembled;
  private final OsmDraft draft;

  FootpathBuilder(Layout layout, StreetBuilder grid, StreetAssembler assembled, OsmDraft draft) {
    this.layout = layout;
    this.grid = grid;
    this.assembled = assembled;
    this.draft = draft;
  }

  void build() {
    long seed = layout.options.seed();
    for (int j = grid.jMin; j < grid.jMax; j++) {
      for (int i = grid.iMin; i < grid.iMax; i++) {
        int k = grid.key(i, j);
        int a = assembled.nodeIndex[k];
        int b = assembled.nodeIndex[k + 1 + grid.nx];
        if (a < 0 || b < 0 || assembled.nodeIndex[k + 1] < 0 || assembled.nodeIndex[k + grid.nx] < 0) {
          continue;
        }
        double u = (grid.urb[k] + grid.urb[k + 1 + grid.nx]) / 2;
        Town t = grid.dominant(k);
        if (u < 0.55 || t == null || t.kind() != TownKind.URBAN || Noise.unit(seed, i, j, 31) >= 0.22) {
          continue;
        }
        int centre = draft.addNode((draft.x(a) + draft.x(b)) / 2, (draft.y(a) + draft.y(b)) / 2);
        draft.addWay(new int[] {a, centre}, OsmDraft.road(HighwayClass.FOOTWAY, null, null));
        boolean steps = t.hilly() && Noise.unit(seed, i, j, 32) < 0.5;
        draft.addWay(new int[] {centre, b}, steps
            ? OsmDraft.road(HighwayClass.STEPS, null, null, "incline", "up")
            : OsmDraft.road(HighwayClass.FOOTWAY, null, null));
      }
    }
    for (TrailPlan trail : layout.trails) {
      trail(trail);
    }
  }

  /** A trail along a grid row from the last street node west of the ridge band to the first east of it. */
  private void trail(TrailPlan trail) {
    int j = (int) Math.round(trail.y() / StreetBuilder.SPACING);
    if (j < grid.jMin || j > grid.jMax) {
      return;
    }
    int ic = (int) Math.round(trail.ridge().xAt(j * StreetBuilder.SPACING) / StreetBuilder.SPACING);
    int west = endpoint(ic, j, -1);
    int east = endpoint(ic, j, 1);
    if (west < 0 || east < 0) {
      return;
    }
    double ax = draft.x(west);
    double ay = draft.y(west);
    double bx = draft.x(east);
    double by = draft.y(east);
    int turns = Math.max(8, (int) Math.round((bx - ax) / 200));
    List<Integer> nodes = new ArrayList<>();
    nodes.add(west);
    for (int k = 1; k < turns; k++) {
      double t = k / (double) turns;
      double wiggle = (k % 2 == 0 ? 1 : -1) * 90;
      nodes.add(draft.addNode(ax + (bx - ax) * t, ay + (by - ay) * t + wiggle));
    }
    nodes.add(east);
    int q1 = nodes.size() / 4;
    int q3 = nodes.size() - 1 - nodes.size() / 4;
    draft.addWay(slice(nodes, 0, q1), OsmDraft.road(HighwayClass.FOOTWAY, trail.zh(), trail.en(),
        "sac_scale", "hiking"));
    draft.addWay(slice(nodes, q1, q3), OsmDraft.road(HighwayClass.STEPS, trail.zh(), trail.en(),
        "sac_scale", "hiking"));
    draft.addWay(slice(nodes, q3, nodes.size() - 1), OsmDraft.road(HighwayClass.FOOTWAY, trail.zh(), trail.en(),
        "sac_scale", "hiking"));
  }

  /** The first street node along row j from the crest column outwards in direction dir (within 2 km of the band). */
  private int endpoint(int ic, int j, int dir) {
    int i = ic;
    while (grid.inside(i, j) && grid.blocked[grid.key(i, j)]) {
      i += dir;
    }
    for (int steps = 0; steps < 12 && grid.inside(i, j); steps++, i += dir) {
      int node = assembled.nodeIndex[grid.key(i, j)];
      if (node >= 0) {
        return node;
      }
    }
    return -1;
  }

  private static int[] slice(List<Integer> nodes, int from, int to) {
    int[] out = new int[to - from + 1];
    for (int k = from; k <= to; k++) {
      out[k - from] = nodes.get(k);
    }
    return out;
  }
}
