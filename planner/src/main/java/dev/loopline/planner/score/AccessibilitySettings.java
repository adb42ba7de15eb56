package dev.loopline.planner.score;

import java.util.List;

/**
 * How accessibility is measured: departures every minute from {@code windowStart} (inclusive) to {@code windowEnd}
 * (exclusive), 07:00-09:00 by default; a destination counts as reachable within a cutoff when the median travel
 * time over the window is at most the cutoff (30, 45, 60 minutes), as Conveyal R5 does. Walking (access, egress and
 * walk-only trips) is limited to {@code maxWalkMeters}. {@code headlineCutoff} is the one the split rule and
 * cost-effectiveness use. District-centre travel times are searched up to {@code matrixMaxMinutes}.
 *
 * <p>Every populated cell of the population grid is an origin by default (0), as R5 does. {@code originZoneMeters}
 * can trade detail for time on fine grids: populated cells are then grouped into square zones of that size (within
 * one district), one search runs from each zone's representative cell (the populated cell nearest the zone's
 * population-weighted centre), and every cell of the zone takes its figures. Destinations always stay at the grid's
 * full resolution. The report states which resolution was used.
 */
public record AccessibilitySettings(int windowStart, int windowEnd, List<Integer> cutoffsMinutes,
                                    int headlineCutoff, double maxWalkMeters, int matrixMaxMinutes,
                                    double originZoneMeters) {
  /** No origin zones: every populated cell is searched (26,299 of the sample's 250 m cells at scale 1). */
  public static final double DEFAULT_ORIGIN_ZONE_METERS = 0;
  public static final AccessibilitySettings DEFAULTS =
      new AccessibilitySettings(7 * 3600, 9 * 3600, List.of(30, 45, 60), 45, 1000, 150, DEFAULT_ORIGIN_ZONE_METERS);

  /** Every populated cell its own origin (no zones). */
  public AccessibilitySettings(int windowStart, int windowEnd, List<Integer> cutoffsMinutes, int headlineCutoff,
                               double maxWalkMeters, int matrixMaxMinutes) {
    this(windowStart, windowEnd, cutoffsMinutes, headlineCutoff, maxWalkMeters, matrixMaxMinutes, 0);
  }

  /** The same with another origin zone size (0: every populated cell is searched). */
  public AccessibilitySettings withOriginZoneMeters(double meters) {
    return new AccessibilitySettings(windowStart, windowEnd, cutoffsMinutes, headlineCutoff, maxWalkMeters,
        matrixMaxMinutes, meters);
  }

  public AccessibilitySettings {
    cutoffsMinutes = cutoffsMinutes.stream().sorted().distinct().toList();
    if (windowEnd <= windowStart || (windowEnd - windowStart) % 60 != 0) {
      throw new IllegalArgumentException("the departure window must be a positive whole number of minutes");
    }
    if (!(originZoneMeters >= 0)) {
      throw new IllegalArgumentException("origin zone size must be 0 or more metres");
    }
    if (!cutoffsMinutes.contains(headlineCutoff)) {
      throw new IllegalArgumentException("the headline cutoff must be one of the cutoffs");
    }
  }

  /** Departures in the window: one per minute. */
  public int minutes() {
    return (windowEnd - windowStart) / 60;
  }

  public int maxCutoff() {
    return cutoffsMinutes.get(cutoffsMinutes.size() - 1);
  }

  /**
   * The median the window's travel times are summarised by: the lower median, the {@code ceil(n/2)}-th smallest of
   * n (the 60th of 120), so a destination is reachable within a cutoff when at least half the departures get there
   * in time.
   */
  public int medianRank() {
    return (minutes() - 1) / 2;
  }
}
