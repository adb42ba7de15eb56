package dev.loopline.planner.cli;

import java.io.PrintStream;

/**
 * A progress bar on stderr for long work, drawn only when attached to a terminal (so logs and CI output stay
 * clean). Thread-safe: workers may call {@link #step} concurrently.
 */
public final class Progress implements AutoCloseable {
  private final String label;
  private final long total;
  private final boolean enabled;
  private final PrintStream out;
  private long done;
  private int lastPermille = -1;
  private long lastDrawNanos;

  private Progress(String label, long total, boolean enabled, PrintStream out) {
    this.label = label;
    this.total = Math.max(1, total);
    this.enabled = enabled;
    this.out = out;
  }

  /** A bar for {@code total} units of work; silent unless stderr is a terminal. */
  public static Progress start(String label, long total) {
    boolean tty = System.console() != null && !"dumb".equals(System.getenv("TERM"));
    return new Progress(label, total, tty, System.err);
  }

  /** A bar that never draws (tests, libraries). */
  public static Progress silent() {
    return new Progress("", 1, false, System.err);
  }

  public synchronized void step(long units) {
    done += units;
    if (!enabled) {
      return;
    }
    int permille = (int) Math.min(1000, done * 1000 / total);
    long now = System.nanoTime();
    if (permille != lastPermille && (now - lastDrawNanos > 100_000_000L || permille == 1000)) {
      lastPermille = permille;
      lastDrawNanos = now;
      int width = 30;
      int filled = permille * width / 1000;
      out.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
          + permille / 10 + "% (" + done + "/" + total + ")");
      out.flush();
    }
  }

  @Override
  public synchronized void close() {
    if (enabled && lastPermille >= 0) {
      out.print("\r\033[K");
      out.flush();
    }
  }
}
