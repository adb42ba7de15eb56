package dev.loopline.gtfs.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The oracle must both accept a valid feed and catch a broken one, or it proves nothing. */
class ValidatorOracleTest {

  @Test
  void acceptsAValidRealFeed() {
    assertEquals(List.of(), ValidatorOracle.errors(Fixtures.path("cobb-marta/cobblinc-bus-30-only.gtfs.zip"), "us",
        ValidatorOracle.DEFAULT_DATE));
  }

  @Test
  void reportsTheKnownDefectsOfTheReferenceSample() {
    // The Beatty sample as GraphHopper ships it has short stop_times rows and a parentless boarding area.
    List<String> errors = ValidatorOracle.errors(Fixtures.path("beatty/sample-feed"));
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("invalid_row_length") && e.contains("stop_times.txt")),
        errors.toString());
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("location_without_parent_station")
        && e.contains("BOARDING_AREA")), errors.toString());
  }

  @Test
  void catchesADuplicateStopId(@TempDir Path dir) throws IOException {
    Path src = Fixtures.path("beatty/another-sample-feed");
    try (var files = Files.list(src)) {
      for (Path f : files.toList()) {
        Files.copy(f, dir.resolve(f.getFileName().toString()));
      }
    }
    Path stops = dir.resolve("stops.txt");
    List<String> lines = Files.readAllLines(stops);
    Files.writeString(stops, String.join("\n", lines) + "\n" + lines.get(1) + "\n");
    List<String> errors = ValidatorOracle.errors(dir);
    assertTrue(errors.stream().anyMatch(e -> e.startsWith("duplicate_key") && e.contains("JUSTICE_COURT")),
        errors.toString());
  }
}
