package dev.loopline.gtfs.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trips of one vehicle block that would need the vehicle twice at once: they share a block_id and at least one
 * service date, and one starts before the other has ended (MobilityData's
 * {@code block_trips_with_overlapping_stop_times}). Trips are taken in order of their first time; a trip is
 * reported against the first earlier trip of its block it overlaps that is not itself reported, so that clearing the
 * block_id of every reported trip leaves each block free of overlaps.
 */
public final class BlockOverlaps {
  /**
   * One overlap: {@code trip} (index into the feed's trips) runs from {@code start} while the earlier
   * {@code other} runs until {@code otherEnd}, on {@code sharedDays} common dates.
   */
  public record Overlap(int trip, int other, int start, int otherEnd, int sharedDays) {}

  private BlockOverlaps() {}

  public static List<Overlap> find(Feed feed) {
    StopTimes st = feed.stopTimes();
    ServiceDays days = ServiceDays.of(feed.calendars(), feed.calendarDates());
    Map<String, List<int[]>> blocks = new TreeMap<>();
    List<Trip> trips = feed.trips();
    for (int i = 0; i < trips.size(); i++) {
      Trip t = trips.get(i);
      int ti = t.blockId() == null || t.blockId().isBlank() ? -1 : st.indexOfTrip(t.id());
      if (ti < 0) {
        continue;
      }
      int first = st.firstRowOfTrip(ti);
      int last = first + st.rowCountOfTrip(ti) - 1;
      int start = st.departure(first) != StopTimes.MISSING ? st.departure(first) : st.arrival(first);
      int end = st.arrival(last) != StopTimes.MISSING ? st.arrival(last) : st.departure(last);
      if (start != StopTimes.MISSING && end != StopTimes.MISSING) {
        blocks.computeIfAbsent(t.blockId(), k -> new ArrayList<>()).add(new int[] {i, start, end});
      }
    }
    List<Overlap> out = new ArrayList<>();
    for (List<int[]> block : blocks.values()) {
      block.sort(Comparator.comparingInt((int[] a) -> a[1]).thenComparingInt(a -> a[0]));
      List<int[]> kept = new ArrayList<>();
      for (int[] trip : block) {
        Overlap found = null;
        for (int[] earlier : kept) {
          if (trip[1] < earlier[2]) {
            int shared = days.days(trips.get(trip[0]).serviceId()).shared(days.days(trips.get(earlier[0]).serviceId()));
            if (shared > 0) {
              found = new Overlap(trip[0], earlier[0], trip[1], earlier[2], shared);
              break;
            }
          }
        }
        if (found == null) {
          kept.add(trip);
        } else {
          out.add(found);
        }
      }
    }
    out.sort(Comparator.comparingInt(Overlap::trip));
    return out;
  }

  /** The overlap in words, naming both trips, the block, the times and the common dates. */
  public static String describe(Feed feed, Overlap o) {
    Trip t = feed.trips().get(o.trip());
    return "trip '" + t.id() + "' of block '" + t.blockId() + "' starts at " + GtfsTime.format(o.start())
        + ", before trip '" + feed.trips().get(o.other()).id() + "' of the same block ends at "
        + GtfsTime.format(o.otherEnd()) + ", on " + o.sharedDays() + " common date" + (o.sharedDays() == 1 ? "" : "s");
  }
}
