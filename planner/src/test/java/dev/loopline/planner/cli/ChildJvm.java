package dev.loopline.planner.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code loopline} in a separate JVM, as a user's shell would: with its own heap limit, its own exit code and
 * stderr, and killable with SIGKILL. For the faults an in-process test cannot show (running out of memory, kill -9).
 */
final class ChildJvm {
  private ChildJvm() {}

  /** What a finished child printed and returned. */
  record Result(int exit, String out, String err) {}

  /** Starts {@code loopline args...} with these JVM options; output goes to files in {@code logs}. */
  static Process start(Path logs, List<String> jvmOptions, String... args) throws IOException {
    return start(logs, jvmOptions, java.util.Map.of(), args);
  }

  /** The same with extra environment variables (a locale, say). */
  static Process start(Path logs, List<String> jvmOptions, java.util.Map<String, String> env, String... args)
      throws IOException {
    Files.createDirectories(logs);
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString()));
    cmd.addAll(jvmOptions);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(LooplineCli.class.getName());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(logs.resolve("out.txt").toFile())
        .redirectError(logs.resolve("err.txt").toFile());
    pb.environment().putAll(env);
    return pb.start();
  }

  /** Runs to the end (at most five minutes) and returns what it printed. */
  static Result run(Path logs, List<String> jvmOptions, String... args) throws IOException, InterruptedException {
    return run(logs, jvmOptions, java.util.Map.of(), args);
  }

  /** The same with extra environment variables. */
  static Result run(Path logs, List<String> jvmOptions, java.util.Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    Process p = start(logs, jvmOptions, env, args);
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("loopline " + String.join(" ", args) + " did not finish in five minutes");
    }
    return new Result(p.exitValue(), Files.readString(logs.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(logs.resolve("err.txt"), StandardCharsets.UTF_8));
  }
}
