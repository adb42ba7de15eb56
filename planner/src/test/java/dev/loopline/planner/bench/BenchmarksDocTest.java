package dev.loopline.planner.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarksDocTest {
  @TempDir
  Path dir;

  @Test
  void replacesOnlyTheBodyOfItsOwnSection() throws IOException {
    Path doc = dir.resolve("benchmarks.md");
    Files.writeString(doc, "# Benchmarks\n\nIntro.\n\n## A\n_Not yet measured._\n\n## B\nold B\n\n## C\nkeep C\n");
    BenchmarksDoc.replaceSection(doc, "## B", "new B line 1\n\n| x |\n|---|\n");
    assertEquals("# Benchmarks\n\nIntro.\n\n## A\n_Not yet measured._\n\n## B\nnew B line 1\n\n| x |\n|---|\n\n"
        + "## C\nkeep C\n", Files.readString(doc));
    BenchmarksDoc.replaceSection(doc, "## C", "new C");
    assertEquals("# Benchmarks\n\nIntro.\n\n## A\n_Not yet measured._\n\n## B\nnew B line 1\n\n| x |\n|---|\n\n"
        + "## C\nnew C\n", Files.readString(doc));
    assertThrows(IllegalArgumentException.class, () -> BenchmarksDoc.replaceSection(doc, "## D", "x"));
  }
}
