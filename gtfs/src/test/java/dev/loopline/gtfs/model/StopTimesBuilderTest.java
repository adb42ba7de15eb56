package dev.loopline.gtfs.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StopTimesBuilderTest {
  @Test
  void sortsByTripThenSequenceKeepingFileOrderForTies() {
    StopTimes.Builder b = new StopTimes.Builder();
    add(b, "T2", 2, "C", 10);
    add(b, "T1", 3, "B", 11);
    add(b, "T2", 1, "A", 12);
    add(b, "T1", 1, "A", 13);
    add(b, "T1", 3, "D", 14);
    add(b, "T1", 2, "C", 15);
    StopTimes st = b.build();
    List<String> rows = new ArrayList<>();
    for (int r = 0; r < st.size(); r++) {
      rows.add(st.tripId(r) + "/" + st.sequence(r) + "/" + st.stopId(r) + "@" + st.line(r));
    }
    assertEquals(List.of("T1/1/A@13", "T1/2/C@15", "T1/3/B@11", "T1/3/D@14", "T2/1/A@12", "T2/2/C@10"), rows);
    assertEquals(0, st.firstRowOfTrip(st.indexOfTrip("T1")));
    assertEquals(4, st.rowCountOfTrip(st.indexOfTrip("T1")));
  }

  @Test
  void shuffledInputGivesTheSameColumnsAsSortedInput() {
    List<int[]> rows = new ArrayList<>();
    for (int t = 0; t < 50; t++) {
      for (int s = 0; s < 20; s++) {
        rows.add(new int[] {t, s * 3 + 1});
      }
    }
    StopTimes.Builder sorted = new StopTimes.Builder();
    rows.forEach(r -> add(sorted, "T" + (1000 + r[0]), r[1], "S" + r[1], r[0] * 100 + r[1]));
    Collections.shuffle(rows, new Random(7));
    StopTimes.Builder shuffled = new StopTimes.Builder();
    rows.forEach(r -> add(shuffled, "T" + (1000 + r[0]), r[1], "S" + r[1], r[0] * 100 + r[1]));
    StopTimes a = sorted.build();
    StopTimes c = shuffled.build();
    for (int r = 0; r < a.size(); r++) {
      assertEquals(a.tripId(r), c.tripId(r));
      assertEquals(a.sequence(r), c.sequence(r));
      assertEquals(a.line(r), c.line(r));
    }
  }

  private static void add(StopTimes.Builder b, String trip, int seq, String stop, int line) {
    int row = b.add(trip, seq * 60, seq * 60, stop, seq, null, -1, -1, -1, -1, Double.NaN, -1);
    b.setLine(row, line);
  }
}
