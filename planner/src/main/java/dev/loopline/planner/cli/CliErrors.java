package dev.loopline.planner.cli;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.Notice;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Turns failures into what a user can act on: one line on stderr ({@code loopline: <message>}) and a non-zero exit.
 * The stack trace shows only with {@code --debug}. Commands signal expected failures by throwing
 * {@link UserException} or a module's own input exception (such as {@link GtfsException}), whose messages already
 * name the file, line and field.
 */
public final class CliErrors {
  /** Exit code for bad input or a failed operation. */
  public static final int FAILED = 1;
  /** Exit code for a command line that does not parse. */
  public static final int USAGE = 2;

  private static volatile boolean debug;

  private CliErrors() {}

  static void setDebug(boolean on) {
    debug = on;
  }

  public static boolean debug() {
    return debug;
  }

  static int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    String message = messageOf(ex);
    err.println(prefix(cl) + message);
    if (ex instanceof GtfsException g && !g.notices().isEmpty()) {
      int shown = 0;
      for (Notice n : g.notices()) {
        if (shown++ == 20) {
          err.println("  ... and " + (g.notices().size() - 20) + " more");
          break;
        }
        err.println("  " + n.format());
      }
    }
    if (debug) {
      ex.printStackTrace(err);
    } else if (!(ex instanceof UserException) && !(ex instanceof GtfsException)
        && !(ex instanceof dev.loopline.osm.StreetInputException)
        && !(ex instanceof dev.loopline.gtfs.io.OutputRefusedException)) {
      err.println("(run with --debug for the stack trace)");
    }
    err.flush();
    return FAILED;
  }

  static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println(prefix(cl) + ex.getMessage());
    err.println("Try '" + qualifiedName(cl) + " --help'.");
    err.flush();
    return USAGE;
  }

  /** {@code loopline merge: } for a sub-command, {@code loopline: } for the root. */
  private static String prefix(CommandLine cl) {
    return qualifiedName(cl) + ": ";
  }

  private static String qualifiedName(CommandLine cl) {
    StringBuilder name = new StringBuilder(cl.getCommandName());
    for (CommandLine p = cl.getParent(); p != null; p = p.getParent()) {
      name.insert(0, p.getCommandName() + " ");
    }
    return name.toString();
  }

  /**
   * One line for an {@link OutOfMemoryError}: which memory ran out (the heap, or what the JVM names), the current
   * limit, and how to give more. Written so that it can be built after memory ran out: the big data is unreachable
   * by then, and the text is short.
   */
  static String outOfMemory(OutOfMemoryError e) {
    long max = Runtime.getRuntime().maxMemory();
    long gib = (max + (1L << 30) - 1) >> 30;
    String what = e.getMessage() == null || e.getMessage().contains("Java heap space")
        ? "the Java heap (limit " + (max >> 20) + " MiB)" : e.getMessage();
    return "out of memory: " + what + " ran out; give Loopline more with LOOPLINE_JAVA_OPTS=-Xmx" + Math.max(2, 2 * gib)
        + "g";
  }

  /** The most useful message of an exception chain: the first non-blank one. */
  static String messageOf(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        if (t instanceof java.nio.file.NoSuchFileException) {
          return "file not found: " + t.getMessage();
        }
        if (t instanceof OutOfMemoryError oom) {
          return outOfMemory(oom);
        }
        return t.getMessage();
      }
    }
    return ex.getClass().getSimpleName();
  }
}
