package dev.loopline.planner.bench;

import dev.loopline.planner.cli.UserException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --out FILE} option of every benchmark (a picocli mixin): the benchmarks page whose section the results
 * replace, checked before measuring so that a long run never ends on a typo.
 */
public final class BenchmarksPageOption {
  @Option(names = "--out", paramLabel = "FILE",
      description = "also write the results into this benchmarks page (e.g. docs/benchmarks.md), replacing the "
          + "body of this benchmark's section")
  Path page;

  /** Refuses a page that is not there, before anything is measured. */
  public void check() {
    if (page != null && !Files.isRegularFile(page)) {
      throw new UserException("--out: no such file: " + page);
    }
  }

  /** Prints the results and, with {@code --out}, writes them into their section of the page. */
  public void print(PrintWriter out, String section, String body) throws IOException {
    BenchmarksDoc.print(out, page, section, body);
  }
}
