package dev.loopline.planner.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * A line's timetable rule: headways in minutes in the peaks (07:00-09:00 and 17:00-19:00), the rest of the day and
 * after 20:00, and on weekends, with first and last departures (seconds after midnight) from each terminus.
 */
public record Headways(int peak, int offPeak, int evening, int first, int last, int weekend, int weekendFirst,
                       int weekendLast) {
  static int clock(int h, int m) {
    return h * 3600 + m * 60;
  }

  /** Departure times of one direction on a weekday or a weekend day. */
  public List<Integer> departures(boolean weekday) {
    List<Integer> out = new ArrayList<>();
    if (!weekday) {
      for (int t = weekendFirst; t <= weekendLast; t += weekend * 60) {
        out.add(t);
      }
      return out;
    }
    for (int t = first; t <= last; ) {
      out.add(t);
      t += headwayAt(t) * 60;
    }
    return out;
  }

  int headwayAt(int t) {
    if ((t >= clock(7, 0) && t < clock(9, 0)) || (t >= clock(17, 0) && t < clock(19, 0))) {
      return peak;
    }
    return t >= clock(20, 0) ? evening : offPeak;
  }

  /** Running-time factor: congested peaks, quick early mornings, evenings and weekends. */
  static double runningFactor(int departure, boolean weekday) {
    if (!weekday) {
      return 0.95;
    }
    if ((departure >= clock(7, 0) && departure < clock(9, 0)) || (departure >= clock(17, 0)
        && departure < clock(19, 0))) {
      return 1.2;
    }
    return departure < clock(7, 0) || departure >= clock(20, 0) ? 0.9 : 1.0;
  }
}
