package dev.loopline.web;

import dev.loopline.planner.app.NetworkSources;
import dev.loopline.planner.network.Network;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring Boot application: serves one built network through the REST API under {@code /api} and the browser
 * pages. The network is either handed over open ({@link #start}, what {@code serve} and {@code demo} do, so that a
 * bad folder is reported before Spring starts) or named by the property {@code loopline.network} (tests). Saved
 * proposals go to the database {@code spring.datasource.url} names ({@link #storeUrl} when started on a network;
 * Flyway keeps its schema).
 */
@SpringBootApplication
public class LooplineWebApplication {
  /**
   * The database to keep proposals, jobs and feed versions in ({@code serve --db}; else {@code LOOPLINE_DB_URL};
   * else an H2 file beside the network): {@code jdbc:postgresql://host:5432/db?user=...} for a shared server.
   */
  public static final String DB_URL_PROPERTY = "loopline.db-url";

  /**
   * Starts the server on an open network and returns once it listens.
   *
   * @param port the HTTP port ({@code 0}: any free port)
   */
  public static ConfigurableApplicationContext start(Network network, NetworkSources sources, int port) {
    return start(network, sources, port, false);
  }

  /**
   * Starts the server on an open network and returns once it listens.
   *
   * @param port the HTTP port ({@code 0}: any free port)
   * @param demoAccounts make up local sign-in accounts for the demo (unless a users file is configured)
   */
  public static ConfigurableApplicationContext start(Network network, NetworkSources sources, int port,
                                                     boolean demoAccounts) {
    SpringApplication app = new SpringApplication(LooplineWebApplication.class);
    Map<String, Object> props = new java.util.HashMap<>();
    props.put("server.port", String.valueOf(port));
    props.put(dev.loopline.web.security.SecurityConfiguration.DEMO_ACCOUNTS, String.valueOf(demoAccounts));
    props.put("spring.datasource.url", storeUrl(network));
    props.put(dev.loopline.web.feeds.FeedConfiguration.STORE_DIR_PROPERTY, storeDir(network).toString());
    if (sources.feeds() != null) {
      props.put(NetworkConfiguration.FEEDS_PROPERTY, sources.feeds().toAbsolutePath().toString());
    }
    if (sources.mergeReport() != null) {
      props.put(NetworkConfiguration.MERGE_REPORT_PROPERTY, sources.mergeReport().toAbsolutePath().toString());
    }
    if (sources.proposals() != null) {
      props.put(NetworkConfiguration.PROPOSALS_PROPERTY, sources.proposals().toAbsolutePath().toString());
    }
    app.setDefaultProperties(props);
    app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton(NetworkConfiguration.NETWORK_BEAN, network));
    return app.run();
  }

  /**
   * The proposals' database: an H2 file in {@code web-store/} beside the network folder (for the demo,
   * {@code work/web-store/}), so that what planners save outlives the server and a rebuilt network.
   */
  static String storeUrl(Network network) {
    String chosen = System.getProperty(DB_URL_PROPERTY);
    if (chosen == null || chosen.isBlank()) {
      chosen = System.getenv("LOOPLINE_DB_URL");
    }
    if (chosen != null && !chosen.isBlank()) {
      return chosen;
    }
    return "jdbc:h2:file:" + storeDir(network).resolve("loopline").toString().replace('\\', '/');
  }

  /**
   * {@code web-store/} beside the network folder: the H2 file (unless another database is chosen) and the uploaded
   * feeds and unified zips the database's records point at.
   */
  static Path storeDir(Network network) {
    return network.dir().toAbsolutePath().normalize().getParent().resolve("web-store");
  }

  public static void main(String[] args) {
    SpringApplication.run(LooplineWebApplication.class, args);
  }
}
