package dev.loopline.web;

import dev.loopline.planner.cli.DemoCommand;
import dev.loopline.planner.cli.LooplineCli;
import picocli.CommandLine;

/**
 * The web jar's entry, run by the launcher for {@code serve} and for {@code demo} (without {@code --no-serve}):
 * Loopline's command line with {@code serve} added and {@code demo} ending by serving the network it prepared. Once
 * a server listens the process stays up until stopped; every other outcome exits with the command's status.
 */
public final class LooplineWebMain {
  private LooplineWebMain() {}

  /** The command line the web jar runs. */
  static CommandLine commandLine() {
    CommandLine cl = LooplineCli.commandLine();
    cl.addSubcommand(new CommandLine(new ServeCommand()));
    DemoCommand demo = cl.getSubcommands().get("demo").getCommand();
    demo.setServer((network, sources, port, out) -> WebServer.start(network, sources, port, out, true));
    return cl;
  }

  public static void main(String[] args) {
    int code = LooplineCli.run(LooplineWebMain::commandLine, args);
    if (code != 0 || !WebServer.running()) {
      System.exit(code);
    }
    // The server's threads keep the process alive.
  }
}
