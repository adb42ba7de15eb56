package dev.loopline.planner.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/bad-input.md} stays true: every case names at least one test, every test it names exists (a method of
 * that name in a test class of that name, in any module), and case numbers are unique.
 */
class BadInputDocTest {
  private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern ROW = Pattern.compile("^\\| ([A-Z]+[0-9]+) \\|(.*)\\|([^|]*)\\|\\s*$");
  private static final Pattern TEST = Pattern.compile("`([A-Z][A-Za-z0-9]*)#([a-zA-Z0-9_]+)`");

  @Test
  void everyCaseIsBackedByATestThatExists() throws IOException {
    Map<String, String> sources = testSources();
    Set<String> ids = new HashSet<>();
    List<String> missing = new ArrayList<>();
    int cases = 0;
    for (String line : Files.readAllLines(REPO.resolve("docs/bad-input.md"))) {
      Matcher row = ROW.matcher(line);
      if (!row.matches()) {
        continue;
      }
      cases++;
      assertTrue(ids.add(row.group(1)), "case " + row.group(1) + " appears twice");
      Matcher t = TEST.matcher(row.group(3));
      int tests = 0;
      while (t.find()) {
        tests++;
        String src = sources.get(t.group(1));
        if (src == null || !Pattern.compile("void " + t.group(2) + "\\(").matcher(src).find()) {
          missing.add(row.group(1) + ": " + t.group(1) + "#" + t.group(2));
        }
      }
      assertTrue(tests > 0, "case " + row.group(1) + " names no test");
    }
    assertEquals(List.of(), missing, "tests named in docs/bad-input.md that do not exist");
    assertTrue(cases >= 60, "only " + cases + " cases; the issue asks for at least 60");
  }

  /** Test class simple name to source text, over every module. */
  private static Map<String, String> testSources() throws IOException {
    Map<String, String> out = new HashMap<>();
    for (String module : List.of("gtfs", "osm", "planner", "web")) {
      Path root = REPO.resolve(module).resolve("src/test/java");
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> s = Files.walk(root)) {
        for (Path p : s.filter(f -> f.toString().endsWith(".java")).toList()) {
          String name = p.getFileName().toString().replace(".java", "");
          out.merge(name, Files.readString(p), String::concat);
        }
      }
    }
    return out;
  }
}
