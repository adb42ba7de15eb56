package dev.loopline.gtfs.validate;

import static dev.loopline.gtfs.validate.ValidationContext.FREQUENCIES;

import dev.loopline.gtfs.model.Frequency;
import dev.loopline.gtfs.model.GtfsTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Frequency windows of one trip must not overlap: a consumer would run the template twice in the overlap. */
final class FrequencyCheck {
  private FrequencyCheck() {}

  static void run(ValidationContext ctx) {
    List<Frequency> frequencies = ctx.feed.frequencies();
    Map<String, List<Integer>> byTrip = new TreeMap<>();
    for (int i = 0; i < frequencies.size(); i++) {
      Frequency f = frequencies.get(i);
      if (f.tripId() != null && f.startTime() >= 0 && f.endTime() > f.startTime()) {
        byTrip.computeIfAbsent(f.tripId(), k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> rows : byTrip.values()) {
      rows.sort(Comparator.comparingInt(i -> frequencies.get(i).startTime()));
      for (int k = 1; k < rows.size(); k++) {
        Frequency prev = frequencies.get(rows.get(k - 1));
        Frequency f = frequencies.get(rows.get(k));
        if (f.startTime() < prev.endTime()) {
          ctx.error("overlapping_frequency", FREQUENCIES, ctx.line(FREQUENCIES, rows.get(k)), "start_time",
              "trip '" + f.tripId() + "' window from " + GtfsTime.format(f.startTime())
                  + " overlaps the window ending " + GtfsTime.format(prev.endTime()) + " (line "
                  + ctx.line(FREQUENCIES, rows.get(k - 1)) + ")");
        }
      }
    }
  }
}
