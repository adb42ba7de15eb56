package dev.loopline.web;

import dev.loopline.planner.app.NetworkInfoService;
import dev.loopline.planner.app.NetworkSources;
import dev.loopline.planner.app.NetworkSummary;
import dev.loopline.planner.cli.UserException;
import dev.loopline.planner.network.Network;
import dev.loopline.web.security.Accounts;
import java.io.PrintWriter;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;

/** Opens a network, starts the web application on it and tells the user where to point the browser. */
final class WebServer {
  private static volatile boolean running;

  private WebServer() {}

  /** True once a server listens in this process. */
  static boolean running() {
    return running;
  }

  /**
   * Serves the open network (which the server then owns); returns once the server listens, which then runs until
   * the process stops. A port in use is one line (a {@link UserException}), never a failed Spring context.
   */
  static ConfigurableApplicationContext start(Network network, NetworkSources sources, int port, PrintWriter out) {
    return start(network, sources, port, out, false);
  }

  /**
   * Serves the open network; with {@code demo}, local accounts are made up for the run (unless a users file is
   * configured) and printed with how to sign in.
   */
  static ConfigurableApplicationContext start(Network network, NetworkSources sources, int port, PrintWriter out,
                                              boolean demo) {
    if (port < 1 || port > 65535) {
      network.close();
      throw new UserException("--port must be between 1 and 65535, got " + port);
    }
    ConfigurableApplicationContext ctx;
    try {
      ctx = LooplineWebApplication.start(network, sources, port, demo);
    } catch (RuntimeException e) {
      network.close();
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof PortInUseException) {
          throw new UserException("port " + port + " is in use (another Loopline still running?); stop it or "
              + "choose another with --port N");
        }
      }
      throw e;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(network::close, "loopline-network-close"));
    NetworkSummary summary = ctx.getBean(NetworkInfoService.class).summary();
    out.println();
    out.println("Loopline is serving " + summary.name() + (summary.synthetic() ? " (SYNTHETIC SAMPLE)" : "")
        + " at http://localhost:" + port + "/");
    out.println("  API: http://localhost:" + port + "/v3/api-docs (browse: http://localhost:" + port
        + "/swagger-ui.html)   stop with Ctrl+C");
    printSignIn(ctx.getBean(Accounts.class), port, out);
    out.flush();
    running = true;
    return ctx;
  }

  /** Who can sign in to plan, or how to let someone. */
  private static void printSignIn(Accounts accounts, int port, PrintWriter out) {
    String login = "http://localhost:" + port + "/login";
    if (!accounts.demoPasswords().isEmpty()) {
      out.println("  Sign in at " + login + " to edit proposals and run evaluations (local demo accounts, made up for"
          + " this run):");
      accounts.demoPasswords().forEach((name, password) -> out.println("    " + name + " / " + password));
    } else if (accounts.all().isEmpty()) {
      out.println("  Nobody can sign in yet: trip planning and the map are open to all; to let planners and"
          + " operators edit, list them in a users file (LOOPLINE_USERS=users.yaml, see docs/user-guide.md)");
    } else {
      out.println("  Planners and operators sign in at " + login + " (" + accounts.all().size() + " users)");
    }
  }
}
