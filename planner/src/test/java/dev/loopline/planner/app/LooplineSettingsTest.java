package dev.loopline.planner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one settings tree: the documented example is complete and true, and a loopline.yaml overrides what it names. */
class LooplineSettingsTest {
  private static final Path EXAMPLE = Path.of("../docs/loopline.example.yaml");

  @TempDir
  Path dir;

  @Test
  void theDocumentedExampleHoldsEveryKeyWithTheBuiltInDefaults() throws IOException {
    assertEquals(LooplineSettings.DEFAULTS, LooplineSettings.load(EXAMPLE));
    JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(EXAMPLE.toFile());
    List<String> documented = new ArrayList<>();
    root.fields().forEachRemaining(section -> section.getValue().fieldNames()
        .forEachRemaining(k -> documented.add(section.getKey() + "." + k)));
    int settings = Stream.of(LooplineSettings.class.getRecordComponents())
        .mapToInt(c -> c.getType().getRecordComponents().length).sum();
    assertEquals(settings, documented.size(), "every setting documented once: " + documented);
  }

  @Test
  void aFileOverridesOnlyWhatItNames() throws IOException {
    Path yaml = write("plan:\n  max_walk_m: 800\nevaluate:\n  bus_meters: [200, 400]\n");
    LooplineSettings s = LooplineSettings.load(yaml);
    assertEquals(800, s.plan().maxWalkMeters());
    assertEquals(List.of(200, 400), s.evaluate().busMeters());
    assertEquals(LooplineSettings.DEFAULTS.plan().windowMinutes(), s.plan().windowMinutes());
    assertEquals(LooplineSettings.DEFAULTS.merge(), s.merge());
  }

  @Test
  void anUnknownKeyIsRefusedWithItsLine() throws IOException {
    Path yaml = write("plan:\n  max_walk_m: 800\n  max_walk: 900\n");
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> LooplineSettings.load(yaml));
    assertEquals(yaml + ":3: plan.max_walk: unknown key (see docs/loopline.example.yaml for every key)",
        e.getMessage());
  }

  @Test
  void aValueOfTheWrongKindNamesFileLineAndKey() throws IOException {
    Path yaml = write("build:\n  walk_speed_mps: fast\n");
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> LooplineSettings.load(yaml));
    assertEquals(yaml + ":2: build.walk_speed_mps: expected a number, got 'fast'", e.getMessage());
    Path list = write("evaluate:\n  bus_meters: 300\n");
    e = assertThrows(InvalidRequestException.class, () -> LooplineSettings.load(list));
    assertTrue(e.getMessage().startsWith(list + ":2: evaluate.bus_meters: expected a list"), e.getMessage());
  }

  private Path write(String text) throws IOException {
    Path f = dir.resolve("loopline-" + Arrays.hashCode(text.getBytes()) + ".yaml");
    Files.writeString(f, text);
    return f;
  }
}
