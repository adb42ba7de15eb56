package dev.loopline.planner.score;

import dev.loopline.gtfs.model.Feed;
import dev.loopline.gtfs.model.FeedIndex;
import dev.loopline.gtfs.model.Route;
import dev.loopline.gtfs.model.StopTimes;
import dev.loopline.gtfs.model.Trip;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The distinct stop sequences each route of a feed runs (its patterns): all the {@link StopGraph} needs from the
 * timetable. Extracted once from the baseline; a scenario adds its line's sequences with {@link #plus} instead of
 * scanning a whole new feed.
 */
public record StopPatterns(List<Pattern> patterns) {
  public StopPatterns {
    patterns = List.copyOf(patterns);
  }

  /** One route's stop sequence. */
  public record Pattern(Route route, List<String> stopIds) {
    public Pattern {
      stopIds = List.copyOf(stopIds);
    }
  }

  /** The patterns of every trip whose route exists, deduplicated, in (route id, sequence) order. */
  public static StopPatterns of(Feed feed) {
    FeedIndex index = new FeedIndex(feed);
    StopTimes st = feed.stopTimes();
    Map<String, Pattern> distinct = new TreeMap<>();
    List<String> tripIds = st.tripIds();
    for (int t = 0; t < tripIds.size(); t++) {
      Trip trip = index.trip(tripIds.get(t));
      Route route = trip == null ? null : index.route(trip.routeId());
      if (route == null) {
        continue;
      }
      int first = st.firstRowOfTrip(t);
      int n = st.rowCountOfTrip(t);
      List<String> seq = new ArrayList<>(n);
      for (int r = first; r < first + n; r++) {
        seq.add(st.stopId(r));
      }
      String key = route.id() + "\u0000" + String.join("\u0000", seq);
      if (!distinct.containsKey(key)) {
        distinct.put(key, new Pattern(route, seq));
      }
    }
    return new StopPatterns(new ArrayList<>(distinct.values()));
  }

  /** These patterns and a route's sequences. */
  public StopPatterns plus(Route route, List<List<String>> sequences) {
    List<Pattern> out = new ArrayList<>(patterns);
    for (List<String> s : sequences) {
      out.add(new Pattern(route, s));
    }
    return new StopPatterns(out);
  }
}
