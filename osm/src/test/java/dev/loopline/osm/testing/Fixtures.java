package dev.loopline.osm.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real third-party data in {@code ../shared/fixtures} (never copied into the repo). Tests that need it skip when
 * the folder is absent, unless {@code LOOPLINE_REQUIRE_FIXTURES=1} (CI sets it), which turns the skip into a failure.
 */
public final class Fixtures {
  private Fixtures() {}

  /** The path of a fixture file or folder, e.g. {@code path("porto-alegre/poa_eptc.zip")}. */
  public static Path path(String relative) {
    Path root = Path.of(System.getProperty("loopline.fixtures", "../../shared/fixtures")).normalize();
    Path p = root.resolve(relative);
    if (!Files.exists(p)) {
      if ("1".equals(System.getenv("LOOPLINE_REQUIRE_FIXTURES"))) {
        throw new AssertionError("fixture missing: " + p.toAbsolutePath()
            + " (LOOPLINE_REQUIRE_FIXTURES=1 makes fixtures mandatory)");
      }
      Assumptions.abort("fixture not available: " + p.toAbsolutePath());
    }
    return p;
  }
}
