package dev.loopline.planner.cli;

import dev.loopline.planner.app.InvalidRequestException;
import dev.loopline.planner.app.LooplineSettings;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code loopline} command line. Every sub-command prints one clear line on failure (no stack trace unless
 * {@code --debug}) and exits non-zero; see {@link CliErrors}.
 */
@Command(name = "loopline", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Integrated public-transit network planner for the Western (Chongqing) Science City.",
    subcommands = {
        CommandLine.HelpCommand.class,
        DemoCommand.class,
        SampleCommand.class,
        ValidateCommand.class,
        MergeCommand.class,
        BuildCommand.class,
        PlanCommand.class,
        StopsCommand.class,
        EvaluateCommand.class,
        CompareCommand.class,
        ExportCommand.class,
    })
public final class LooplineCli implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the picocli command line with Loopline's error handling; tests call this and {@code execute}. */
  public static CommandLine commandLine() {
    CommandLine cl = configure(new CommandLine(new LooplineCli()));
    cl.setDefaultValueProvider(new SettingsDefaults());
    return cl;
  }

  /**
   * Loopline's error handling and output on a picocli command line: one line per failure, exit codes, case-free
   * enum values. The benchmarks' command line (in the planner's tests) is configured the same way.
   */
  public static CommandLine configure(CommandLine cl) {
    cl.setExecutionExceptionHandler(CliErrors::handleExecutionException);
    cl.setParameterExceptionHandler(CliErrors::handleParameterException);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(new PrintWriter(System.out, true));
    return cl;
  }

  public static void main(String[] args) {
    utf8Console();
    System.exit(run(LooplineCli::commandLine, args));
  }

  /**
   * Stop and district names are Chinese, Portuguese, ...: print them as UTF-8 whatever the locale. Java writes
   * standard output in the locale's encoding, which under {@code LANG=C} is ASCII and turns every Chinese name into
   * "????"; terminals, pipes and files today read UTF-8.
   */
  static void utf8Console() {
    System.setOut(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
        java.nio.charset.StandardCharsets.UTF_8));
    System.setErr(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
        java.nio.charset.StandardCharsets.UTF_8));
  }

  /**
   * Runs a command line as {@code loopline} does ({@code --debug} anywhere shows stack traces; out-of-memory is one
   * line) and returns the exit code.
   */
  public static int run(java.util.function.Supplier<CommandLine> commandLine, String[] args) {
    CliErrors.setDebug(java.util.Arrays.asList(args).contains("--debug"));
    String[] rest = java.util.Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
      if (e instanceof OutOfMemoryError oom) {
        // A worker thread nobody waits for: say it once and stop, rather than run on without its work.
        System.err.println("loopline: " + CliErrors.outOfMemory(oom));
        Runtime.getRuntime().halt(CliErrors.FAILED);
      }
      System.err.println("loopline: internal error in thread " + thread.getName() + ": " + CliErrors.messageOf(e));
      if (CliErrors.debug()) {
        e.printStackTrace();
      }
    });
    try {
      LooplineSettings.current();
    } catch (InvalidRequestException e) {
      // A broken loopline.yaml: one line naming file, line and key, before any command runs.
      System.err.println("loopline: " + e.getMessage());
      return CliErrors.FAILED;
    }
    int code;
    try {
      code = commandLine.get().execute(rest);
    } catch (OutOfMemoryError e) {
      // picocli's handler sees only Exceptions; an Error thrown on the main thread arrives here.
      System.err.println("loopline: " + CliErrors.outOfMemory(e));
      if (CliErrors.debug()) {
        e.printStackTrace();
      }
      code = CliErrors.FAILED;
    }
    return code;
  }
}
