package dev.loopline.planner.sample;

/**
 * Deterministic pseudo-random numbers keyed by position rather than by call order: the value for a lattice node
 * or edge is the same whatever order the generator visits them in, which keeps outputs byte-identical.
 */
final class Noise {
  private Noise() {}

  /** A well-mixed 64-bit hash of the seed and up to three integers (SplitMix64 finaliser). */
  static long hash(long seed, long a, long b, long c) {
    long h = seed * 0x9E3779B97F4A7C15L;
    h = mix(h ^ a);
    h = mix(h ^ (b * 0xC2B2AE3D27D4EB4FL));
    h = mix(h ^ (c * 0x165667B19E3779F9L));
    return h;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Uniform in [0, 1). */
  static double unit(long seed, long a, long b, long c) {
    return (hash(seed, a, b, c) >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [-1, 1). */
  static double signed(long seed, long a, long b, long c) {
    return unit(seed, a, b, c) * 2 - 1;
  }
}
