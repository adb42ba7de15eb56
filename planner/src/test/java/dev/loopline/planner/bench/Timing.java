package dev.loopline.planner.bench;

/**
 * The result of timing one task: medians over the measured runs of elapsed (wall-clock) time and of the running
 * thread's CPU time. On a shared machine the CPU time is the truer figure for "one core": it leaves out the time
 * the thread waited for a core, though also the work of the JVM's garbage-collector threads.
 *
 * @param label     what was timed
 * @param runs      measured runs (after the warm-up)
 * @param wallNanos median elapsed time
 * @param cpuNanos  median CPU time of the timing thread
 */
public record Timing(String label, int runs, long wallNanos, long cpuNanos) {
  public double wallMillis() {
    return wallNanos / 1e6;
  }

  public double cpuMillis() {
    return cpuNanos / 1e6;
  }
}
