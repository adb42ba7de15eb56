package dev.loopline.osm;

/**
 * Receives progress while a street network is opened, so the CLI can draw a bar during a long import. Called from
 * the opening thread only.
 */
@FunctionalInterface
public interface ImportProgress {
  /**
   * Work done in a stage.
   *
   * @param stage the current stage
   * @param done units done so far (bytes for {@link ImportStage#HASHING}, otherwise 0 at the start, 1 at the end)
   * @param total units in the stage, or -1 when unknown
   */
  void update(ImportStage stage, long done, long total);

  /** Ignores all progress. */
  static ImportProgress none() {
    return (stage, done, total) -> { };
  }
}
