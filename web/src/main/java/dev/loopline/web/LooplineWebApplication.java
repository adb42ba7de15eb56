package dev.loopline.web;

import dev.loopline.planner.network.Network;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring Boot application: serves one built network through the REST API under {@code /api} and the browser
 * pages. The network is either handed over open ({@link #start}, what {@code serve} and {@code demo} do, so that a
 * bad folder is reported before Spring starts) or named by the property {@code loopline.network} (tests).
 */
@SpringBootApplication
public class LooplineWebApplication {

  /**
   * Starts the server on an open network and returns once it listens.
   *
   * @param port the HTTP port ({@code 0}: any free port)
   */
  public static ConfigurableApplicationContext start(Network network, int port) {
    SpringApplication app = new SpringApplication(LooplineWebApplication.class);
    app.setDefaultProperties(Map.of("server.port", String.valueOf(port)));
    app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton(NetworkConfiguration.NETWORK_BEAN, network));
    return app.run();
  }

  public static void main(String[] args) {
    SpringApplication.run(LooplineWebApplication.class, args);
  }
}
