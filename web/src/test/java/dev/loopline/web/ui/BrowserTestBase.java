package dev.loopline.web.ui;

import dev.loopline.web.NetworkConfiguration;
import dev.loopline.web.SampleNetwork;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real port over the synthetic sample, driven by headless Chromium: what a user sees and
 * does with the mouse. Every browser test class extends this one, so they share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestBase {
  @LocalServerPort
  int port;

  @TempDir
  Path downloads;

  Browser browser;

  @DynamicPropertySource
  static void network(DynamicPropertyRegistry registry) {
    registry.add(NetworkConfiguration.NETWORK_PROPERTY, () -> SampleNetwork.dir().toString());
    registry.add(dev.loopline.web.security.SecurityConfiguration.USERS_FILE,
        () -> dev.loopline.web.security.TestUsers.file().toString());
    registry.add(NetworkConfiguration.FEEDS_PROPERTY, () -> SampleNetwork.sources().feeds().toString());
    registry.add(NetworkConfiguration.MERGE_REPORT_PROPERTY, () -> SampleNetwork.sources().mergeReport().toString());
  }

  @BeforeAll
  static void chromium() {
    Browser.require(); // before the Spring context starts: a machine without Chromium skips cheaply
  }

  @BeforeEach
  void openBrowser() {
    browser = Browser.open("http://localhost:" + port, downloads);
    // Planners and operators work signed in (residents' pages need no sign-in and do not mind).
    browser.signIn("alice", dev.loopline.web.security.TestUsers.PASSWORD);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }
}
