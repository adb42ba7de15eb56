package dev.loopline.planner.proposal;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/**
 * When a proposed line runs: the days of the week and the periods of the day, sorted and not overlapping (one
 * period may start when the previous ends).
 */
public record ServicePlan(Set<DayOfWeek> days, List<ServicePeriod> periods) {
  public ServicePlan {
    days = Set.copyOf(days);
    periods = List.copyOf(periods);
  }

  /** The GTFS calendar.txt bit mask: bit 0 Monday ... bit 6 Sunday. */
  public int dayMask() {
    int mask = 0;
    for (DayOfWeek d : days) {
      mask |= 1 << (d.getValue() - 1);
    }
    return mask;
  }

  public boolean runsOn(DayOfWeek day) {
    return days.contains(day);
  }

  /** Seconds from the first period's start to the last period's end: the service span of a day. */
  public int spanSeconds() {
    return periods.get(periods.size() - 1).toSeconds() - periods.get(0).fromSeconds();
  }
}
