package dev.loopline.web;

import dev.loopline.planner.app.EvaluateService;
import dev.loopline.planner.app.ExportService;
import dev.loopline.planner.app.LooplineSettings;
import dev.loopline.planner.app.ProposalService;
import dev.loopline.planner.app.MapService;
import dev.loopline.planner.app.NetworkInfoService;
import dev.loopline.planner.app.PlanService;
import dev.loopline.planner.network.Network;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one network the server answers on and the application services bound to it. The services are thread-safe,
 * so every request shares them. The network is opened once: handed over by {@link LooplineWebApplication#start}
 * or, when the property {@value #NETWORK_PROPERTY} names a folder, loaded here (a built network loads in seconds;
 * nothing is rebuilt).
 */
@Configuration(proxyBeanMethods = false)
public class NetworkConfiguration {
  /** The network folder to serve, when the network is not handed over open. */
  public static final String NETWORK_PROPERTY = "loopline.network";
  /** The district feeds' list ({@code feeds.yaml}) operators see, if known. */
  public static final String FEEDS_PROPERTY = "loopline.feeds";
  /** The merge report operators see, if known. */
  public static final String MERGE_REPORT_PROPERTY = "loopline.merge-report";
  /** A folder of proposal files imported into an empty store at start, if given. */
  public static final String PROPOSALS_PROPERTY = "loopline.proposals";
  /** The bean name of the open network. */
  public static final String NETWORK_BEAN = "network";

  @Bean(name = NETWORK_BEAN, destroyMethod = "close")
  @ConditionalOnProperty(NETWORK_PROPERTY)
  public Network network(@Value("${" + NETWORK_PROPERTY + "}") String dir) {
    return Network.load(Path.of(dir));
  }

  @Bean
  public LooplineSettings looplineSettings() {
    return LooplineSettings.current();
  }

  @Bean
  public PlanService planService(Network network) {
    return new PlanService(network);
  }

  @Bean
  public NetworkInfoService networkInfoService(Network network) {
    return new NetworkInfoService(network);
  }

  @Bean
  public ProposalService proposalService(Network network) {
    return new ProposalService(network);
  }

  @Bean
  public EvaluateService evaluateService(Network network) {
    return new EvaluateService(network);
  }

  @Bean
  public ExportService exportService(Network network) {
    return new ExportService(network);
  }

  @Bean
  public MapService mapService(Network network, NetworkInfoService info, LooplineSettings settings) {
    return new MapService(network, info, settings);
  }
}
