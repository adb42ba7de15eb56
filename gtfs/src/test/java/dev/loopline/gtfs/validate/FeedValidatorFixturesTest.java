package dev.loopline.gtfs.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.loopline.gtfs.Notice;
import dev.loopline.gtfs.Severity;
import dev.loopline.gtfs.read.GtfsReader;
import dev.loopline.gtfs.read.ReadOptions;
import dev.loopline.gtfs.testing.Fixtures;
import dev.loopline.gtfs.testing.ValidatorOracle;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * On real feeds the validator agrees with MobilityData's about what is broken: feeds the reference finds no error
 * in get none here either (EPTC's untimed intermediate stops and TRENSURB's stray header spaces included), and the
 * reference sample feed's orphan boarding area is caught at the same row.
 */
class FeedValidatorFixturesTest {

  private static List<Notice> errors(Path feed) {
    return FeedValidator.validate(GtfsReader.read(feed, ReadOptions.defaults())).stream()
        .filter(n -> n.severity() == Severity.ERROR).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"cobb-marta/cobblinc-bus-30-only.gtfs.zip",
      "cobb-marta/marta-bus-856-only.gtfs.zip", "porto-alegre/poa_trensurb.zip"})
  void validFeedsAreValidForBoth(String fixture) {
    Path feed = Fixtures.path(fixture);
    assertEquals(List.of(), ValidatorOracle.errors(feed));
    assertEquals(List.of(), errors(feed));
  }

  @Test
  void eptcWithItsUntimedIntermediateStopsHasNoErrors() {
    assertEquals(List.of(), errors(Fixtures.path("porto-alegre/poa_eptc.zip")));
  }

  @Test
  void orphanBoardingAreaOfTheSampleFeedIsFoundByBoth() {
    Path feed = Fixtures.path("beatty/sample-feed");
    assertTrue(ValidatorOracle.errors(feed).stream().anyMatch(e -> e.startsWith("location_without_parent_station")
        && e.contains("\"csvRowNumber\":12")), ValidatorOracle.errors(feed).toString());
    List<Notice> mine = errors(feed);
    assertEquals(1, mine.size(), mine.toString());
    assertEquals("ERROR stops.txt:12 parent_station: location_type 4 requires a parent_station",
        mine.get(0).format());
  }
}
