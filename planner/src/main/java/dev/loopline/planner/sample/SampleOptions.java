package dev.loopline.planner.sample;

import dev.loopline.planner.app.LooplineSettings;
/**
 * What the sample generator is asked for.
 *
 * @param seed  seeds every random choice; the same seed and scale give byte-identical files
 * @param scale how many times the scale-1 Science City the network should be (area, stops, routes, trips,
 *              population), 1..16; the map is stretched by the square root of it and the added land gets towns
 */
public record SampleOptions(long seed, int scale) {
  /** The seed the CLI and the demo use unless told otherwise: the day this generator was specified. */
  public static final long DEFAULT_SEED = LooplineSettings.DEFAULTS.sample().seed();
  public static final int MAX_SCALE = 16;

  public SampleOptions {
    if (scale < 1 || scale > MAX_SCALE) {
      throw new IllegalArgumentException("scale must be between 1 and " + MAX_SCALE + ", was " + scale);
    }
  }

  public static SampleOptions defaults() {
    return new SampleOptions(DEFAULT_SEED, 1);
  }

  /** The linear stretch of the map: the square root of the scale, so that area grows with the scale. */
  public double stretch() {
    return Math.sqrt(scale);
  }
}
