package dev.loopline.planner.cli;

import dev.loopline.gtfs.GtfsException;
import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.io.IoErrors;
import dev.loopline.gtfs.io.OutputRefusedException;
import dev.loopline.osm.StreetInputException;
import dev.loopline.planner.app.InvalidRequestException;
import dev.loopline.planner.gis.DatabaseException;
import dev.loopline.planner.network.NetworkException;
import dev.loopline.planner.progress.OperationCancelledException;
import dev.loopline.planner.proposal.ProposalException;
import dev.loopline.planner.routing.BatchPlanner;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Turns failures into what a user can act on: one line on stderr ({@code loopline: <message>}) and a non-zero exit.
 * The stack trace shows only with {@code --debug}. Expected failures are the typed errors of the layers below
 * (see {@link #EXPECTED}), whose messages already name the file, line and field, and {@link UserException} for a
 * command line that parses but makes no sense. An {@link InvalidRequestException} names a request field, shown
 * as the option the user typed ({@code trafficFactor} as {@code --traffic-factor}).
 */
public final class CliErrors {
  /** Exit code for bad input or a failed operation. */
  public static final int FAILED = 1;
  /** Exit code for a command line that does not parse. */
  public static final int USAGE = 2;

  /** Failures caused by the input, not by a bug: no hint to rerun with {@code --debug}. */
  private static final List<Class<? extends Exception>> EXPECTED = List.of(UserException.class,
      InvalidRequestException.class, GtfsException.class, StreetInputException.class, NetworkException.class,
      ProposalException.class, BatchPlanner.BatchInputException.class, OperationCancelledException.class,
      OutputRefusedException.class, DatabaseException.class);

  /** Request fields whose option is not simply the field in kebab case. */
  private static final Map<String, String> OPTION_OF_FIELD = Map.of(
      "dwellSeconds", "--dwell",
      "originZoneMeters", "--origin-zone");

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
    } else if (EXPECTED.stream().noneMatch(c -> c.isInstance(ex))) {
      err.println("(run with --debug for the stack trace)");
    }
    err.flush();
    return FAILED;
  }

  static int handleParameterException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println(prefix(cl) + unreadableName(ex).orElse(ex.getMessage()));
    err.println("Try '" + qualifiedName(cl) + " --help'.");
    err.flush();
    return USAGE;
  }

  /**
   * A path Java could not decode: under a locale whose character set cannot hold it ({@code LANG=C} and a folder
   * named 科学城), the JVM receives the argument with its letters already replaced, so the only fix is the locale.
   */
  private static java.util.Optional<String> unreadableName(CommandLine.ParameterException ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      // picocli keeps only the converter's message, which names the exception.
      if (t instanceof java.nio.file.InvalidPathException
          || String.valueOf(t.getMessage()).contains(java.nio.file.InvalidPathException.class.getName())) {
        String option = ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o ? o.longestName() + ": " : "";
        return java.util.Optional.of(option + "the path has characters the locale's character set ("
            + System.getProperty("sun.jnu.encoding") + ") cannot hold; run under a UTF-8 locale (LC_ALL=C.UTF-8; "
            + "the loopline launcher sets one itself)");
      }
    }
    return java.util.Optional.empty();
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

  /**
   * The option a request field comes from: {@code trafficFactor} is {@code --traffic-factor}; fields joined by
   * {@code /} map one by one.
   */
  static String option(String field) {
    StringBuilder out = new StringBuilder();
    for (String f : field.split("/")) {
      if (!out.isEmpty()) {
        out.append('/');
      }
      out.append(OPTION_OF_FIELD.getOrDefault(f, "--" + f.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
          .toLowerCase(java.util.Locale.ROOT)));
    }
    return out.toString();
  }

  /** The most useful message of an exception chain: the first non-blank one. */
  static String messageOf(Throwable ex) {
    if (ex instanceof InvalidRequestException r && r.field() != null) {
      return option(r.field()) + r.detail();
    }
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        if (t instanceof java.nio.file.NoSuchFileException) {
          return "file not found: " + t.getMessage();
        }
        if (t instanceof OutOfMemoryError oom) {
          return outOfMemory(oom);
        }
        if (t instanceof java.io.IOException io && !(t.getCause() instanceof java.io.IOException)) {
          // A bare I/O failure from a library: its message may be a Java class name or a code.
          return IoErrors.describe(io);
        }
        return IoErrors.plain(t.getMessage());
      }
    }
    return "unexpected failure (run with --debug for the details)";
  }
}
