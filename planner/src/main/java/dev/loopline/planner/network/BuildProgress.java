package dev.loopline.planner.network;

/**
 * Receives progress while a network is built, so the CLI can draw a bar. Called from the building thread.
 */
@FunctionalInterface
public interface BuildProgress {
  /**
   * @param stage what is being done, e.g. "streets", "transfers"
   * @param done  units done so far
   * @param total units in the stage, or −1 when unknown
   */
  void update(String stage, long done, long total);

  static BuildProgress none() {
    return (stage, done, total) -> { };
  }
}
