package dev.loopline.web.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.loopline.gtfs.io.AtomicFiles;
import dev.loopline.planner.app.LooplineSettings;
import dev.loopline.web.NetworkConfiguration;
import dev.loopline.web.store.FeedFiles;
import dev.loopline.web.store.FeedStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The feed catalog on the server's feeds list, merge report and store folder. */
@Configuration(proxyBeanMethods = false)
public class FeedConfiguration {
  /**
   * The folder kept beside the database for uploaded feeds and unified zips ({@code serve}: {@code web-store/} beside
   * the network, with the H2 file). Unset (tests, a bare Spring start) a temporary folder is used.
   */
  public static final String STORE_DIR_PROPERTY = "loopline.store-dir";

  @Bean
  public FeedCatalog feedCatalog(FeedStore store, ObjectMapper json, LooplineSettings settings,
                                 @Value("${" + NetworkConfiguration.FEEDS_PROPERTY + ":}") String feeds,
                                 @Value("${" + NetworkConfiguration.MERGE_REPORT_PROPERTY + ":}") String mergeReport,
                                 @Value("${" + STORE_DIR_PROPERTY + ":}") String storeDir) throws IOException {
    Path dir;
    if (storeDir.isBlank()) {
      dir = Files.createTempDirectory("loopline-store");
      LoggerFactory.getLogger(FeedConfiguration.class).warn("{} is not set: uploaded feeds are kept in {} for this"
          + " run only", STORE_DIR_PROPERTY, dir);
      // "For this run only" must hold: the folder goes when the JVM ends instead of piling up in /tmp.
      Path temporary = dir;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          AtomicFiles.deleteTree(temporary);
        } catch (IOException e) {
          // Nothing to report to at shutdown; the folder stays in the system's temporary space.
        }
      }, "loopline-store-cleanup"));
    } else {
      dir = Path.of(storeDir);
    }
    return new FeedCatalog(store, new FeedFiles(dir.resolve("feeds")), json, settings,
        feeds.isBlank() ? null : Path.of(feeds), mergeReport.isBlank() ? null : Path.of(mergeReport));
  }
}
