package dev.loopline.planner.progress;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the units of one stage of work and reports the running count to a {@link ProgressListener}. Workers call
 * {@link #step} concurrently; each step also checks whether the listener asks to cancel.
 */
public final class ProgressCounter {
  private final ProgressListener listener;
  private final String stage;
  private final long total;
  private final AtomicLong done = new AtomicLong();

  /** Starts a stage of {@code total} units (−1 when unknown) and reports it at zero. */
  public ProgressCounter(ProgressListener listener, String stage, long total) {
    this.listener = listener;
    this.stage = stage;
    this.total = total;
    listener.update(stage, 0, total);
  }

  /** A counter nobody listens to. */
  public static ProgressCounter none() {
    return new ProgressCounter(ProgressListener.none(), "", -1);
  }

  /**
   * Counts {@code units} more done.
   *
   * @throws OperationCancelledException when the listener asks to cancel
   */
  public void step(long units) {
    if (listener.cancelled()) {
      throw new OperationCancelledException(stage);
    }
    listener.update(stage, done.addAndGet(units), total);
  }
}
