package dev.loopline.planner.sample;

/**
 * A place that has streets and people. {@code radius} is the Gaussian radius (metres) of its density: streets fill
 * the area out to about 1.5 radii, residents and jobs fall off with the same shape.
 *
 * @param id        stable ASCII id (pinyin), used for naming and in the manifest
 * @param zh        Chinese name, used in street and stop names
 * @param en        English (pinyin) name for name:en and translations
 * @param residents people living there at scale 1
 * @param jobs      jobs located there at scale 1
 * @param hilly     old hillside town (Shapingba, Jiulongpo): some footpaths are steps
 */
public record Town(String id, String zh, String en, Xy centre, double radius, double residents, double jobs,
                   TownKind kind, boolean hilly) {
  /** Density weight at distance {@code d}: 1 at the centre, 0.61 at one radius. */
  double weight(double d) {
    double q = d / radius;
    return StrictMath.exp(-0.5 * q * q);
  }
}
