package dev.loopline.planner.bench;

import dev.loopline.gtfs.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * docs/benchmarks.md has one {@code ## } section per area; each {@code loopline bench <area>} rewrites the body
 * of its own section and leaves the rest of the page as it was, so areas measured on different days coexist.
 */
public final class BenchmarksDoc {
  private BenchmarksDoc() {}

  /**
   * Replaces everything between the line {@code heading} and the next {@code ## } heading (or the end) with
   * {@code body}, writing the file atomically.
   *
   * @throws IllegalArgumentException when the page has no such heading
   */
  public static void replaceSection(Path doc, String heading, String body) throws IOException {
    List<String> lines = Files.readAllLines(doc, StandardCharsets.UTF_8);
    int start = lines.indexOf(heading);
    if (start < 0) {
      throw new IllegalArgumentException(doc + " has no line '" + heading + "'");
    }
    int end = start + 1;
    while (end < lines.size() && !lines.get(end).startsWith("## ")) {
      end++;
    }
    List<String> out = new ArrayList<>(lines.subList(0, start + 1));
    out.addAll(body.strip().lines().toList());
    if (end < lines.size()) {
      out.add("");
      out.addAll(lines.subList(end, lines.size()));
    }
    AtomicFiles.writeString(doc, String.join("\n", out) + "\n");
  }

  /**
   * Prints a benchmark's section body and, when {@code doc} is given, writes it into that page under {@code section}
   * (a bad page is an error naming {@code --out}).
   */
  public static void print(java.io.PrintWriter out, java.nio.file.Path doc, String section, String body)
      throws java.io.IOException {
    out.println();
    out.print(body);
    if (!body.endsWith("\n")) {
      out.println();
    }
    if (doc != null) {
      try {
        replaceSection(doc, section, body);
      } catch (IllegalArgumentException e) {
        throw new dev.loopline.planner.cli.UserException("--out: " + e.getMessage());
      }
      out.println("(written to " + doc + ")");
    }
    out.flush();
  }
}
