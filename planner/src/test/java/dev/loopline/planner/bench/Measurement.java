package dev.loopline.planner.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times a task the way the benchmark pages report it: {@code warmups} untimed runs to let the JIT compile the hot
 * code, then {@code runs} timed runs, each after a full garbage collection so one run's garbage is not charged to
 * the next; the median of each clock is kept (robust against the odd run disturbed by another process).
 */
public final class Measurement {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Measurement() {}

  /** Work to time. Whatever it returns is kept reachable until the clock stops, so it cannot be optimised away. */
  @FunctionalInterface
  public interface Task {
    Object run() throws Exception;
  }

  public static Timing time(String label, int warmups, int runs, Task task) throws Exception {
    if (runs < 1 || warmups < 0) {
      throw new IllegalArgumentException("need at least one run and no negative warm-up");
    }
    for (int i = 0; i < warmups; i++) {
      consume(task.run());
    }
    long[] wall = new long[runs];
    long[] cpu = new long[runs];
    for (int i = 0; i < runs; i++) {
      HeapMeter.collect();
      long c0 = cpuNow();
      long t0 = System.nanoTime();
      Object result = task.run();
      wall[i] = System.nanoTime() - t0;
      cpu[i] = cpuNow() - c0;
      consume(result);
    }
    return new Timing(label, runs, median(wall), median(cpu));
  }

  /**
   * Times several tasks against each other: the warm-up and the timed runs go round-robin (A, B, C, A, B, C, ...),
   * so that on a shared machine a busy spell slows every contender alike instead of whichever was being timed when
   * it came. Returns one timing per task, in the order given.
   */
  public static List<Timing> interleaved(List<String> labels, int warmups, int runs, List<Task> tasks)
      throws Exception {
    if (runs < 1 || warmups < 0 || labels.size() != tasks.size()) {
      throw new IllegalArgumentException("need at least one run, no negative warm-up, a label per task");
    }
    int k = tasks.size();
    for (int i = 0; i < warmups; i++) {
      for (Task task : tasks) {
        consume(task.run());
      }
    }
    long[][] wall = new long[k][runs];
    long[][] cpu = new long[k][runs];
    for (int i = 0; i < runs; i++) {
      for (int t = 0; t < k; t++) {
        HeapMeter.collect();
        long c0 = cpuNow();
        long t0 = System.nanoTime();
        Object result = tasks.get(t).run();
        wall[t][i] = System.nanoTime() - t0;
        cpu[t][i] = cpuNow() - c0;
        consume(result);
      }
    }
    List<Timing> out = new ArrayList<>(k);
    for (int t = 0; t < k; t++) {
      out.add(new Timing(labels.get(t), runs, median(wall[t]), median(cpu[t])));
    }
    return out;
  }

  private static long cpuNow() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  static long median(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }

  private static volatile int sink;

  private static void consume(Object o) {
    sink += System.identityHashCode(o) & 1;
  }
}
