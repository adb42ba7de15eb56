package dev.loopline.planner.score;

/**
 * Walking from grid cells to a point (a stop) on the street network: which cells reach it within a distance, and
 * in how many metres and seconds. Coverage uses the metres, accessibility the seconds. The production
 * implementation walks the street graph ({@link StreetWalkCatchments}); distances are network walking distances,
 * never straight lines.
 */
public interface WalkCatchments {
  /** Cells from which the point is reached on foot within {@code maxMeters}, sorted by cell index. */
  CellReach around(double lat, double lon, double maxMeters);

  /** Walking speed used for seconds, m/s. */
  double walkSpeedMps();

  /**
   * Cells reached, with walking metres and seconds (parallel arrays, cell indexes ascending).
   */
  record CellReach(int[] cells, float[] meters, float[] seconds) {
    public static final CellReach NONE = new CellReach(new int[0], new float[0], new float[0]);

    public int size() {
      return cells.length;
    }
  }
}
