package dev.loopline.web.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store on an H2 file, as {@code serve} keeps it beside the network by default. */
class H2StoreTest extends StoreContract {
  @TempDir
  Path dir;

  @Override
  String freshUrl() {
    return "jdbc:h2:file:" + dir.resolve("loopline").toString().replace('\\', '/');
  }
}
