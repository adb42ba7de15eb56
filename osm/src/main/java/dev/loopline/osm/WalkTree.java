package dev.loopline.osm;

/**
 * All walking times from one origin (or, reversed, to one destination) up to a limit: one shortest-path tree, then
 * any number of constant-time look-ups for pre-snapped targets. This is how access and egress to thousands of stops
 * are priced without a route per stop.
 *
 * <p>Times and distances count the whole walk: the off-road leg from the origin to its street, the network part, the
 * part of the target's street edge up to the target's snapped position, and the off-road leg to the target. Anything
 * beyond {@link #maxSeconds()} is unreached.
 */
public interface WalkTree {
  /** How the origin was snapped; when it failed, every target is unreached. */
  Snap origin();

  /** True for a tree of times from every point to the origin (walking towards it), false for from the origin. */
  boolean reverse();

  /** The time limit the tree was built with. */
  double maxSeconds();

  /**
   * Walking seconds to the target (from it when {@link #reverse()}), or {@link Double#POSITIVE_INFINITY} when it is
   * not reached within the limit or its snap failed. Targets must come from {@link StreetMode#WALK} snaps of the same
   * network.
   */
  double secondsTo(Snap target);

  /** Walking metres along the same path as {@link #secondsTo}, or {@link Double#POSITIVE_INFINITY}. */
  double metersTo(Snap target);

  /** True when the target is reached within the limit. */
  default boolean reaches(Snap target) {
    return secondsTo(target) != Double.POSITIVE_INFINITY;
  }
}
