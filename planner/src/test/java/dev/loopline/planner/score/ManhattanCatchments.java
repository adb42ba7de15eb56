package dev.loopline.planner.score;

import dev.loopline.gtfs.geo.LocalProjection;
import java.util.Arrays;

/**
 * Walking on a perfect street grid, for hand-computable tests: the walking distance between two points is the
 * Manhattan distance (east-west plus north-south metres). A real (tested) street model, not the production one.
 */
final class ManhattanCatchments implements WalkCatchments {
  static final double SPEED = 1.25;
  private final CellIndex cells;
  private final LocalProjection proj;

  ManhattanCatchments(CellIndex cells, LocalProjection proj) {
    this.cells = cells;
    this.proj = proj;
  }

  @Override
  public double walkSpeedMps() {
    return SPEED;
  }

  @Override
  public CellReach around(double lat, double lon, double maxMeters) {
    int[] ids = new int[cells.size()];
    float[] meters = new float[cells.size()];
    float[] seconds = new float[cells.size()];
    int n = 0;
    for (int i = 0; i < cells.size(); i++) {
      GridCell c = cells.get(i);
      double m = Math.abs(proj.x(c.lon()) - proj.x(lon)) + Math.abs(proj.y(c.lat()) - proj.y(lat));
      if (m <= maxMeters + 1e-6) {
        ids[n] = i;
        meters[n] = (float) m;
        seconds[n] = (float) (m / SPEED);
        n++;
      }
    }
    return new CellReach(Arrays.copyOf(ids, n), Arrays.copyOf(meters, n), Arrays.copyOf(seconds, n));
  }
}
