package dev.loopline.planner.progress;

/**
 * Receives the progress of long work (building a network, scoring accessibility, planning a batch) so that a
 * caller can show it: the command line draws a bar on a terminal, the web reports it on a job. Work is divided into
 * named stages; each stage counts units of work up to a total.
 *
 * <p>Implementations must be thread-safe: parallel workers report concurrently, so {@code done} values of one stage
 * may arrive slightly out of order. They must also be cheap, as some stages report once per origin or query.
 */
@FunctionalInterface
public interface ProgressListener {
  /**
   * @param stage what is being done, e.g. "streets: import", "transfers", "accessibility baseline"
   * @param done  units of the stage done so far
   * @param total units in the stage, or −1 when unknown
   */
  void update(String stage, long done, long total);

  /**
   * Asked between units of work: when it answers {@code true} the work stops with
   * {@link OperationCancelledException} at the next unit (for a job a user cancels). Never by default.
   */
  default boolean cancelled() {
    return false;
  }

  /** A listener that ignores everything. */
  static ProgressListener none() {
    return (stage, done, total) -> { };
  }
}
