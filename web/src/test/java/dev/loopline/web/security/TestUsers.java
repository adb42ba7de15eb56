package dev.loopline.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * A users file for the web tests (one per test JVM), every user with {@link #PASSWORD}: {@code alice} (planner, team
 * north), {@code bob} (planner, team south), {@code olga} (operator, team shapingba), {@code vic} (a resident: a
 * role that grants nothing).
 */
public final class TestUsers {
  public static final String PASSWORD = "correct horse battery";
  private static Path file;

  private TestUsers() {}

  public static synchronized Path file() {
    if (file == null) {
      String hash = new BCryptPasswordEncoder(4).encode(PASSWORD);
      try {
        file = Files.createTempFile("loopline-users", ".yaml");
        Files.writeString(file, "users:\n"
            + "  - {name: alice, password: '" + hash + "', roles: [planner], team: north}\n"
            + "  - {name: bob, password: '" + hash + "', roles: [planner], team: south}\n"
            + "  - {name: olga, password: '" + hash + "', roles: [operator], team: shapingba}\n"
            + "  - {name: vic, password: '" + hash + "', roles: [resident]}\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      file.toFile().deleteOnExit();
    }
    return file;
  }
}
