package dev.loopline.web;

import dev.loopline.planner.app.NetworkInfoService;
import dev.loopline.planner.app.NetworkSources;
import dev.loopline.planner.app.NetworkSummary;
import dev.loopline.planner.cli.UserException;
import dev.loopline.planner.network.Network;
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
    if (port < 1 || port > 65535) {
      network.close();
      throw new UserException("--port must be between 1 and 65535, got " + port);
    }
    ConfigurableApplicationContext ctx;
    try {
      ctx = LooplineWebApplication.start(network, sources, port);
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
    out.flush();
    running = true;
    return ctx;
  }
}
