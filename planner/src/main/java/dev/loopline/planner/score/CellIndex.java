package dev.loopline.planner.score;

import dev.loopline.gtfs.geo.PointIndex;
import java.util.List;

/**
 * Grid cells with a {@link PointIndex} over their centroids, to find the cells within a straight-line radius of a
 * point without scanning them all. Straight-line distance is a lower bound of walking distance, so it also bounds
 * walk searches.
 */
public final class CellIndex {
  private static final double BUCKET_METERS = 500;
  private final List<GridCell> cells;
  private final PointIndex index;

  public CellIndex(List<GridCell> cells) {
    this.cells = List.copyOf(cells);
    this.index = PointIndex.of(this.cells, GridCell::lat, GridCell::lon, BUCKET_METERS);
  }

  public List<GridCell> cells() {
    return cells;
  }

  public int size() {
    return cells.size();
  }

  public GridCell get(int i) {
    return cells.get(i);
  }

  /** Indexes (ascending) of the cells whose centroid is within {@code meters} in a straight line. */
  public int[] within(double lat, double lon, double meters) {
    return index.within(lat, lon, meters);
  }
}
