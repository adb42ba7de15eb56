package dev.loopline.planner.cli;

import dev.loopline.planner.progress.ProgressListener;
import java.io.PrintStream;

/**
 * The command line's {@link ProgressListener}: a progress bar on stderr per stage of long work, drawn only when
 * attached to a terminal (so logs and CI output stay clean). Thread-safe: workers report concurrently. Close it to
 * clear the last bar. Public for the benchmarks' command line.
 */
public final class TerminalProgress implements ProgressListener, AutoCloseable {
  private static final int WIDTH = 30;
  private final boolean enabled;
  private final PrintStream out;
  private String stage;
  private long total;
  private long done;
  private int lastPermille = -1;
  private long lastDrawNanos;

  private TerminalProgress(boolean enabled, PrintStream out) {
    this.enabled = enabled;
    this.out = out;
  }

  /** Bars on stderr, silent unless stderr is a terminal. */
  public static TerminalProgress start() {
    boolean tty = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    return new TerminalProgress(tty, System.err);
  }

  @Override
  public synchronized void update(String s, long d, long t) {
    if (!enabled) {
      return;
    }
    if (!s.equals(stage)) {
      close();
      stage = s;
      total = Math.max(1, t);
      done = 0;
      lastPermille = -1;
    }
    if (d <= done && lastPermille >= 0) {
      return;
    }
    done = Math.max(done, d);
    int permille = (int) Math.min(1000, done * 1000 / total);
    long now = System.nanoTime();
    if (permille != lastPermille && (now - lastDrawNanos > 100_000_000L || permille == 1000)) {
      lastPermille = permille;
      lastDrawNanos = now;
      int filled = permille * WIDTH / 1000;
      out.print("\r" + stage + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] "
          + permille / 10 + "% (" + done + "/" + total + ")");
      out.flush();
    }
  }

  @Override
  public synchronized void close() {
    if (enabled && lastPermille >= 0) {
      out.print("\r\033[K");
      out.flush();
      lastPermille = -1;
    }
  }
}
