package dev.loopline.web.api;

import dev.loopline.web.SampleNetwork;
import dev.loopline.web.NetworkConfiguration;
import dev.loopline.web.security.SecurityConfiguration;
import dev.loopline.web.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API on a real server (random port) over the synthetic sample's network. Every API test class extends this one
 * so that they share one Spring context (and one open network) in the test JVM.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ApiTestBase {
  /** A small upload limit, so that the test of the limit sends megabytes, not the default's hundreds. */
  static final long MAX_UPLOAD = 4L << 20;
  @Autowired
  TestRestTemplate http;

  /** The tests call the API as planner alice (HTTP Basic); who may call what is {@code AccessControlTest}'s. */
  @BeforeEach
  void signIn() {
    http = http.withBasicAuth("alice", TestUsers.PASSWORD);
  }

  @DynamicPropertySource
  static void network(DynamicPropertyRegistry registry) {
    registry.add(NetworkConfiguration.NETWORK_PROPERTY, () -> SampleNetwork.dir().toString());
    registry.add(SecurityConfiguration.USERS_FILE, () -> TestUsers.file().toString());
    registry.add(NetworkConfiguration.FEEDS_PROPERTY, () -> SampleNetwork.sources().feeds().toString());
    registry.add(NetworkConfiguration.MERGE_REPORT_PROPERTY, () -> SampleNetwork.sources().mergeReport().toString());
    registry.add(dev.loopline.web.security.OverloadGuard.MAX_UPLOAD_PROPERTY, () -> String.valueOf(MAX_UPLOAD));
  }
}
