package dev.loopline.web.bench;

import dev.loopline.planner.app.NetworkSources;
import dev.loopline.planner.network.Network;
import dev.loopline.planner.sample.SampleWorkspace;
import dev.loopline.web.LooplineWebApplication;
import java.io.IOException;
import java.net.ServerSocket;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The web application serving the synthetic sample on a free port of this machine, as the web benchmarks run it; the
 * sample is prepared (generated, merged, built) first when the work directory lacks it. Closing stops the server and
 * closes the network.
 *
 * @param context      the running application
 * @param port         its HTTP port
 * @param loadSeconds  wall seconds to load the built network
 * @param startSeconds wall seconds from the start of the load to a server answering
 */
record BenchServer(ConfigurableApplicationContext context, Network network, int port, double loadSeconds,
                   double startSeconds) implements AutoCloseable {
  static BenchServer start(SampleWorkspace work) throws IOException {
    work.prepare().close();
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    long t0 = System.nanoTime();
    Network network = Network.load(work.networkDir());
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    ConfigurableApplicationContext ctx = LooplineWebApplication.start(network, NetworkSources.NONE, port);
    return new BenchServer(ctx, network, port, loadSeconds, (System.nanoTime() - t0) / 1e9);
  }

  @Override
  public void close() {
    context.close();
    network.close();
  }
}
