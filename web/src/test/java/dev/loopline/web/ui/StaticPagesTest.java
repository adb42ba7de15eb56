package dev.loopline.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The static pages as shipped: every message they use exists in both languages, the two languages have the same
 * messages, every page carries the shared header (language switch and the "synthetic sample" label), and no page
 * or script names another host (the UI must work offline; Leaflet and ECharts come from the server's WebJars).
 */
class StaticPagesTest {
  private static final Path STATIC = Path.of("src/main/resources/static");
  private static final Pattern DATA_KEY = Pattern.compile("data-i18n(?:-placeholder|-title)?=\"([^\"]+)\"");
  private static final Pattern T_CALL = Pattern.compile("\\bt\\('([a-zA-Z0-9_.-]+)'\\s*[,)]");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyMessageExistsInChineseAndEnglish() throws IOException {
    Set<String> en = keys("en");
    Set<String> zh = keys("zh-CN");
    assertEquals(en, zh, "the two languages must have the same messages");
    Set<String> used = new TreeSet<>();
    for (Path f : files()) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      for (Pattern p : new Pattern[] {DATA_KEY, T_CALL}) {
        Matcher m = p.matcher(text);
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertTrue(used.size() > 100, "messages found in the pages: " + used.size());
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(en);
    assertTrue(missing.isEmpty(), "messages used but not translated: " + missing);
    for (String k : en) {
      JsonNode e = JSON.readTree(STATIC.resolve("i18n/en.json").toFile()).get(k);
      JsonNode z = JSON.readTree(STATIC.resolve("i18n/zh-CN.json").toFile()).get(k);
      assertEquals(placeholders(e.asText()), placeholders(z.asText()), "placeholders of " + k);
    }
  }

  @Test
  void everyPageHasTheSharedHeaderAndTheSyntheticLabel() throws IOException {
    for (String page : List.of("index.html", "planner.html", "operator.html")) {
      String html = Files.readString(STATIC.resolve(page), StandardCharsets.UTF_8);
      assertTrue(html.contains("src=\"js/common.js\""), page + " loads the shared header script");
    }
    String common = Files.readString(STATIC.resolve("js/common.js"), StandardCharsets.UTF_8);
    assertTrue(common.contains("data-i18n=\"app.synthetic\"") && common.contains("n.synthetic"),
        "the header shows the synthetic-sample label when the network says it is synthetic");
    assertTrue(keys("zh-CN").contains("app.synthetic"));
  }

  @Test
  void noPageNamesAnotherHost() throws IOException {
    List<String> offenders = new ArrayList<>();
    Pattern external = Pattern.compile("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}");
    for (Path f : files()) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      Matcher m = external.matcher(text);
      while (m.find()) {
        offenders.add(STATIC.relativize(f) + ": " + m.group());
      }
    }
    assertTrue(offenders.isEmpty(), "external addresses in the UI: " + offenders);
  }

  private static Set<String> keys(String lang) throws IOException {
    Set<String> out = new TreeSet<>();
    JSON.readTree(STATIC.resolve("i18n/" + lang + ".json").toFile()).fieldNames().forEachRemaining(out::add);
    return out;
  }

  private static Set<String> placeholders(String s) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\w+)}").matcher(s);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static List<Path> files() throws IOException {
    try (Stream<Path> s = Files.walk(STATIC)) {
      return s.filter(p -> p.toString().matches(".*\\.(html|js|css)$")).sorted().toList();
    }
  }
}
