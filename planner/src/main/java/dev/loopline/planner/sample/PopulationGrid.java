package dev.loopline.planner.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Residents and jobs on a grid of 250 m cells. Each town spreads its residents as a Gaussian around its centre
 * (0.8 of its radius) and its jobs more tightly (0.6; 0.8 for industrial parks), with seeded cell-to-cell noise;
 * the ridge bands stay empty. Each town's share is normalised so the totals are exactly the towns' numbers before
 * rounding to whole people. Only cells with someone living or working there are written.
 */
public final class PopulationGrid {
  static final double CELL = 250;

  private final Layout layout;
  private final int cols;
  private final int rows;
  private final double[] residents;
  private final double[] jobs;

  PopulationGrid(Layout layout) {
    this.layout = layout;
    this.cols = (int) Math.floor(2 * layout.halfWidth / CELL);
    this.rows = (int) Math.floor(2 * layout.halfHeight / CELL);
    this.residents = new double[cols * rows];
    this.jobs = new double[cols * rows];
    long seed = layout.options.seed();
    for (int ti = 0; ti < layout.towns.size(); ti++) {
      Town t = layout.towns.get(ti);
      spread(t, t.residents(), 0.8 * t.radius(), residents, seed, ti, 61);
      spread(t, t.jobs(), (t.kind() == TownKind.INDUSTRIAL ? 0.8 : 0.6) * t.radius(), jobs, seed, ti, 62);
    }
  }

  double cellX(int c) {
    return -layout.halfWidth + (c + 0.5) * CELL;
  }

  double cellY(int r) {
    return -layout.halfHeight + (r + 0.5) * CELL;
  }

  private void spread(Town t, double total, double sigma, double[] into, long seed, int ti, int salt) {
    if (total <= 0) {
      return;
    }
    double reach = 3.5 * sigma;
    int c0 = Math.max(0, (int) Math.floor((t.centre().x() - reach + layout.halfWidth) / CELL));
    int c1 = Math.min(cols - 1, (int) Math.floor((t.centre().x() + reach + layout.halfWidth) / CELL));
    int r0 = Math.max(0, (int) Math.floor((t.centre().y() - reach + layout.halfHeight) / CELL));
    int r1 = Math.min(rows - 1, (int) Math.floor((t.centre().y() + reach + layout.halfHeight) / CELL));
    int w = c1 - c0 + 1;
    double[] weight = new double[Math.max(0, w * (r1 - r0 + 1))];
    double sum = 0;
    for (int r = r0; r <= r1; r++) {
      for (int c = c0; c <= c1; c++) {
        double x = cellX(c);
        double y = cellY(r);
        if (layout.ridgeClearance(x, y) < 0) {
          continue;
        }
        double q = Math.hypot(x - t.centre().x(), y - t.centre().y()) / sigma;
        double v = StrictMath.exp(-0.5 * q * q) * (0.8 + 0.4 * Noise.unit(seed, c, r, salt * 1000L + ti));
        weight[(r - r0) * w + (c - c0)] = v;
        sum += v;
      }
    }
    if (sum <= 0) {
      return;
    }
    for (int r = r0; r <= r1; r++) {
      for (int c = c0; c <= c1; c++) {
        into[r * cols + c] += total * weight[(r - r0) * w + (c - c0)] / sum;
      }
    }
  }

  /** Totals of what is written (whole people per cell), and the number of cells written. */
  public record Totals(long residents, long jobs, int cells) {}

  Totals totals() {
    long res = 0;
    long job = 0;
    int cells = 0;
    for (int i = 0; i < residents.length; i++) {
      long p = Math.round(residents[i]);
      long j = Math.round(jobs[i]);
      if (p > 0 || j > 0) {
        res += p;
        job += j;
        cells++;
      }
    }
    return new Totals(res, job, cells);
  }

  /** Residents (rounded) living within {@code radius} of a point, for the gap statistics. */
  long residentsWithin(Xy p, double radius) {
    long sum = 0;
    for (int r = 0; r < rows; r++) {
      double y = cellY(r);
      if (Math.abs(y - p.y()) > radius) {
        continue;
      }
      for (int c = 0; c < cols; c++) {
        if (Math.hypot(cellX(c) - p.x(), y - p.y()) <= radius) {
          sum += Math.round(residents[r * cols + c]);
        }
      }
    }
    return sum;
  }

  /** Writes {@code id,lon,lat,population,jobs}; id is the cell's row-major index in the full grid. */
  void write(Path file) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("id,lon,lat,population,jobs\n");
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          int i = r * cols + c;
          long p = Math.round(residents[i]);
          long j = Math.round(jobs[i]);
          if (p > 0 || j > 0) {
            w.write(String.format(Locale.ROOT, "%d,%.6f,%.6f,%d,%d\n", i, Projection.lon(cellX(c)),
                Projection.lat(cellY(r)), p, j));
          }
        }
      }
    }
  }
}
