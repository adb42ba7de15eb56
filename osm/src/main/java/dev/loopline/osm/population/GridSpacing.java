package dev.loopline.osm.population;

import dev.loopline.osm.LatLon;
import dev.loopline.gtfs.geo.PointIndex;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Infers the area of a regular grid's cells from the cell centres alone, for grid files that carry no geometry.
 *
 * <p>The spacing {@code d} is the median distance from a centre to its nearest neighbour. Whether the grid is
 * hexagonal or square is read from the neighbourhood: in a hexagonal grid an interior cell has six neighbours at
 * {@code d}, in a square grid four (the diagonal ones are at 1.41 d). A hexagon with centre spacing {@code d} has area
 * {@code (√3 / 2) d²}, a square {@code d²}. For Porto Alegre's H3 level-9 grid the centres are 307 m apart, which
 * gives 0.082 km² per cell (H3 cells of one level vary in size with their place on the globe; 0.105 km² is the
 * level's world-wide average).
 */
record GridSpacing(double spacingMeters, boolean hexagonal) {
  /** Cells measured at most (evenly spread over the file). */
  private static final int SAMPLE = 2_000;

  double cellAreaM2() {
    return hexagonal ? Math.sqrt(3) / 2 * spacingMeters * spacingMeters : spacingMeters * spacingMeters;
  }

  /** Returns null when there are fewer than two distinct centres (no spacing to measure). */
  static GridSpacing infer(List<LatLon> centres) {
    int n = centres.size();
    if (n < 2) {
      return null;
    }
    double minLat = Double.MAX_VALUE;
    double maxLat = -Double.MAX_VALUE;
    double minLon = Double.MAX_VALUE;
    double maxLon = -Double.MAX_VALUE;
    for (LatLon c : centres) {
      minLat = Math.min(minLat, c.lat());
      maxLat = Math.max(maxLat, c.lat());
      minLon = Math.min(minLon, c.lon());
      maxLon = Math.max(maxLon, c.lon());
    }
    double h = new LatLon(minLat, minLon).distanceTo(new LatLon(maxLat, minLon));
    double w = new LatLon(minLat, minLon).distanceTo(new LatLon(minLat, maxLon));
    // a first guess of the spacing: the side of the bounding box shared equally by the cells
    double radius = Math.max(1, Math.sqrt(Math.max(h * w, Math.max(h, w)) / n) * 2);
    PointIndex buckets = LatLon.index(centres, radius);
    // The spacing is a median: an evenly spread sample of cells measures it as well as all of them, and keeps
    // grids of a hundred thousand sparse cells (villages far apart) fast.
    int stride = Math.max(1, n / SAMPLE);
    int[] sample = IntStream.range(0, n).filter(i -> i % stride == 0).toArray();
    double[] nearest = new double[sample.length];
    for (int k = 0; k < sample.length; k++) {
      nearest[k] = nearest(centres, buckets, sample[k], radius);
    }
    double[] finite = Arrays.stream(nearest).filter(x -> x > 0 && x < Double.POSITIVE_INFINITY).sorted().toArray();
    if (finite.length == 0) {
      return null;
    }
    double d = finite[finite.length / 2];
    int[] neighbours = new int[sample.length];
    for (int k = 0; k < sample.length; k++) {
      int i = sample[k];
      int count = 0;
      for (int j : buckets.within(centres.get(i).lat(), centres.get(i).lon(), 1.15 * d)) {
        if (j != i && centres.get(i).distanceTo(centres.get(j)) > 0.5 * d) {
          count++;
        }
      }
      neighbours[k] = count;
    }
    Arrays.sort(neighbours);
    return new GridSpacing(d, neighbours[neighbours.length / 2] >= 5);
  }

  private static double nearest(List<LatLon> centres, PointIndex buckets, int i, double radius) {
    LatLon c = centres.get(i);
    double best = Double.POSITIVE_INFINITY;
    for (double r = radius; r <= radius * 16 && best == Double.POSITIVE_INFINITY; r *= 4) {
      for (int j : buckets.within(c.lat(), c.lon(), r)) {
        double dist = c.distanceTo(centres.get(j));
        if (j != i && dist > 0) {
          best = Math.min(best, dist);
        }
      }
    }
    return best;
  }
}
