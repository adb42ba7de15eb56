package dev.loopline.planner.score;

import dev.loopline.osm.LatLon;
import dev.loopline.osm.Snap;
import dev.loopline.osm.StreetMode;
import dev.loopline.osm.StreetNetwork;
import dev.loopline.osm.WalkTree;
import java.util.Arrays;

/**
 * Walk catchments on the street graph: one walk tree towards the point (reverse search, so times are from the cells
 * to the stop) bounded by the distance, then a constant-time look-up for each cell centroid within the same
 * straight-line radius. Cell centroids are snapped to walkable ways once; a centroid that does not snap (in a field
 * far from any way) is never reached.
 */
public final class StreetWalkCatchments implements WalkCatchments {
  private final StreetNetwork streets;
  private final CellIndex cells;
  private final Snap[] snaps;

  public StreetWalkCatchments(StreetNetwork streets, CellIndex cells) {
    this.streets = streets;
    this.cells = cells;
    this.snaps = new Snap[cells.size()];
    java.util.stream.IntStream.range(0, cells.size()).parallel().forEach(i ->
        snaps[i] = streets.snap(new LatLon(cells.get(i).lat(), cells.get(i).lon()), StreetMode.WALK));
  }

  @Override
  public double walkSpeedMps() {
    return streets.walkSpeedMps();
  }

  /** How many cell centroids are on the walk network. */
  public long snappedCells() {
    return Arrays.stream(snaps).filter(Snap::ok).count();
  }

  @Override
  public CellReach around(double lat, double lon, double maxMeters) {
    int[] candidates = cells.within(lat, lon, maxMeters);
    if (candidates.length == 0) {
      return CellReach.NONE;
    }
    WalkTree tree = streets.walkTree(new LatLon(lat, lon), maxMeters / streets.walkSpeedMps() + 1, true);
    if (!tree.origin().ok()) {
      return CellReach.NONE;
    }
    int[] ids = new int[candidates.length];
    float[] meters = new float[candidates.length];
    float[] seconds = new float[candidates.length];
    int n = 0;
    for (int c : candidates) {
      Snap s = snaps[c];
      if (!s.ok()) {
        continue;
      }
      double m = tree.metersTo(s);
      if (m <= maxMeters) {
        ids[n] = c;
        meters[n] = (float) m;
        seconds[n] = (float) tree.secondsTo(s);
        n++;
      }
    }
    return new CellReach(Arrays.copyOf(ids, n), Arrays.copyOf(meters, n), Arrays.copyOf(seconds, n));
  }
}
